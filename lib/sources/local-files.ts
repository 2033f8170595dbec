// FILE_BACKUP on this host: walks each FILE_PATH (symlinks stored as links, never followed; empty
// directories kept; mode and mtime kept), leaving out what EXCLUDE matches.
import { createReadStream, type Stats } from 'node:fs';
import { lstat, open, readdir, readFile, readlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { basename } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { ExcludeMatcher } from './exclude.js';
import { nameFromBytes, zipSafeName } from './names.js';
import { topNames, type ArchiveEntry, type BlockReader, type Source, type SourceReport } from './source.js';

export class LocalFileSource implements Source {
  readonly description: string;
  private readonly matcher: ExcludeMatcher;

  constructor(
    private readonly paths: readonly string[],
    exclude: readonly string[],
    private readonly optionalPaths: readonly string[] = [],
  ) {
    this.description = `files on this host: ${paths.join(', ')}`;
    this.matcher = new ExcludeMatcher(exclude);
  }

  async *entries(report: SourceReport): AsyncIterable<ArchiveEntry> {
    // Every root is checked before anything is read: a missing one fails the backup at once.
    const roots: { path: string; stat: Stats }[] = [];
    for (const path of this.paths) {
      const stat = await statRoot(path, this.optionalPaths.includes(path));
      if (stat) roots.push({ path, stat });
      else report.warnings.push(`optional source path ${path} does not exist; skipped`);
    }
    const tops = topNames(roots.map(({ path }) => basename(path)));
    for (const [i, { path, stat }] of roots.entries())
      yield* this.walk(Buffer.from(path), tops[i] as string, '', stat, report);
  }

  /** The same walk, opening nothing: the sizes of the files it would read. */
  async estimateBytes(): Promise<number> {
    let total = 0;
    for await (const entry of this.entries({ warnings: [], details: {} }))
      if (entry.type === 'file') total += entry.size ?? 0;
    return total;
  }

  /** Paths stay bytes (Buffers) down here: a name that is not UTF-8 must still open. */
  private async *walk(
    path: Buffer,
    name: string,
    relative: string,
    stat: Stats,
    report: SourceReport,
  ): AsyncIterable<ArchiveEntry> {
    const base = { name, mode: stat.mode & 0o7777, mtime: stat.mtime };
    if (stat.isSymbolicLink()) {
      const target = nameFromBytes(await readlink(path, { encoding: 'buffer' }));
      if (target.escaped)
        report.warnings.push(`the target of ${name} is not UTF-8; stored as ${JSON.stringify(target.name)}`);
      yield { ...base, type: 'symlink', target: target.name };
    } else if (stat.isFile()) {
      yield fileEntry(path, base, stat.size, report);
    } else if (stat.isDirectory()) {
      yield { ...base, type: 'directory' };
      for (const bytes of await listDirectory(path)) {
        const childPath = Buffer.concat([path, Buffer.from('/'), bytes]);
        const decoded = nameFromBytes(bytes);
        const safe = zipSafeName(decoded.name);
        const child = safe.name;
        if (decoded.escaped)
          report.warnings.push(
            `${name}/${child}: the name is not UTF-8; its invalid bytes are stored as %XX`,
          );
        if (safe.escaped) report.warnings.push(`${name}/${child}: a backslash in the name is stored as %5C`);
        const childRelative = relative ? `${relative}/${child}` : child;
        const childStat = await lstat(childPath).catch((error: unknown) => {
          throw unreadable(childPath, error);
        });
        if (this.matcher.excludes(childRelative, childStat.isDirectory())) continue;
        yield* this.walk(childPath, `${name}/${child}`, childRelative, childStat, report);
      }
    } else {
      report.warnings.push(`skipped ${path.toString()}: not a file, directory or symlink`);
    }
  }
}

function fileEntry(
  path: Buffer,
  base: { name: string; mode: number; mtime: Date },
  size: number,
  report: SourceReport,
): ArchiveEntry {
  return {
    ...base,
    type: 'file',
    size,
    // Reads share libuv's thread pool with the deflate jobs: a small file is read in one go, a large one
    // in zip-block-sized chunks.
    open: () =>
      size <= wholeFileLimit
        ? Readable.from(readWhole(path), { objectMode: false })
        : createReadStream(path, { highWaterMark: 1024 * 1024 }),
    openReader: () => fileReader(path),
    finish: (bytesRead: number) => {
      if (bytesRead !== size)
        report.warnings.push(
          `${path.toString()} changed size while it was read (${size} → ${bytesRead} bytes)`,
        );
      return Promise.resolve();
    },
  };
}

const wholeFileLimit = 1024 * 1024;

async function fileReader(path: Buffer): Promise<BlockReader> {
  const handle = await open(path, 'r');
  return {
    read: async (into) => {
      let filled = 0;
      while (filled < into.length) {
        const { bytesRead } = await handle.read(into, filled, into.length - filled, null);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
    close: () => handle.close(),
  };
}

async function* readWhole(path: Buffer): AsyncGenerator<Buffer> {
  const content = await readFile(path);
  if (content.length > 0) yield content;
}

async function statRoot(path: string, optional: boolean): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      if (optional) return undefined;
      throw new UserError(`source path ${path} does not exist`, {
        exitCode: ExitCode.failed,
        hint: 'nothing was stored',
      });
    }
    throw unreadable(path, error);
  }
}

async function listDirectory(path: Buffer): Promise<Buffer[]> {
  try {
    return (await readdir(path, { encoding: 'buffer' })).sort((a, b) => Buffer.compare(a, b));
  } catch (error) {
    throw unreadable(path, error);
  }
}

export function unreadable(path: string | Buffer, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const shown = typeof path === 'string' ? path : nameFromBytes(path).name;
  return new UserError(`cannot read ${shown}: ${code}`, { exitCode: ExitCode.failed });
}
