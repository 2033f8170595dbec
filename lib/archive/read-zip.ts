// Reading our zips back, for verify and restore: entries one at a time through yauzl (zip64 included),
// names decoded and checked here rather than by yauzl, so that one hostile name is refused on its own
// instead of aborting the whole archive, and every file's CRC-32 recomputed as it streams.
import { crc32 } from 'node:zlib';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ExitCode, UserError } from '../errors.js';

export interface ZipEntry {
  /** The decoded name, without the trailing `/` of directories. */
  name: string;
  /** Why this name must not be extracted (absolute, `..`, backslash, NUL), if so. */
  nameProblem?: string;
  type: 'file' | 'directory' | 'symlink';
  /** Permission bits (0o7777). */
  mode: number;
  mtime: Date;
  size: number;
  crc32: number;
  open(): Promise<Readable>;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

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

function describeEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, path: string): ZipEntry {
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
  const unixMode = (entry.externalFileAttributes >>> 16) & 0xffff;
  const type =
    (unixMode & S_IFMT) === S_IFLNK
      ? 'symlink'
      : (unixMode & S_IFMT) === S_IFDIR || raw.endsWith('/')
        ? 'directory'
        : 'file';
  const name = type === 'directory' ? raw.replace(/\/+$/, '') : raw;
  const problem = nameProblem(raw);
  const permissions = unixMode & 0o7777;
  return {
    name,
    ...(problem ? { nameProblem: problem } : {}),
    type,
    mode: permissions || (type === 'directory' ? 0o755 : 0o644),
    mtime: entry.getLastModDate({ timezone: 'UTC' }),
    size: entry.uncompressedSize,
    crc32: entry.crc32,
    open: () =>
      new Promise<Readable>((resolve, reject) =>
        zip.openReadStream(entry, (error, stream) =>
          error ? reject(unreadable(path, error)) : resolve(stream),
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
