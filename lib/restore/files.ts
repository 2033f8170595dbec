// Extracting a file backup into a directory, safely: no entry may land outside it (absolute names, `..`,
// backslashes, a symlink that points out, or a path through such a symlink are refused one by one), files
// are created exclusively and checked against their CRC-32, and modes, mtimes and links are restored.
// Symlinks come last and directory modes after that, so neither can redirect or block a later write.
import { crc32 } from 'node:zlib';
import { createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { chmod, lutimes, readlink, rm, stat, symlink, unlink, utimes } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readZip, type ZipEntry } from '../archive/read-zip.js';
import { ExitCode, UserError } from '../errors.js';

export interface RestoreReport {
  files: number;
  directories: number;
  symlinks: number;
  bytes: number;
  /** Entries not restored, with the reason. */
  refused: { name: string; reason: string }[];
}

export interface RestoreFilesOptions {
  force: boolean;
  /**
   * Create links whose target is absolute or outside the directory (as /etc holds many). Safe to allow:
   * links are made after every file, so nothing is ever written through one; refused by default.
   */
  allowOutsideLinks?: boolean;
}

export async function restoreFiles(
  zipPath: string,
  destination: string,
  options: RestoreFilesOptions,
): Promise<RestoreReport> {
  const root = prepareDestination(destination, options.force);
  const report: RestoreReport = { files: 0, directories: 0, symlinks: 0, bytes: 0, refused: [] };
  const directories: { path: string; mode: number; mtime: Date }[] = [];
  const links: { name: string; path: string; target: string; mtime: Date }[] = [];
  const refuse = (name: string, reason: string) => report.refused.push({ name, reason });

  for await (const entry of readZip(zipPath)) {
    if (entry.nameProblem) {
      refuse(entry.name, `the name ${entry.nameProblem}`);
      continue;
    }
    const path = join(root, entry.name);
    try {
      if (entry.type === 'directory') {
        ensureDirectory(root, path);
        directories.push({ path, mode: entry.mode, mtime: entry.mtime });
        report.directories++;
      } else if (entry.type === 'symlink') {
        links.push({ name: entry.name, path, target: await readAll(entry), mtime: entry.mtime });
      } else {
        ensureDirectory(root, dirname(path));
        if (options.force) await removeExisting(path);
        report.bytes += await writeFile(entry, path);
        await chmod(path, entry.mode);
        await utimes(path, entry.mtime, entry.mtime);
        report.files++;
      }
    } catch (error) {
      refuse(entry.name, error instanceof Error ? error.message : String(error));
    }
  }

  for (const link of links) {
    const problem = options.allowOutsideLinks ? undefined : linkProblem(root, link.path, link.target);
    if (problem) {
      refuse(link.name, problem);
      continue;
    }
    try {
      ensureDirectory(root, dirname(link.path));
      if (options.force) await removeExisting(link.path);
      await symlink(link.target, link.path);
      await lutimes(link.path, link.mtime, link.mtime);
      report.symlinks++;
    } catch (error) {
      refuse(link.name, error instanceof Error ? error.message : String(error));
    }
  }
  // Links through other links can still point out once all exist: check where each really leads.
  for (const link of options.allowOutsideLinks ? [] : links) {
    if (!(await isLink(link.path))) continue;
    let real: string;
    try {
      real = realpathSync(link.path);
    } catch {
      continue; // Dangling: its target was checked by name above.
    }
    if (!inside(root, real)) {
      await unlink(link.path);
      report.symlinks--;
      refuse(link.name, `the link leads outside the restore directory (to ${real})`);
    }
  }
  for (const directory of directories.sort((a, b) => b.path.length - a.path.length)) {
    await chmod(directory.path, directory.mode);
    await utimes(directory.path, directory.mtime, directory.mtime);
  }
  return report;
}

function prepareDestination(destination: string, force: boolean): string {
  const absolute = resolve(destination);
  if (existsSync(absolute)) {
    if (!force && readdirSync(absolute).length > 0) {
      throw new UserError(`${absolute} is not empty; nothing was restored`, {
        hint: 'restore into an empty or new directory, or add --force to write over what is there',
      });
    }
  } else {
    mkdirSync(absolute, { recursive: true, mode: 0o700 });
  }
  return realpathSync(absolute);
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/**
 * Creates `path` under `root` one component at a time, checking each existing one before going through
 * it: a symlink (left by an earlier restore, with --force) must not carry a mkdir outside `root`.
 */
function ensureDirectory(root: string, path: string): void {
  let current = root;
  for (const segment of relative(root, path).split(sep).filter(Boolean)) {
    current = join(current, segment);
    let info;
    try {
      info = lstatSync(current);
    } catch {
      mkdirSync(current, { mode: 0o700 });
      continue;
    }
    if (info.isSymbolicLink()) {
      const real = realpathSync(current);
      if (!inside(root, real)) throw new Error(`its folder leads outside the restore directory (to ${real})`);
      current = real;
    } else if (!info.isDirectory()) {
      throw new Error(`${relative(root, current)} is in the way (not a directory)`);
    }
  }
}

function linkProblem(root: string, path: string, target: string): string | undefined {
  if (target === '') return 'the link has no target';
  if (isAbsolute(target)) return `the link points to an absolute path (${target})`;
  const resolved = resolve(dirname(path), target);
  if (!inside(root, resolved)) return `the link points outside the restore directory (${target})`;
  return undefined;
}

async function removeExisting(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory() && !(await isLink(path))) throw new Error('a directory of that name is in the way');
  await rm(path, { force: true });
}

async function isLink(path: string): Promise<boolean> {
  return readlink(path).then(
    () => true,
    () => false,
  );
}

async function readAll(entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await entry.open()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes a new file (never through an existing name), checking length and CRC-32 as it goes. */
async function writeFile(entry: ZipEntry, path: string): Promise<number> {
  let crc = 0;
  let size = 0;
  const checking = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(await entry.open(), checking, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await rm(path, { force: true });
    throw error;
  }
  if (size !== entry.size || crc >>> 0 !== entry.crc32 >>> 0) {
    await rm(path, { force: true });
    throw new UserError('damaged in the archive (CRC-32 or length differ)', {
      exitCode: ExitCode.failed,
    });
  }
  return size;
}
