// Extracting a file backup into a directory, safely: no entry may land outside it (absolute names, `..`,
// a path through any symlink, or a symlink that leads out are refused one by one), no two entries may
// land on the same path, files are created exclusively and checked against their CRC-32, and owners
// (as root), modes, mtimes, hard links and holes are restored. Hard links are made as their entries come
// (to files of this run); symlinks come after every file, and directories' metadata after that, so that
// neither can redirect or block a later write.
import { existsSync, mkdirSync, readdirSync, realpathSync } from 'node:fs';
import { chmod, lchown, link, utimes } from 'node:fs/promises';
import { resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { readZip, type ZipEntry } from '../archive/read-zip.js';
import { ExitCode, UserError } from '../errors.js';
import { makeLinks, metadataOf, type Metadata, type PendingLink } from './links.js';
import { applyMetadata, restoresOwners } from './metadata.js';
import {
  ensureDirectory,
  lstatOrUndefined,
  parentOf,
  printable,
  removeExisting,
  segments,
  under,
} from './paths.js';
import { writeFileEntry } from './write-file.js';

export interface RestoreReport {
  files: number;
  directories: number;
  symlinks: number;
  hardLinks: number;
  bytes: number;
  /** Entries not restored, with the reason. */
  refused: { name: string; reason: string }[];
  /** Entries restored with less than the archive holds (an owner that could not be set). */
  warnings: string[];
}

export interface RestoreFilesOptions {
  force: boolean;
  /**
   * Create links whose target is absolute or outside the directory (as /etc holds many). Safe to allow:
   * links are made after every file, and nothing is ever written through a link; refused by default.
   */
  allowOutsideLinks?: boolean;
  /** Run as root, give entries their archived owners (default); false is --no-same-owner. */
  sameOwner?: boolean;
}

interface Directory {
  relative: Buffer;
  metadata: Metadata;
}

/** A file entry a later hard link may name: where it was restored, or (refused) the entry to read again. */
type LinkSource = { restoredAt: Buffer } | { entry: ZipEntry };

export async function restoreFiles(
  zipPath: string,
  destination: string,
  options: RestoreFilesOptions,
): Promise<RestoreReport> {
  const root = prepareDestination(destination, options.force);
  const restoreOwners = restoresOwners(options.sameOwner !== false);
  const report: RestoreReport = {
    files: 0,
    directories: 0,
    symlinks: 0,
    hardLinks: 0,
    bytes: 0,
    refused: [],
    warnings: [],
  };
  const refuse = (name: string, reason: string) => report.refused.push({ name, reason });
  const warn = (name: string, warning: string | undefined) => {
    if (warning) report.warnings.push(`${name}: ${warning}`);
  };
  const claimed = new Map<string, string>(); // on-disk path (latin1 of its bytes) → the entry that took it
  const files = new Map<string, LinkSource>(); // by stored name, the first of each
  const directories: Directory[] = [];
  const links: PendingLink[] = [];

  const writeFile = async (entry: ZipEntry, relative: Buffer) => {
    ensureDirectory(root, parentOf(relative));
    const path = under(root, relative);
    if (options.force) await removeExisting(path);
    const written = await writeFileEntry(entry, path, restoreOwners);
    warn(printable(relative), written.warning);
    report.bytes += written.bytes;
    report.files++;
    return path;
  };

  for await (const entry of readZip(zipPath)) {
    // Known even when refused: a hard link to it then gets its content.
    const linkable = entry.type === 'file' && !files.has(entry.name);
    if (linkable) files.set(entry.name, { entry });
    if (entry.nameProblem) {
      refuse(entry.name, `the name ${entry.nameProblem}`);
      continue;
    }
    const key = entry.path.toString('latin1');
    const earlier = claimed.get(key);
    if (earlier !== undefined) {
      refuse(entry.name, `${JSON.stringify(earlier)} was already restored to ${printable(entry.path)}`);
      continue;
    }
    claimed.set(key, entry.name);
    try {
      if (entry.type === 'directory') {
        ensureDirectory(root, entry.path);
        directories.push({ relative: entry.path, metadata: metadataOf(entry) });
        report.directories++;
      } else if (entry.type === 'symlink' && entry.hardLinkTo !== undefined) {
        const source = files.get(entry.hardLinkTo);
        if (!source)
          throw new Error(`a hard link to ${JSON.stringify(entry.hardLinkTo)}, which is no earlier file`);
        if ('restoredAt' in source) {
          ensureDirectory(root, parentOf(entry.path));
          const path = under(root, entry.path);
          if (options.force) await removeExisting(path);
          await link(source.restoredAt, path);
          report.hardLinks++;
        } else {
          // Its file was not restored (refused): its content here, never a link to nothing.
          files.set(entry.hardLinkTo, { restoredAt: await writeFile(source.entry, entry.path) });
        }
      } else if (entry.type === 'symlink') {
        links.push({ relative: entry.path, target: await readAll(entry), metadata: metadataOf(entry) });
      } else {
        const path = await writeFile(entry, entry.path);
        if (linkable) files.set(entry.name, { restoredAt: path });
      }
    } catch (error) {
      refuse(entry.name, error instanceof Error ? error.message : String(error));
    }
  }

  const linked = await makeLinks(links, {
    root,
    force: options.force,
    allowOutsideLinks: options.allowOutsideLinks === true,
    restoreOwners,
  });
  report.symlinks = linked.made;
  report.refused.push(...linked.refused);
  report.warnings.push(...linked.warnings);

  // Deepest first: a directory's mode (0500, say) must not stop its subdirectories being set.
  directories.sort((a, b) => segments(b.relative).length - segments(a.relative).length);
  for (const directory of directories) {
    const path = under(root, directory.relative);
    if (!lstatOrUndefined(path)?.isDirectory()) continue;
    try {
      const warning = await applyMetadata(
        {
          chown: (uid, gid) => lchown(path, uid, gid),
          chmod: (mode) => chmod(path, mode),
          utimes: (a, m) => utimes(path, a, m),
        },
        directory.metadata,
        restoreOwners,
      );
      warn(directory.metadata.name, warning);
    } catch (error) {
      // One directory that cannot take its mode or times must not lose the report or the others.
      warn(directory.metadata.name, `mode or times not restored (${(error as Error).message})`);
    }
  }
  return report;
}

function prepareDestination(destination: string, force: boolean): Buffer {
  const absolutePath = resolve(destination);
  if (existsSync(absolutePath)) {
    if (!force && readdirSync(absolutePath).length > 0) {
      throw new UserError(`${absolutePath} is not empty; nothing was restored`, {
        hint: 'restore into an empty or new directory, or add --force to write over what is there',
      });
    }
  } else {
    mkdirSync(absolutePath, { recursive: true, mode: 0o700 });
  }
  return realpathSync(absolutePath, { encoding: 'buffer' });
}

/** A link's target, checked against the entry's length and CRC-32 like a file's content. */
async function readAll(entry: ZipEntry): Promise<Buffer> {
  // Linux refuses longer targets anyway; a hostile entry must not make us buffer gigabytes first.
  if (entry.size > 4096) throw new Error(`a link target of ${entry.size} bytes (at most 4096)`);
  const chunks: Buffer[] = [];
  for await (const chunk of await entry.open()) chunks.push(chunk as Buffer);
  const target = Buffer.concat(chunks);
  if (target.length !== entry.size || crc32(target) >>> 0 !== entry.crc32 >>> 0)
    throw new UserError('damaged in the archive (CRC-32 or length differ)', { exitCode: ExitCode.failed });
  return target;
}
