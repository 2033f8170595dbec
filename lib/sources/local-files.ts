// FILE_BACKUP on this host: walks each FILE_PATH (symlinks stored as links, never followed; empty
// directories kept; mode, mtime and owner kept; a file with several names stored once, the other names
// as hard links), leaving out what EXCLUDE matches. Files are opened with O_NOFOLLOW and checked to be
// the inode the walk saw: one swapped for a link or another file in between is left out with a warning.
import { constants, type BigIntStats } from 'node:fs';
import { lstat, open, readdir, readlink, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { basename } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { ExcludeMatcher } from './exclude.js';
import { escapeWarnings, nameFromBytes, storedName } from './names.js';
import {
  topNames,
  type ArchiveEntry,
  type BlockReader,
  type FileEntry,
  type Source,
  type SourceReport,
} from './source.js';
import { UniqueNames } from './unique-names.js';

const slash = Buffer.from('/');

/** What one walk shares: its report, the names it gave, the files with several names it met. */
interface Walk {
  report: SourceReport;
  names: UniqueNames;
  /** By device and inode: the names a file with several names was first listed under. */
  linked: Map<string, { target: string; targetRawName?: Buffer }>;
}

/** Where the walk is: the entry's name, its bytes on disk when the name differs, its path below the root. */
interface Place {
  path: Buffer;
  name: string;
  raw: Buffer | undefined;
  relative: string;
}

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
    const roots: { path: string; stat: BigIntStats }[] = [];
    for (const path of this.paths) {
      const stat = await statRoot(path, this.optionalPaths.includes(path));
      if (stat) roots.push({ path, stat });
      else report.warnings.push(`optional source path ${path} does not exist; skipped`);
    }
    const tops = topNames(roots.map(({ path }) => basename(path)));
    const walk: Walk = { report, names: new UniqueNames(report), linked: new Map() };
    for (const [i, { path, stat }] of roots.entries()) {
      const top = tops[i];
      if (!top) continue;
      if (top.escapes) report.warnings.push(...escapeWarnings(top.name, top.escapes));
      yield* this.walk({ path: Buffer.from(path), name: top.name, raw: top.raw, relative: '' }, stat, walk);
    }
  }

  /** The same walk, opening nothing: the sizes of the files it would read. */
  async estimateBytes(): Promise<number> {
    let total = 0;
    for await (const entry of this.entries({ warnings: [], details: {} }))
      if (entry.type === 'file') total += entry.size ?? 0;
    return total;
  }

  /** Paths stay bytes (Buffers) down here: a name that is not UTF-8 must still open. */
  private async *walk(place: Place, stat: BigIntStats, walk: Walk): AsyncIterable<ArchiveEntry> {
    const { path, name } = place;
    const { report, names, linked } = walk;
    const base = {
      name,
      mode: Number(stat.mode) & 0o7777,
      mtime: truncatedMtime(stat),
      uid: Number(stat.uid),
      gid: Number(stat.gid),
    };
    const common = place.raw ? { ...base, rawName: place.raw } : base;
    if (stat.isSymbolicLink()) {
      const target = nameFromBytes(await readlink(path, { encoding: 'buffer' }));
      if (target.escaped)
        report.warnings.push(`the target of ${name} is not UTF-8; stored as ${JSON.stringify(target.name)}`);
      yield names.take({ ...common, type: 'symlink', target: target.name });
    } else if (stat.isFile()) {
      const file = fileEntry(path, common, stat, report);
      if (stat.nlink < 2) {
        yield names.take(file);
        return;
      }
      const inode = `${stat.dev}:${stat.ino}`;
      const first = linked.get(inode);
      if (first === undefined) {
        linked.set(inode, place.raw ? { target: name, targetRawName: place.raw } : { target: name });
        yield names.take({ ...file, linkable: true });
      } else yield names.take({ ...common, type: 'hardlink', ...first, fallback: file });
    } else if (stat.isDirectory()) {
      yield names.take({ ...common, type: 'directory' });
      const children = await listDirectory(path);
      // A directory swapped for a symlink between the walk's lstat and readdir would be listed through
      // the link: check it is still the one lstat saw. (This narrows the race; an openat-style walk would
      // close it.)
      const again = await lstat(path, { bigint: true }).catch(() => undefined);
      if (!again?.isDirectory() || again.dev !== stat.dev || again.ino !== stat.ino) {
        report.warnings.push(`skipped the contents of ${path.toString()}: it was replaced while it was read`);
        return;
      }
      for (const bytes of children) {
        const { name: child, escapes } = storedName(bytes);
        const childName = `${name}/${child}`;
        if (escapes) report.warnings.push(...escapeWarnings(childName, escapes));
        const relative = place.relative ? `${place.relative}/${child}` : child;
        const childPath = Buffer.concat([path, slash, bytes]);
        const childStat = await lstat(childPath, { bigint: true }).catch((error: unknown) => {
          throw unreadable(childPath, error);
        });
        if (this.matcher.excludes(relative, childStat.isDirectory())) continue;
        // Bytes on disk are carried only below an escaped name: elsewhere the name says them.
        const raw =
          place.raw || escapes ? Buffer.concat([place.raw ?? Buffer.from(name), slash, bytes]) : undefined;
        yield* this.walk({ path: childPath, name: childName, raw, relative }, childStat, walk);
      }
    } else {
      report.warnings.push(`skipped ${path.toString()}: not a file, directory or symlink`);
    }
  }
}

