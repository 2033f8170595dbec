// Test trees with awkward names, links, modes and times, and a byte-for-byte comparison of two trees.
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const awkwardNames = [
  "with space & $(dollar) `tick` 'quote'.txt",
  'ünïcödé 中文 🙂.txt',
  'semi;colon|pipe*star?.txt',
  '-leading-dash',
  '#hash',
  'new\\back',
];

/** Writes a tree under `root` and returns the relative paths it made. */
export function makeAwkwardTree(root: string): void {
  mkdirSync(join(root, 'sub/deep'), { recursive: true });
  mkdirSync(join(root, 'empty-dir'));
  mkdirSync(join(root, 'cache/inner'), { recursive: true });
  writeFileSync(join(root, 'plain.txt'), 'hello\n');
  writeFileSync(join(root, 'zero-bytes'), '');
  for (const name of awkwardNames.filter((n) => !n.includes('\\')))
    writeFileSync(join(root, name), `content of ${name}\n`);
  writeFileSync(join(root, 'sub/deep/random.bin'), randomBytes(3 * 1024 * 1024 + 17));
  writeFileSync(join(root, 'sub/app.log'), 'excluded by *.log\n');
  writeFileSync(join(root, 'cache/inner/x'), 'excluded by cache/**\n');
  writeFileSync(join(root, 'sub/run.sh'), '#!/bin/sh\necho hi\n');
  chmodSync(join(root, 'sub/run.sh'), 0o750);
  chmodSync(join(root, 'plain.txt'), 0o600);
  symlinkSync('plain.txt', join(root, 'link-to-plain'));
  symlinkSync('/nonexistent/target', join(root, 'dangling-link'));
  utimesSync(join(root, 'plain.txt'), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
}

export interface TreeEntry {
  type: 'file' | 'dir' | 'link';
  mode: number;
  content?: string;
  target?: string;
  mtime?: number;
}

/** A map of relative path → what it is, for deep comparison. */
export function describeTree(root: string, options: { mtimes?: boolean } = {}): Record<string, TreeEntry> {
  const out: Record<string, TreeEntry> = {};
  const walk = (dir: string, relative: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative ? `${relative}/${name}` : name;
      const stat = lstatSync(path);
      const mtime = options.mtimes ? Math.floor(stat.mtimeMs / 2000) : undefined;
      if (stat.isSymbolicLink()) out[rel] = { type: 'link', mode: 0, target: readlinkSync(path) };
      else if (stat.isDirectory()) {
        out[rel] = { type: 'dir', mode: stat.mode & 0o777 };
        walk(path, rel);
      } else {
        out[rel] = {
          type: 'file',
          mode: stat.mode & 0o777,
          content: readFileSync(path).toString('base64'),
          ...(mtime === undefined ? {} : { mtime }),
        };
      }
    }
  };
  walk(root, '');
  return out;
}

/** Writes the awkward names under `root` (bytes where UTF-8 cannot say them). */
export function makeWeirdNames(root: string): void {
  mkdirSync(root, { recursive: true });
  writeFileSync(Buffer.from(`${root}/latin1-caf\xe9.txt`, 'latin1'), 'latin-1 name');
  writeFileSync(join(root, 'new\nline'), 'newline');
  writeFileSync(join(root, 'back\\slash'), 'backslash');
  writeFileSync(join(root, '..dots'), 'dots');
  writeFileSync(join(root, 'c:colon'), 'colon');
  writeFileSync(join(root, 'ünïcödé 名前'), 'unicode');
  symlinkSync('/etc/passwd', join(root, 'points-outside'));
}

/**
 * The names in `dir` as their bytes (hex, sorted): a restore of makeWeirdNames must give back exactly the
 * bytes it wrote (the archive's raw-name field), where strings would hide a Latin-1 byte behind U+FFFD.
 */
export function nameBytes(dir: string): string[] {
  return readdirSync(dir, { encoding: 'buffer' })
    .map((name) => name.toString('hex'))
    .sort();
}
