// The symlinks of a restore, made after every file and directory so that no write can go through one.
// Unless links out are allowed, each is judged where it leads before it is made (through the links made
// before it), and all are judged again once all exist, until none leads out.
import { lchown, lutimes, symlink, unlink } from 'node:fs/promises';
import type { ZipEntry } from '../archive/read-zip.js';
import { linkProblem } from './link-target.js';
import { applyMetadata } from './metadata.js';
import { ensureDirectory, parentOf, removeExisting, segments, under } from './paths.js';

/** What is kept of an entry until its link is made (not the entry: 70,000 of them would weigh). */
export type Metadata = Pick<ZipEntry, 'name' | 'mode' | 'mtime' | 'owner'>;

export function metadataOf(entry: ZipEntry): Metadata {
  return {
    name: entry.name,
    mode: entry.mode,
    mtime: entry.mtime,
    ...(entry.owner ? { owner: entry.owner } : {}),
  };
}

export interface PendingLink {
  relative: Buffer;
  target: Buffer;
  metadata: Metadata;
}

export interface LinkOptions {
  root: Buffer;
  force: boolean;
  allowOutsideLinks: boolean;
  restoreOwners: boolean;
}

export interface LinksMade {
  made: number;
  refused: { name: string; reason: string }[];
  warnings: string[];
}

export async function makeLinks(links: PendingLink[], options: LinkOptions): Promise<LinksMade> {
  const { root } = options;
  const rootSegments = segments(root);
  const result: LinksMade = { made: 0, refused: [], warnings: [] };
  const made: PendingLink[] = [];
  for (const pending of links) {
    const name = pending.metadata.name;
    try {
      // Its folder first: a real directory (never a link), so that the target is resolved from there.
      ensureDirectory(root, parentOf(pending.relative));
      const from = [...rootSegments, ...segments(parentOf(pending.relative))];
      const problem = options.allowOutsideLinks ? undefined : linkProblem(rootSegments, from, pending.target);
      if (problem) {
        result.refused.push({ name, reason: problem });
        continue;
      }
      const path = under(root, pending.relative);
      if (options.force) await removeExisting(path);
      await symlink(pending.target, path);
      const warning = await applyMetadata(
        { chown: (uid, gid) => lchown(path, uid, gid), utimes: (a, m) => lutimes(path, a, m) },
        pending.metadata,
        options.restoreOwners,
      );
      if (warning) result.warnings.push(`${name}: ${warning}`);
      made.push(pending);
    } catch (error) {
      result.refused.push({ name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const kept = options.allowOutsideLinks ? made : await removeEscapingLinks(root, made, result);
  result.made = kept.length;
  return result;
}

/**
 * Each link was judged against the links made before it; one made later can change where an earlier
 * one leads (a missing component that became a link), and removing one can too (a missing component
 * is read as text): passes until one removes nothing. Each pass is linear; chains bound their number.
 */
async function removeEscapingLinks(
  root: Buffer,
  made: PendingLink[],
  result: LinksMade,
): Promise<PendingLink[]> {
  const rootSegments = segments(root);
  let remaining = made;
  for (let removed = true; removed;) {
    removed = false;
    const kept: PendingLink[] = [];
    for (const pending of remaining) {
      const from = [...rootSegments, ...segments(parentOf(pending.relative))];
      const problem = linkProblem(rootSegments, from, pending.target);
      if (!problem) {
        kept.push(pending);
        continue;
      }
      await unlink(under(root, pending.relative));
      result.refused.push({ name: pending.metadata.name, reason: `${problem}, through links made after it` });
      removed = true;
    }
    remaining = kept;
  }
  return remaining;
}
