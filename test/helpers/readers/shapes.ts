// The archive shapes of the reader matrix: each builds a source and gives the entries the tool would
// write for it. Trees go through the real local files source, as run-backup reads a FILE_BACKUP; a dump
// is a stream of unknown size, as the PostgreSQL source yields it.
import { chmodSync, chownSync, linkSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { LocalFileSource } from '../../../lib/sources/local-files.js';
import type { ArchiveEntry, FileEntry, SourceReport } from '../../../lib/sources/source.js';
import { Random } from '../random.js';
import { isRoot } from '../services.js';
import type { ReadMode } from './readers.js';

export type ShapeName = 'files' | 'dump' | 'links' | 'modes' | 'times' | 'names' | 'big' | 'many';

export interface Shape {
  name: ShapeName;
  /** What it holds, for test names. */
  summary: string;
  /** A few words for the docs' table ("reads all but …"). */
  label: string;
  /** Costs minutes rather than seconds: run only with READER_MATRIX=heavy. */
  heavy: boolean;
  /** How readers read it: extracted, or (too big for that) listed and piped. */
  read: ReadMode;
  /** Its names change on the way into the archive (escaped): files are found by their content. */
  byContent?: true;
  /** Makes the source in the empty directory `root`; returns the entries to archive. */
  build(root: string): Promise<BuiltShape>;
}

export interface BuiltShape {
  entries(report: SourceReport): AsyncIterable<ArchiveEntry>;
  /** Streamed entries (no tree on disk behind them): archive name → content. */
  streams: Map<string, Buffer>;
}

/** The uid and gid one file of the modes shape is given (as root), to see who keeps owners. */
export const foreignOwner = { uid: 4321, gid: 8765 };
/**
 * An mtime in ms with an odd second and a fraction (07.9996 s): tells 2-second, 1-second and millisecond
 * readers apart, and a writer that rounds instead of truncating lands on 08.
 */
export const fineMtimeMs = Date.UTC(2001, 1, 3, 4, 5, 7, 999) + 0.6;
export const before1980 = new Date('1975-06-15T12:34:57Z');
export const after2038 = new Date('2040-06-15T12:34:57Z');
/** 70,000 entries: past the 65,535 a zip without zip64 end records can count. */
export const manyFiles = 70_000;

function tree(root: string): BuiltShape {
  return { entries: (report) => new LocalFileSource([root], []).entries(report), streams: new Map() };
}

function file(path: string, content: string | Buffer, mode?: number): void {
  writeFileSync(path, content);
  if (mode !== undefined) chmodSync(path, mode);
}

export const shapes: Shape[] = [
  {
    name: 'files',
    label: 'ordinary files',
    summary: 'small and 3 MiB incompressible files, an empty file, an empty directory',
    heavy: false,
    read: 'extract',
    build: (root) => {
      mkdirSync(join(root, 'sub/deeper'), { recursive: true });
      mkdirSync(join(root, 'empty-directory'));
      file(join(root, 'fine-mtime.txt'), 'hello\n');
      utimesSync(join(root, 'fine-mtime.txt'), fineMtimeMs / 1000, fineMtimeMs / 1000);
      file(join(root, 'empty'), '');
      file(join(root, 'sub/text.txt'), 'a line of text\n'.repeat(20_000));
      file(join(root, 'sub/deeper/random.bin'), randomBuffer(1, 3 * 1024 * 1024 + 17));
      return Promise.resolve(tree(root));
    },
  },
  {
    name: 'dump',
    label: 'database dumps',
    summary: 'two database dumps streamed with no size known: custom (stored) and plain (deflated)',
    heavy: false,
    read: 'extract',
    build: () => {
      const custom = randomBuffer(2, 2 * 1024 * 1024 + 5);
      const plain = Buffer.from(
        Array.from({ length: 40_000 }, (_, i) => `INSERT INTO t VALUES (${i}, 'row ${i}');\n`).join(''),
      );
      const streams = new Map([
        ['db.dump', custom],
        ['db.sql', plain],
      ]);
      return Promise.resolve({
        streams,
        async *entries() {
          yield await Promise.resolve(dumpEntry('db.dump', custom, true));
          yield dumpEntry('db.sql', plain, false);
        },
      });
    },
  },
  {
    name: 'links',
    label: 'links',
    summary: 'symlinks (one through .., one dangling and absolute), three names of one file',
    heavy: false,
    read: 'extract',
    build: (root) => {
      file(join(root, 'a-first'), 'the content of a file with two names\n');
      linkSync(join(root, 'a-first'), join(root, 'b-second-name'));
      mkdirSync(join(root, 'dir'));
      linkSync(join(root, 'a-first'), join(root, 'dir/c-third-name'));
      symlinkSync('a-first', join(root, 'symlink'));
      symlinkSync('../a-first', join(root, 'dir/up-and-back'));
      symlinkSync('/nonexistent/target', join(root, 'dangling'));
      return Promise.resolve(tree(root));
    },
  },
  {
    name: 'modes',
    label: 'modes',
    summary: 'modes 0, 0644, 0755, setuid 04755, a file of another owner',
    heavy: false,
    read: 'extract',
    build: (root) => {
      file(join(root, 'mode-0000'), 'mode 0\n', 0);
      file(join(root, 'mode-0644'), 'mode 644\n', 0o644);
      file(join(root, 'mode-0755'), 'mode 755\n', 0o755);
      file(join(root, 'mode-4755'), 'setuid\n', 0o4755);
      file(join(root, 'other-owner'), 'owned by someone else\n', 0o640);
      if (isRoot()) chownSync(join(root, 'other-owner'), foreignOwner.uid, foreignOwner.gid);
      return Promise.resolve(tree(root));
    },
  },
  {
    name: 'times',
    label: 'times',
    summary: 'mtimes in 1975 and 2040',
    heavy: false,
    read: 'extract',
    build: (root) => {
      file(join(root, 'from-1975'), 'old\n');
      utimesSync(join(root, 'from-1975'), before1980, before1980);
      file(join(root, 'from-2040'), 'new\n');
      utimesSync(join(root, 'from-2040'), after2038, after2038);
      return Promise.resolve(tree(root));
    },
  },
  {
    name: 'names',
    label: 'odd names',
    byContent: true,
    summary: 'a name that is not UTF-8 beside its escaped spelling, a backslash beside %5C',
    heavy: false,
    read: 'extract',
    build: (root) => {
      writeFileSync(Buffer.concat([Buffer.from(`${root}/x`), Buffer.from([0xff])]), 'x then byte FF\n');
      file(join(root, 'x%FF'), 'x then the three characters %FF\n');
      file(join(root, 'a\\b'), 'a backslash b\n');
      file(join(root, 'a%5Cb'), 'a then the characters %5C then b\n');
      return Promise.resolve(tree(root));
    },
  },
  {
    name: 'big',
    label: 'files past 4 GiB',
    summary:
      'a file of more than 4 GiB that does not compress (later offsets pass 4 GiB), a sparse one of exactly 0xFFFFFFFF bytes, small files after each',
    heavy: true,
    read: 'list-small',
    build: async (root) => {
      file(join(root, 'a-before.txt'), 'before the big files\n');
      await writeIncompressible(join(root, 'b-over-4GiB'), 2 ** 32 + 1024 * 1024 + 7);
      file(join(root, 'c-after-over.txt'), 'after a file of more than 4 GiB\n');
      file(join(root, 'd-exactly-0xFFFFFFFF'), '');
      await truncate(join(root, 'd-exactly-0xFFFFFFFF'), 0xffffffff);
      file(join(root, 'e-after-exact.txt'), 'after a file of exactly 0xFFFFFFFF bytes, past 4 GiB\n');
      file(join(root, 'f-last.txt'), 'the last file\n');
      return tree(root);
    },
  },
  {
    name: 'many',
    label: '70,000 entries',
    summary: `${manyFiles.toLocaleString('en')} files in 70 directories`,
    heavy: true,
    read: 'list-all',
    build: (root) => {
      for (let directory = 0; directory < 70; directory++) {
        mkdirSync(join(root, `d${directory}`));
        for (let i = 0; i < manyFiles / 70; i++)
          writeFileSync(join(root, `d${directory}/f${i}`), i % 100 === 0 ? '' : `${directory}/${i}\n`);
      }
      return Promise.resolve(tree(root));
    },
  },
];

/** Reproducible incompressible bytes (a seeded generator: the same archive on every run). */
function randomBuffer(seed: number, length: number): Buffer {
  const random = new Random(seed);
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = random.int(256);
  return out;
}

/**
 * `size` bytes no deflater can shrink, so that what follows lies past 4 GiB in the archive: one random
 * MiB over and over (deflate looks back 32 KiB only, so the repeats do not help it).
 */
async function writeIncompressible(path: string, size: number): Promise<void> {
  const block = randomBuffer(3, 1024 * 1024);
  const handle = await open(path, 'w');
  try {
    for (let at = 0; at < size; at += block.length)
      await handle.write(block, 0, Math.min(block.length, size - at));
  } finally {
    await handle.close();
  }
}

/** A dump as the PostgreSQL source yields it: no size, read in uneven chunks, mode 0600. */
function dumpEntry(name: string, content: Buffer, store: boolean): FileEntry {
  return {
    type: 'file',
    name,
    mode: 0o600,
    mtime: new Date(),
    size: undefined,
    store,
    open: () => Readable.from(chunks(content, 65_536 + 3)),
  };
}

function* chunks(content: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < content.length; at += size) yield content.subarray(at, at + size);
}
