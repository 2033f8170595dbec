// The command-line readers: Info-ZIP unzip, 7-Zip and bsdtar. Each extracts as its users run it, lists
// the archive (names, sizes), and pipes one file or all of them to stdout, which is digested as it
// streams: an archive too big to extract is listed and piped instead.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadEntry, Reader, Reading, ReaderId } from './readers.js';
import { runReader } from './run.js';
import { lstatTree } from './tree.js';

export const timeoutMs = 10 * 60_000;
/** Files up to this size are piped out one by one in the 'list-small' mode. */
export const smallFile = 1024 * 1024;

export interface CliTool {
  extract(archive: string, into: string): string[];
  list(archive: string): string[];
  /** Entries from the listing's stdout: path, kind and size. */
  parse(listing: string): ReadEntry[];
  /** Argv writing one file's bytes to stdout, or every file's, one after the other. */
  pipe(archive: string, name?: string): string[];
}

const failed = (status: number | null, message: string) => ({ error: `exit ${status}: ${message}` });

export function cliReader(id: ReaderId, needs: Reader['needs'], tool: CliTool): Reader {
  return {
    id,
    needs,
    async read(archive, scratch, mode) {
      if (mode === 'extract') {
        const into = join(scratch, 'extracted');
        mkdirSync(into, { recursive: true });
        const ran = await runReader(tool.extract(archive, into), { cwd: into, timeoutMs });
        return {
          ...(ran.status === 0 ? {} : failed(ran.status, ran.message)),
          entries: await lstatTree(into),
        };
      }
      const listed = await runReader(tool.list(archive), { timeoutMs });
      if (listed.status !== 0) return { ...failed(listed.status, listed.message), entries: [] };
      const entries = tool.parse(listed.stdout);
      if (mode === 'list-all') {
        const ran = await runReader(tool.pipe(archive), { timeoutMs, digest: true });
        return {
          ...(ran.status === 0 ? {} : failed(ran.status, ran.message)),
          entries,
          all: ran.digest as string,
        };
      }
      const reading: Reading = { entries };
      for (const entry of entries.filter((e) => e.kind === 'file' && (e.size ?? Infinity) <= smallFile)) {
        const ran = await runReader(tool.pipe(archive, entry.path), { timeoutMs, digest: true });
        if (ran.status !== 0) return { ...failed(ran.status, `${entry.path}: ${ran.message}`), entries };
        entry.digest = ran.digest as string;
      }
      return reading;
    },
  };
}

/** A tool that only tests the archive: it passes or it does not. */
export function testerReader(
  id: ReaderId,
  needs: Reader['needs'],
  argv: (archive: string) => string[],
): Reader {
  return {
    id,
    tester: true,
    readsAll: true,
    needs,
    async read(archive) {
      const ran = await runReader(argv(archive), { timeoutMs });
      return { ...(ran.status === 0 ? {} : failed(ran.status, ran.message)), entries: [] };
    },
  };
}

/** Info-ZIP's unzip takes names as wildcard patterns. */
const literal = (name: string) => name.replace(/[[\]*?\\]/g, '\\$&');

const entry = (name: string, directory: boolean, size: number): ReadEntry => ({
  path: name.replace(/\/$/, ''),
  kind: directory ? 'directory' : 'file',
  size,
});

export function unzipTool(flags: string[]): CliTool {
  return {
    extract: (archive, into) => ['unzip', '-q', ...flags, archive, '-d', into],
    list: (archive) => ['unzip', '-l', archive],
    // "  Length      Date    Time    Name" rows: 4294967295  2026-12-02 12:55   big/c-exactly
    parse: (listing) =>
      [...listing.matchAll(/^\s*(\d+)\s+\d{4}-\d\d-\d\d\s+\d\d:\d\d\s{3}(.*)$/gm)].map(([, size, name]) =>
        entry(name as string, (name as string).endsWith('/'), Number(size)),
      ),
    pipe: (archive, name) => ['unzip', '-p', archive, ...(name === undefined ? [] : [literal(name)])],
  };
}

export function sevenZipTool(flags: string[]): CliTool {
  return {
    extract: (archive, into) => ['7zz', 'x', '-bd', '-bso0', ...flags, `-o${into}`, archive],
    list: (archive) => ['7zz', 'l', '-slt', '-ba', archive],
    parse: (listing) =>
      listing
        .split(/\n\n+/)
        .map(
          (block) =>
            Object.fromEntries(block.split('\n').map((line) => line.split(' = ', 2))) as Record<
              string,
              string
            >,
        )
        .filter((fields) => fields.Path !== undefined)
        .map((fields) => entry(fields.Path as string, fields.Folder === '+', Number(fields.Size))),
    pipe: (archive, name) => ['7zz', 'x', '-bd', '-so', archive, ...(name === undefined ? [] : [name])],
  };
}

export const bsdtarTool: CliTool = {
  extract: (archive, into) => ['bsdtar', '-xf', archive, '-C', into],
  list: (archive) => ['bsdtar', '-tvf', archive],
  // ls -l rows: -rw-r--r--  0 0      0     4294967295 Dec  2 12:55 big/c-exactly
  parse: (listing) =>
    [...listing.matchAll(/^(\S)\S*\s+\d+\s+\S+\s+\S+\s+(\d+)\s+\S+\s+\d+\s+\S+\s(.*)$/gm)].map(
      ([, type, size, name]) => entry(name as string, type === 'd', Number(size)),
    ),
  pipe: (archive, name) => ['bsdtar', '-xOf', archive, ...(name === undefined ? [] : [name])],
};
