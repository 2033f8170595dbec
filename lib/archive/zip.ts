// The archive step: our own streaming zip writer (zip-format.ts), compressing on both cores. Each file
// is cut into 1 MiB blocks; every block is deflated on libuv's thread pool independently (ending in a
// sync flush, the last in a final block, as pigz -i does), so that several blocks — of one large file or
// of many small ones — compress at once while the next are read, and are written in order. CRC-32 and
// the archive's sha256 are computed as the data passes. Memory stays bounded by the blocks in flight.
// archiver compressed one entry at a time on one core; docs/benchmarks.md has the figures.
import { crc32 } from 'node:zlib';
import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { ExitCode, UserError } from '../errors.js';
import { fsyncPath } from '../fsync.js';
import { BlockPool } from './block-pool.js';
import { GarbageNudge } from '../gc-nudge.js';
import { Deflaters, lengthOf } from './deflaters.js';
import type { ArchiveEntry, BlockReader, FileEntry } from '../sources/source.js';
import {
  centralRecord,
  dataDescriptor,
  endRecords,
  localHeader,
  Method,
  type CentralEntry,
} from './zip-format.js';

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

const blockSize = 1024 * 1024;
/**
 * Bytes read ahead of the writer: enough blocks (or small files) to keep every core busy, few enough to
 * bound memory. Counted in bytes, not pieces, so that thousands of small files still overlap.
 */
const inFlight = Math.max(4, availableParallelism() * 3) * blockSize;
/** Compression jobs in flight: each holds a zlib state of about 256 KiB, so thousands would cost GBs. */
const maxJobs = Math.max(8, availableParallelism() * 4);
const level = 6;
const writeSize = 1024 * 1024;
/**
 * Written bytes between background fdatasyncs. With lots of free memory the kernel writes a new file back
 * only when told; one fsync at the end then stalls the run for all of it (0.3 s for 1 GiB here). Syncing
 * as the archive grows overlaps that with compression and leaves the final fsync little to do.
 */
const syncEvery = 64 * 1024 * 1024;

type Piece = {
  data: Promise<Buffer[]>;
  bytes: number;
  /** Called with the piece's offset in the archive, as it is queued for writing. */
  written?: (offset: number) => void;
  /** Called once the piece is in the file: its data may be views of a pooled block. */
  release?: () => void;
};

/** Writes pieces in order while later ones are still being compressed. */
class OrderedOutput {
  private readonly queue: Piece[] = [];
  private readonly hash = createHash('sha256');
  private readonly nudge = new GarbageNudge(16 * 2 ** 20);
  private queuedBytes = 0;
  private queuedJobs = 0;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private releases: (() => void)[] = [];
  private unsynced = 0;
  private syncing: Promise<void> | undefined;
  private syncError: Error | undefined;
  /** Bytes handed to the file so far (written, or gathered for the next write). */
  offset = 0;

  constructor(private readonly file: FileHandle) {}

  push(piece: Piece): void {
    piece.data.catch(() => undefined); // a failed run abandons its queue; no unhandled rejection
    this.queue.push(piece);
    this.queuedBytes += piece.bytes;
    if (piece.bytes > 0) this.queuedJobs++;
  }

  /** Writes until at most `keepBytes` of source data are pending (0: everything). */
  async drain(keepBytes = 0): Promise<void> {
    while (
      this.queue.length > 0 &&
      (keepBytes === 0 || this.queuedBytes > keepBytes || this.queuedJobs > maxJobs)
    ) {
      const piece = this.queue.shift() as Piece;
      this.queuedBytes -= piece.bytes;
      if (piece.bytes > 0) this.queuedJobs--;
      const buffers = await piece.data;
      piece.written?.(this.offset);
      for (const buffer of buffers) {
        this.hash.update(buffer);
        this.offset += buffer.length;
        this.buffered.push(buffer);
        this.bufferedBytes += buffer.length;
      }
      if (piece.release) this.releases.push(piece.release);
      // Headers and descriptors are tens of bytes: gathered into large writes, not one syscall each. A
      // pooled block is written at once: the reader waits for it to come back.
      if (this.bufferedBytes >= writeSize || this.releases.length > 0) await this.flush();
    }
    if (keepBytes === 0) await this.flush();
  }