function fileEntry(
  path: Buffer,
  common: Omit<FileEntry, 'type' | 'size' | 'open'>,
  stat: BigIntStats,
  report: SourceReport,
): FileEntry {
  const size = Number(stat.size);
  return {
    ...common,
    type: 'file',
    size,
    open: () => Readable.from(readBlocks(path, stat, report)),
    openReader: () => fileReader(path, stat, report),
    finish: (bytesRead: number) => {
      if (bytesRead !== size)
        report.warnings.push(
          `${path.toString()} changed size while it was read (${size} → ${bytesRead} bytes)`,
        );
      return Promise.resolve();
    },
  };
}

/**
 * Opens the file the walk listed, never another: O_NOFOLLOW refuses a symlink put in its place, and the
 * descriptor's device and inode must be the walk's (another file renamed over it). Undefined, with a
 * warning, when it is not; one fstat more than opening by path, no extra lookup of the path.
 */
async function fileReader(
  path: Buffer,
  listed: BigIntStats,
  report: SourceReport,
): Promise<BlockReader | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP') throw error;
    report.warnings.push(`skipped ${shown(path)}: it was replaced by a symlink while the backup ran`);
    return undefined;
  }
  const opened = await handle.stat({ bigint: true }).catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  if (opened.dev !== listed.dev || opened.ino !== listed.ino || !opened.isFile()) {
    await handle.close();
    report.warnings.push(`skipped ${shown(path)}: it was replaced by another file while the backup ran`);
    return undefined;
  }
  return {
    size: Number(opened.size),
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

/** The stream form of fileReader, for a caller without buffers of its own. */
async function* readBlocks(path: Buffer, listed: BigIntStats, report: SourceReport): AsyncGenerator<Buffer> {
  const reader = await fileReader(path, listed, report);
  if (!reader)
    throw new UserError(`${shown(path)} was replaced while the backup ran`, { exitCode: ExitCode.failed });
  try {
    for (;;) {
      const block = Buffer.allocUnsafe(1024 * 1024);
      const length = await reader.read(block);
      if (length > 0) yield block.subarray(0, length);
      if (length < block.length) return;
    }
  } finally {
    await reader.close();
  }
}

/**
 * The mtime to the millisecond, truncated (a Date holds no more): Node's `stat.mtime` rounds, so a time
 * of 07.9996 s would be stored as 08.000 and every later second-resolution reader would say 08.
 * Bigint lstat costs no more than the plain one here (20,000 lstats: ~90 ms either way).
 */
export function truncatedMtime(stat: Pick<BigIntStats, 'mtimeNs'>): Date {
  const ns = stat.mtimeNs;
  // Bigint division truncates toward zero: before 1970 that would round up, so floor it.
  const ms = ns / 1_000_000n - (ns < 0n && ns % 1_000_000n !== 0n ? 1n : 0n);
  return new Date(Number(ms));
}

async function statRoot(path: string, optional: boolean): Promise<BigIntStats | undefined> {
  try {
    return await lstat(path, { bigint: true });
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

function shown(path: Buffer): string {
  return nameFromBytes(path).name;
}

export function unreadable(path: string | Buffer, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new UserError(`cannot read ${typeof path === 'string' ? path : shown(path)}: ${code}`, {
    exitCode: ExitCode.failed,
  });
}
