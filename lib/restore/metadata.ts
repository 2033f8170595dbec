// Owners, modes and times of restored entries, as GNU tar restores them when run as root: the numeric
// owner first (chown clears setuid and setgid, so the mode comes after it), then the mode, then the times.
// When owners are not restored (not root, --no-same-owner, or no owner in the archive), setuid and setgid
// are dropped as unzip does: a user's setuid program must not come back as a setuid program of whoever
// restores it.
import type { ZipEntry } from '../archive/read-zip.js';
import { exactSeconds } from './exact-time.js';

const SETUID_SETGID = 0o6000;

/** What can take an owner, a mode and times: an open file, or a directory or link by path. */
export interface MetadataTarget {
  chown(uid: number, gid: number): Promise<void>;
  /** Absent for symlinks: Linux gives them no mode of their own. */
  chmod?(mode: number): Promise<void>;
  utimes(atime: string, mtime: string): Promise<void>;
}

/** Applies `entry`'s owner (when `restoreOwners`), mode and mtime; returns a warning if an owner failed. */
export async function applyMetadata(
  target: MetadataTarget,
  entry: Pick<ZipEntry, 'mode' | 'mtime' | 'owner'>,
  restoreOwners: boolean,
): Promise<string | undefined> {
  let owned = false;
  let warning: string | undefined;
  if (restoreOwners && entry.owner) {
    try {
      await target.chown(entry.owner.uid, entry.owner.gid);
      owned = true;
    } catch (error) {
      warning = `owner ${entry.owner.uid}:${entry.owner.gid} not restored (${(error as Error).message})`;
    }
  }
  await target.chmod?.(owned ? entry.mode : entry.mode & ~SETUID_SETGID);
  const seconds = exactSeconds(entry.mtime);
  await target.utimes(seconds, seconds);
  return warning;
}

/** Whether this process restores owners: as root, unless --no-same-owner. */
export function restoresOwners(sameOwner: boolean): boolean {
  return sameOwner && process.getuid?.() === 0;
}
