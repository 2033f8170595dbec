// What a run that died without cleaning up (kill -9, OOM killer, power loss) leaves behind: work
// directories and partial copies named after the host and pid that made them. A later run removes those
// whose process is gone on this host; a live pid (even a reused one) keeps its files, to be safe.
// The directory may be shared (/tmp as the work root): only entries the running user owns are removed,
// judged by lstat, so root never deletes another user's files named like ours, nor follows a link.
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** This host's name as it appears in leftover names: no `.`, `-` or `/` surprises. */
export function hostTag(): string {
  return hostname().replace(/[^A-Za-z0-9]/g, '') || 'host';
}

/** `<prefix><host>-<pid>-`: the start of a leftover's name owned by this process. */
export function ownedPrefix(prefix: string): string {
  return `${prefix}${hostTag()}-${process.pid}-`;
}

/**
 * A fresh temporary name for `name`, owned by this process: `<prefix><host>-<pid>-<8 hex>-<name>`. The
 * random part keeps apart two targets of one run that store into one folder at once.
 */
export function ownedTemporaryName(prefix: string, name: string): string {
  return `${ownedPrefix(prefix)}${randomBytes(4).toString('hex')}-${name}`;
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether `name` is `<prefix><this host>-<pid>-…` of a process that no longer runs here. */
export function isStaleLeftover(name: string, prefix: string): boolean {
  const host = hostTag();
  if (!name.startsWith(`${prefix}${host}-`)) return false;
  const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length + host.length + 1))?.[1]);
  return Number.isInteger(pid) && pid > 0 && !processAlive(pid);
}

/**
 * Removes entries of `directory` named `<prefix><this host>-<pid>-…` whose pid no longer runs here and
 * that the running user owns (a link is removed itself, never followed). Returns the names removed; a
 * directory that cannot be read is left alone.
 */
export function sweepLeftovers(directory: string, prefix: string): string[] {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!isStaleLeftover(name, prefix)) continue;
    const path = join(directory, name);
    try {
      if (!ownedByUs(path)) continue;
      // rmSync does not follow links, at the top or below: a link is unlinked, its target kept.
      rmSync(path, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Not ours to remove after all (permissions): leave it.
    }
  }
  return removed;
}

/** Whether the running user owns `path` itself (lstat: a link's own owner, not its target's). */
function ownedByUs(path: string): boolean {
  const uid = process.getuid?.();
  return uid === undefined || lstatSync(path).uid === uid;
}
