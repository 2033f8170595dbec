// Paths of a restore as bytes: names on Linux are bytes, and an archive may hold names that are not UTF-8
// (the raw-name field), so every path is a Buffer, joined and split on `/` without decoding. Everything
// is created under the restore root through real directories only: a path component that is a symlink
// is refused, never followed, so no write can be carried out of the root by a link.
import { lstatSync, mkdirSync, type Stats } from 'node:fs';
import { rm } from 'node:fs/promises';

const SLASH = 0x2f;
const SLASH_BUFFER = Buffer.from('/');

/** The non-empty segments of a `/`-separated path. */
export function segments(path: Buffer): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (let at = 0; at <= path.length; at++) {
    if (at === path.length || path[at] === SLASH) {
      if (at > start) parts.push(path.subarray(start, at));
      start = at + 1;
    }
  }
  return parts;
}

/** An absolute path from its segments (`/` for none). */
export function absolute(parts: readonly Buffer[]): Buffer {
  if (parts.length === 0) return SLASH_BUFFER;
  return Buffer.concat(parts.flatMap((part) => [SLASH_BUFFER, part]));
}

/** `root/relative`, both as bytes. */
export function under(root: Buffer, relative: Buffer): Buffer {
  return Buffer.concat([root, SLASH_BUFFER, relative]);
}

/** The path for messages: UTF-8 where it is, `\xNN` for other bytes. */
export function printable(path: Buffer): string {
  const text = path.toString('utf8');
  if (Buffer.from(text, 'utf8').equals(path)) return text;
  return [...path]
    .map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16)}`))
    .join('');
}

export function lstatOrUndefined(path: Buffer): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
    throw error;
  }
}

/**
 * Makes `root/relative` a directory, creating what is missing (0700 until the directory's own mode is
 * set at the end) and refusing any existing component that is a symlink or not a directory.
 */
export function ensureDirectory(root: Buffer, relative: Buffer): void {
  let walked: Buffer = Buffer.alloc(0);
  for (const part of segments(relative)) {
    walked = walked.length ? Buffer.concat([walked, SLASH_BUFFER, part]) : part;
    const path = under(root, walked);
    const info = lstatOrUndefined(path);
    if (!info) mkdirSync(path, { mode: 0o700 });
    else if (info.isSymbolicLink())
      throw new Error(`its folder ${printable(walked)} is a symlink: nothing is written through links`);
    else if (!info.isDirectory()) throw new Error(`${printable(walked)} is in the way (not a directory)`);
  }
}

/** The parent of a relative path (empty for a top-level name). */
export function parentOf(relative: Buffer): Buffer {
  const at = relative.lastIndexOf(SLASH);
  return at < 0 ? Buffer.alloc(0) : relative.subarray(0, at);
}

/** With --force: what is at `path` goes, unless it is a directory (never removed, never written into). */
export async function removeExisting(path: Buffer): Promise<void> {
  const info = lstatOrUndefined(path);
  if (!info) return;
  if (info.isDirectory()) throw new Error('a directory of that name is in the way');
  await rm(path, { force: true });
}
