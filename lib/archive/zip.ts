// The archive step: one streaming zip writer (archiver). Entries are appended one at a time, each read to
// the end before the next is opened, so memory stays flat whatever the sizes; the sha256 and size of the
// zip are computed as it is written. The caller writes to a temporary name and renames only on success.
import archiver from 'archiver';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExitCode, UserError } from '../errors.js';
import { fsyncPath } from '../fsync.js';
import type { ArchiveEntry } from '../sources/source.js';

export interface ZipResult {
  sizeBytes: number;
  sha256: string;
  /** Bytes read from the sources (before compression). */
  bytesRead: number;
  entries: { name: string; size: number }[];
}

export interface ZipProgress {
  (bytesRead: number): void;
}

export async function writeZip(
  entries: AsyncIterable<ArchiveEntry>,
  destination: string,
  onProgress?: ZipProgress,
): Promise<ZipResult> {
  const archive = archiver('zip', { zlib: { level: 6 } });
  const hash = createHash('sha256');
  let sizeBytes = 0;
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      sizeBytes += chunk.length;
      callback(null, chunk);
    },
  });
  const written = pipeline(archive, hashing, createWriteStream(destination, { mode: 0o600 }));
  let failure: Error | undefined;
  archive.on('warning', (error: Error) => (failure ??= error));
  const listed: ZipResult['entries'] = [];
  let bytesRead = 0;
  try {
    for await (const entry of entries) {
      const added = await append(archive, entry, (n) => {
        bytesRead += n;
        onProgress?.(bytesRead);
      });
      listed.push({ name: entry.type === 'directory' ? `${entry.name}/` : entry.name, size: added });
      if (failure) throw failure;
    }
    await archive.finalize();
    await written;
  } catch (error) {
    // abort() alone leaves the pipeline waiting forever; destroying the stream settles it.
    archive.abort();
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => undefined);
    throw error;
  }
  await fsyncPath(destination);
  return { sizeBytes, sha256: hash.digest('hex'), bytesRead, entries: listed };
}

/** Appends one entry and waits until archiver has consumed it; returns the bytes read. */
async function append(
  archive: archiver.Archiver,
  entry: ArchiveEntry,
  counted: (n: number) => void,
): Promise<number> {
  const data = { name: entry.name, mode: entry.mode, date: entry.mtime };
  const consumed = new Promise<void>((resolve, reject) => {
    const onEntry = () => {
      archive.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      archive.off('entry', onEntry);
      reject(error);
    };
    archive.once('entry', onEntry);
    archive.once('error', onError);
  });
  if (entry.type === 'directory') {
    archive.append(Buffer.alloc(0), {
      ...data,
      name: `${entry.name}/`,
      type: 'directory',
    } as archiver.EntryData);
    await consumed;
    return 0;
  }
  if (entry.type === 'symlink') {
    archive.symlink(entry.name, entry.target, entry.mode);
    await consumed;
    return 0;
  }
  let bytes = 0;
  const source = entry.open();
  // Counts inside transform(): a 'data' listener would switch the stream to flowing mode and lose the
  // chunks that arrive before archiver starts reading.
  const counting = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      counted(chunk.length);
      callback(null, chunk);
    },
  });
  const readFailure = new Promise<never>((_, reject) => {
    source.once('error', (error: NodeJS.ErrnoException) => {
      const plain = new UserError(`cannot read ${entry.name}: ${error.code ?? error.message}`, {
        exitCode: ExitCode.failed,
      });
      if (!entry.explain) return reject(plain);
      entry.explain(error).then(reject, () => reject(plain));
    });
  });
  source.pipe(counting);
  archive.append(counting, { ...data, ...(entry.store ? { store: true } : {}) });
  await Promise.race([consumed, readFailure]);
  await entry.finish?.(bytes);
  return bytes;
}
