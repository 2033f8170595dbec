// Reading our zips back, for verify and restore: entries one at a time through yauzl (zip64 included),
// names decoded and checked here rather than by yauzl, so that one hostile name is refused on its own
// instead of aborting the whole archive, and every file's CRC-32 recomputed as it streams. The extra
// fields of extra-fields.ts give back what a zip header cannot hold: exact and 64-bit mtimes, owners,
// a name's bytes on disk and hard links.
import { crc32 } from 'node:zlib';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ExitCode, UserError } from '../errors.js';
import { ExtraId, readExtendedTimestamp, readNtfsMtime, readUnixOwner } from './extra-fields.js';

export interface ZipEntry {
  /** The decoded stored name, without the trailing `/` of directories. */
  name: string;
  /**
   * Where the entry goes on disk, relative and `/`-separated, as bytes: the private raw-name field when
   * present (names that are not UTF-8, or were escaped), else the stored name in UTF-8.
   */
  path: Buffer;
  /** Why `path` must not be extracted (absolute, `..`, backslash in a stored name, NUL), if so. */
  nameProblem?: string;
  type: 'file' | 'directory' | 'symlink';
  /** Permission bits (0o7777), exactly as stored (0 included); a default only when the zip has none. */
  mode: number;
  /** From the NTFS field (64-bit, 100 ns), else Info-ZIP's UT (seconds), else the DOS time (2 s). */
  mtime: Date;
  /** Numeric owner from Info-ZIP's "ux" field; absent when the archive does not say. */
  owner?: { uid: number; gid: number };
  /** For a hard link (a symlink entry carrying the private field): the stored name of its file entry. */
  hardLinkTo?: string;
  size: number;
  crc32: number;
  open(): Promise<Readable>;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const HOST_UNIX = 3;
const MSDOS_DIRECTORY = 0x10;
const UT_CLAMPED = 0x7fffffff; // what writers (ours before the NTFS field) store for times after 2038

/** The entries of `path`, in archive order; the zip is closed when the loop ends, however it ends. */
export async function* readZip(path: string): AsyncGenerator<ZipEntry> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
        strictFileNames: false,
      },
      (error, opened) => (error ? reject(unreadable(path, error)) : resolve(opened)),
    ),
  );
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
        const onEntry = (found: yauzl.Entry) => {
          cleanup();
          resolve(found);
        };
        const onEnd = () => {
          cleanup();
          resolve(undefined);
        };
        const onError = (error: Error) => {
          cleanup();
          reject(unreadable(path, error));
        };
        const cleanup = () => {
          zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        };
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
      });
      if (!entry) return;
      yield describeEntry(zip, entry, path);
    }
  } finally {
    zip.close();
  }
}

function describeEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, zipPath: string): ZipEntry {
  const bytes = entry.fileName as unknown as Buffer;
  // Without the UTF-8 flag the spec says CP437, whose table draws control bytes as symbols (a newline
  // as ◙); a pure ASCII name is taken byte for byte instead.
  const ascii = (entry.generalPurposeBitFlag & 0x800) === 0 && bytes.every((byte) => byte < 0x80);
  const raw = ascii
    ? bytes.toString('latin1')
    : yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        bytes,
        entry.extraFields,
        true, // keep backslashes as they are, so that nameProblem refuses them
      );
  // A Unix st_mode always has its type bits, so a zero high word means "no Unix attributes" even from
  // a Unix host (Python's zipfile writes such entries); then the type comes from the name and the
  // MS-DOS directory bit, and the mode from unzip's defaults. Otherwise the mode is exact: 0 is a mode.
  const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
  const hasUnixMode = entry.versionMadeBy >>> 8 === HOST_UNIX && unixMode !== 0;
  const type = hasUnixMode
    ? (unixMode & S_IFMT) === S_IFLNK
      ? 'symlink'
      : (unixMode & S_IFMT) === S_IFDIR || raw.endsWith('/')
        ? 'directory'
        : 'file'
    : raw.endsWith('/') || (entry.externalFileAttributes & MSDOS_DIRECTORY) !== 0
      ? 'directory'
      : 'file';
  const name = type === 'directory' ? raw.replace(/\/+$/, '') : raw;
  const fields = new Map<number, Buffer>();
  for (const field of entry.extraFields) if (!fields.has(field.id)) fields.set(field.id, field.data);
  const rawPath = fields.get(ExtraId.rawName);
  const path = rawPath
    ? type === 'directory'
      ? stripTrailingSlashes(rawPath)
      : rawPath
    : Buffer.from(name, 'utf8');
  const problem = rawPath ? rawPathProblem(path) : nameProblem(raw);
  const owner = fields.has(ExtraId.unixOwner)
    ? readUnixOwner(fields.get(ExtraId.unixOwner) as Buffer)
    : undefined;
  const hardLink = fields.get(ExtraId.hardLink);
  return {
    name,
    path,
    ...(problem ? { nameProblem: problem } : {}),
    type,
    mode: hasUnixMode ? unixMode & 0o7777 : type === 'directory' ? 0o755 : 0o644,
    mtime: modificationTime(entry, fields),
    ...(owner ? { owner } : {}),
    ...(hardLink && type === 'symlink' ? { hardLinkTo: hardLink.toString('utf8') } : {}),
    size: entry.uncompressedSize,
    crc32: entry.crc32,
    open: () =>
      new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) =>
          error ? reject(unreadable(zipPath, error)) : resolve(stream),
        ),
      ),
  };
}

