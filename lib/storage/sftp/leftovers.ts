// Temporary names of SFTP uploads, and the sweep of what an interrupted upload left. An upload goes to
// `.partial-<host>-<pid>-<random>-<name>` (a dot-file, so list() never shows it) in the target directory.
// A later put removes such files when they are this login's (same uid) and older than its own upload:
// from this host, once their process is gone; from another host, once a day older (no run lasts that
// long, TOTAL_MINUTES at most 10080 = 7 days aside). A put cut short in this process (connection lost)
// is remembered by name and removed by the next put to the same place.
import { posix } from 'node:path';
import type { FileEntryWithStats } from 'ssh2';
import { hostTag, ownedTemporaryName, processAlive } from '../../leftovers.js';
import { isRegularFile } from './calls.js';

export const partialPrefix = '.partial-';
const foreignHostAgeSeconds = 24 * 3600;

/** A fresh temporary name for `name`, owned by this process. */
export function temporaryName(name: string): string {
  return ownedTemporaryName(partialPrefix, name);
}

export interface SweepContext {
  /** The uid the server gives this login (from the fstat of our own new temporary file). */
  uid: number;
  /** The server's clock when our upload began (that file's mtime), in seconds. */
  startedAt: number;
}

/** Whether `entry` is a leftover of an earlier upload that the sweep may delete. */
export function isLeftover(entry: FileEntryWithStats, context: SweepContext): boolean {
  const parsed = /^\.partial-([A-Za-z0-9]+)-(\d+)-/.exec(entry.filename);
  if (!parsed || !isRegularFile(entry.attrs) || entry.attrs.uid !== context.uid) return false;
  const [, host, pid] = parsed;
  if (host === hostTag()) return entry.attrs.mtime <= context.startedAt && !processAlive(Number(pid));
  return entry.attrs.mtime < context.startedAt - foreignHostAgeSeconds;
}

/** Temporary files this process could not remove (the connection was gone), by `where directory`. */
const abandoned = new Map<string, Set<string>>();

export function rememberAbandoned(place: string, path: string): void {
  const paths = abandoned.get(place) ?? new Set<string>();
  paths.add(path);
  abandoned.set(place, paths);
}

/** Hands over (and forgets) what was abandoned at `place`, for the caller to remove. */
export function takeAbandoned(place: string): string[] {
  const paths = [...(abandoned.get(place) ?? [])];
  abandoned.delete(place);
  return paths;
}

/** `directory/name` on the server; `.` is the login directory. */
export function remotePath(directory: string, name: string): string {
  return directory === '.' ? name : posix.join(directory, name);
}