  private async flush(): Promise<void> {
    let buffers = this.buffered;
    const bytes = this.bufferedBytes;
    this.buffered = [];
    this.bufferedBytes = 0;
    const releases = this.releases;
    this.releases = [];
    while (buffers.length > 0) {
      const { bytesWritten } = await this.file.writev(buffers);
      buffers = skipWritten(buffers, bytesWritten);
    }
    for (const release of releases) release();
    this.nudge.add(bytes);
    this.unsynced += bytes;
    if (this.unsynced >= syncEvery && !this.syncing) {
      this.unsynced = 0;
      // Not awaited: writing goes on meanwhile. A failure is kept for settle(): the kernel reports a
      // write-back error once, so the final fsync through another descriptor might not see it again.
      this.syncing = this.file
        .datasync()
        .catch(
          (error: unknown) => (this.syncError ??= error instanceof Error ? error : new Error(String(error))),
        )
        .then(() => (this.syncing = undefined));
    }
  }

  /** Waits for a background sync, so that the file can be closed; throws what one of them met. */
  async settle(): Promise<void> {
    await this.syncing;
    if (this.syncError !== undefined) throw this.syncError;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** What is left of `buffers` after a (possibly short) writev of `written` bytes. */
function skipWritten(buffers: Buffer[], written: number): Buffer[] {
  let left = written;
  const rest: Buffer[] = [];
  for (const buffer of buffers) {
    if (left >= buffer.length) left -= buffer.length;
    else {
      rest.push(left > 0 ? buffer.subarray(left) : buffer);
      left = 0;
    }
  }
  return rest;
}

export async function writeZip(
  entries: AsyncIterable<ArchiveEntry>,
  destination: string,
  onProgress?: ZipProgress,
): Promise<ZipResult> {
  const file = await open(destination, 'w', 0o600);
  const output = new OrderedOutput(file);
  const central: CentralEntry[] = [];
  const listed: ZipResult['entries'] = [];
  const deflaters = new Deflaters(level, maxJobs);
  const blocks = new BlockPool(blockSize, maxJobs + 2);
  let bytesRead = 0;
  try {
    for await (const entry of entries) {
      const listing = { name: entry.type === 'directory' ? `${entry.name}/` : entry.name, size: 0 };
      listed.push(listing);
      await addEntry(
        output,
        central,
        entry,
        listing,
        (n) => {
          bytesRead += n;
          onProgress?.(bytesRead);
        },
        deflaters,
        blocks,
      );
    }
    await output.drain();
    const directoryOffset = output.offset;
    const records = central.map(centralRecord);
    const directorySize = records.reduce((sum, record) => sum + record.length, 0);
    output.push({
      data: Promise.resolve([...records, endRecords(central.length, directoryOffset, directorySize)]),
      bytes: 0,
    });
    await output.drain();
    await output.settle();
  } finally {
    deflaters.close();
    await output.settle().catch(() => undefined);
    await file.close();
  }
  await fsyncPath(destination);
  return { sizeBytes: output.offset, sha256: output.digest(), bytesRead, entries: listed };
}

function typeBits(entry: ArchiveEntry): number {
  return entry.type === 'directory' ? 0o040000 : entry.type === 'symlink' ? 0o120000 : 0o100000;
}

/** Queues one entry; `listing.size` gets the bytes read from its source once they are known. */
async function addEntry(
  output: OrderedOutput,
  central: CentralEntry[],
  entry: ArchiveEntry,
  listing: { size: number },
  counted: (n: number) => void,
  deflaters: Deflaters,
  blocks: BlockPool,
): Promise<void> {
  const nameText = entry.type === 'directory' ? `${entry.name}/` : entry.name;
  const name = Buffer.from(nameText, 'utf8');
  // One object per entry lives until the end (the central directory): built with one fixed shape, since
  // spreading and assigning into it left V8 with dictionary-mode objects of ~800 bytes each.
  const record: CentralEntry = {
    name,
    utf8: name.length !== nameText.length || /[^\x20-\x7e]/.test(nameText),
    method: entry.type === 'file' && !entry.store ? Method.Deflate : Method.Store,
    descriptor: entry.type === 'file',
    crc32: 0,
    compressedSize: 0,
    size: 0,
    offset: 0,
    mode: typeBits(entry) | (entry.mode & 0o7777),
    mtime: entry.mtime,
  };
  if (entry.type !== 'file') {
    const content = entry.type === 'symlink' ? Buffer.from(entry.target, 'utf8') : Buffer.alloc(0);
    record.crc32 = crc32(content);
    record.compressedSize = content.length;
    record.size = content.length;
    central.push(record);
    output.push({
      data: Promise.resolve([localHeader(record), content]),
      bytes: 0,
      written: (offset) => (record.offset = offset),
    });
    await output.drain(inFlight);
    return;
  }

  const method = record.method;
  central.push(record);
  output.push({
    data: Promise.resolve([localHeader(record)]),
    bytes: 0,
    written: (offset) => (record.offset = offset),
  });
  if (entry.size !== undefined && entry.size <= blockSize) {
    // A small file is read, checked and compressed in the background while the next ones start: with
    // thousands of files, waiting for each read in turn would leave the cores idle.
    const content = readSmall(entry, counted);
    const data = content.then(({ block }) =>
      method === Method.Store ? [block] : deflaters.deflate(block, true),
    );
    output.push({ data, bytes: entry.size });
    output.push({
      data: Promise.all([content, data]).then(([read, compressed]) => {
        record.crc32 = read.crc;
        record.size = read.block.length;
        record.compressedSize = lengthOf(compressed);
        listing.size = read.block.length;
        return [dataDescriptor(read.crc, record.compressedSize, read.block.length)];
      }),
      bytes: 0,
    });
    await output.drain(inFlight);
    return;
  }
  // Sizes only: keeping the compressed blocks themselves until the entry ends would hold a whole large
  // file in memory.
  const compressedSizes: Promise<number>[] = [];
  const submit = async (block: Buffer, final: boolean) => {
    const data = method === Method.Store ? Promise.resolve([block]) : deflaters.deflate(block, final);
    compressedSizes.push(data.then(lengthOf));
    output.push({ data, bytes: block.length });
    await output.drain(inFlight);
  };

  let crc = 0;
  let size = 0;
  const reader = method === Method.Deflate ? await openReader(entry) : undefined;
  if (reader) {
    // Read into reused blocks, each given back once its output is written (stored blocks are views of it).
    try {
      for (;;) {
        const block = await blocks.acquire();
        let length: number;
        try {
          length = await reader.read(block);
        } catch (error) {
          blocks.release(block);
          throw await readFailure(entry, error);
        }
        const data = block.subarray(0, length);
        crc = crc32(data, crc);
        size += length;
        counted(length);
        const final = length < block.length;
        const compressed = deflaters.deflate(data, final);
        compressedSizes.push(compressed.then(lengthOf));
        output.push({ data: compressed, bytes: length, release: () => blocks.release(block) });
        await output.drain(inFlight);
        if (final) break;
      }
    } finally {
      await reader.close();
    }
  } else {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const source = entry.open();
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        counted(chunk.length);
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes >= blockSize) {
          const block = pending.length === 1 ? chunk : Buffer.concat(pending, pendingBytes);
          pending = [];
          pendingBytes = 0;
          await submit(block, false);
        }
      }
    } catch (error) {
      source.destroy();
      throw await readFailure(entry, error);
    }
    await submit(pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes), true);
  }
  await entry.finish?.(size);
  record.crc32 = crc >>> 0;
  record.size = size;
  const descriptor = Promise.all(compressedSizes).then((sizes) => {
    record.compressedSize = sizes.reduce((sum, part) => sum + part, 0);
    return [dataDescriptor(record.crc32, record.compressedSize, size)];
  });
  output.push({ data: descriptor, bytes: 0 });
  listing.size = size;
  await output.drain(inFlight);
}

async function openReader(entry: FileEntry): Promise<BlockReader | undefined> {
  try {
    return await entry.openReader?.();
  } catch (error) {
    throw await readFailure(entry, error);
  }
}

/** Reads a small entry whole, with its CRC; errors become the entry's own message. */
async function readSmall(
  entry: FileEntry,
  counted: (n: number) => void,
): Promise<{ block: Buffer; crc: number }> {
  const chunks: Buffer[] = [];
  const source = entry.open();
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      counted(chunk.length);
    }
  } catch (error) {
    source.destroy();
    throw await readFailure(entry, error);
  }
  const block = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
  await entry.finish?.(block.length);
  return { block, crc: crc32(block) };
}

async function readFailure(entry: FileEntry, error: unknown): Promise<Error> {
  const failure = error as NodeJS.ErrnoException;
  const plain = new UserError(`cannot read ${entry.name}: ${failure.code ?? failure.message}`, {
    exitCode: ExitCode.failed,
  });
  return entry.explain ? await entry.explain(failure).catch(() => plain) : plain;
}