/** Why an entry name could escape the directory it is extracted into; undefined when it is safe. */
export function nameProblem(name: string): string | undefined {
  // Other control characters (a newline, say) are legal in Linux names and cannot climb out; NUL can
  // never be part of a path.
  if (name.includes('\0')) return 'holds a NUL byte';
  if (name.includes('\\')) return 'holds a backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'is absolute';
  const segments = name.replace(/\/+$/, '').split('/');
  if (segments.some((segment) => segment === '..')) return 'climbs out with ..';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." segment';
  return yauzl.validateFileName(name) ?? undefined;
}

/** NTFS first (exact, any year), then UT unless clamped at 2038, then the DOS fields (UTC, 2 s). */
function modificationTime(entry: yauzl.Entry, fields: Map<number, Buffer>): Date {
  const ntfs = fields.get(ExtraId.ntfs);
  const exact = ntfs ? readNtfsMtime(ntfs) : undefined;
  if (exact && !Number.isNaN(exact.getTime())) return exact;
  const ut = fields.get(ExtraId.extendedTimestamp);
  const seconds = ut ? readExtendedTimestamp(ut) : undefined;
  if (seconds && seconds.getTime() !== UT_CLAMPED * 1000) return seconds;
  return entry.getLastModDate({ forceDosFormat: true, timezone: 'UTC' });
}

function stripTrailingSlashes(bytes: Buffer): Buffer {
  let end = bytes.length;
  while (end > 1 && bytes[end - 1] === SLASH) end--;
  return bytes.subarray(0, end);
}

const SLASH = 0x2f;

/**
 * Why raw on-disk bytes could escape the directory they are extracted into. They are Linux names, so a
 * backslash is an ordinary byte; NUL, a leading `/`, and `..`, `.` or empty segments are refused.
 */
export function rawPathProblem(bytes: Buffer): string | undefined {
  if (bytes.includes(0)) return 'holds a NUL byte';
  if (bytes.length === 0) return 'is empty';
  if (bytes[0] === SLASH) return 'is absolute';
  const segments = bytes.toString('latin1').split('/');
  if (segments.some((segment) => segment === '..')) return 'climbs out with ..';
  if (segments.some((segment) => segment === '' || segment === '.')) return 'has an empty or "." segment';
  return undefined;
}

/** Reads a file entry to the end, checking its length and CRC-32 against the central directory. */
export async function checkEntry(entry: ZipEntry): Promise<string | undefined> {
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of await entry.open()) {
      crc = crc32(chunk as Buffer, crc);
      size += (chunk as Buffer).length;
    }
  } catch (error) {
    return `${entry.name}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (size !== entry.size) return `${entry.name}: ${size} bytes instead of ${entry.size}`;
  if (crc >>> 0 !== entry.crc32 >>> 0) return `${entry.name}: CRC-32 mismatch (the data is damaged)`;
  return undefined;
}

function unreadable(path: string, error: Error): UserError {
  return new UserError(`${path} is not a readable zip: ${error.message}`, {
    exitCode: ExitCode.failed,
    cause: error,
  });
}
