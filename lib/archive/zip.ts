// The archive step: our own streaming zip writer (zip-format.ts), compressing on both cores. Each file
// is cut into 1 MiB blocks; every block is deflated on libuv's thread pool independently (ending in a
// sync flush, the last in a final block, as pigz -i does), so that several blocks — of one large file or
// of many small ones — compress at once while the next are read, and are written in order. CRC-32 and
// the archive's sha256 are computed as the data passes. Memory stays bounded by the blocks in flight.
// archiver compressed one entry at a time on one core; docs/benchmarks.md has the figures.
// A file its source leaves out as it is opened (swapped since the walk) is dropped from the zip and the
// list; a hard link is written as a link to its first name, or in full when that name was left out.
import { crc32 } from 'node:zlib';
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { posix } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { fsyncPath } from '../fsync.js';
import { BlockPool } from './block-pool.js';
import { Deflaters, lengthOf } from './deflaters.js';
import { OrderedOutput } from './ordered-output.js';
import { openReader, readFailure, readSmall } from './read-source.js';
import type { ArchiveEntry, FileEntry } from '../sources/source.js';
import {
  centralDirectory,
  dataDescriptor,
  endRecords,
  localHeader,
  MAX32,
  Method,
  wideDescriptor,
  type CentralEntry,
} from './zip-format.js';
import { storedBlocks } from './stored-blocks.js';

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
/** What every entry of one archive is written with. */
interface Writing {
  output: OrderedOutput;
  central: CentralEntry[];
  deflaters: Deflaters;
  blocks: BlockPool;
  counted: (n: number) => void;
  /** Whether each file that later entries may link to was stored (false: left out when opened). */
  linkTargets: Map<string, Promise<boolean>>;
}

/** A listed entry that turned out to be left out: dropped from the manifest's list. */
const LEFT_OUT = -1;

export async function writeZip(
  entries: AsyncIterable<ArchiveEntry>,
  destination: string,
  onProgress?: ZipProgress,
): Promise<ZipResult> {
  const file = await open(destination, 'w', 0o600);
  const output = new OrderedOutput(file, maxJobs);
  const listed: ZipResult['entries'] = [];
  let bytesRead = 0;
  const writing: Writing = {
    output,
    central: [],
    deflaters: new Deflaters(level, maxJobs),
    blocks: new BlockPool(blockSize, maxJobs + 2),
    counted: (n) => {
      bytesRead += n;
      onProgress?.(bytesRead);
    },
    linkTargets: new Map(),
  };
  try {
    for await (const entry of entries) {
      const listing = { name: entry.type === 'directory' ? `${entry.name}/` : entry.name, size: 0 };
      listed.push(listing);
      await addEntry(writing, entry, listing);
    }
    await output.drain();
    const directoryOffset = output.offset;
    const central = writing.central.filter((record) => record.offset !== LEFT_OUT);
    const records = centralDirectory(central);
    const directorySize = records.reduce((sum, record) => sum + record.length, 0);
    output.push({
      data: Promise.resolve([...records, endRecords(central.length, directoryOffset, directorySize)]),
      bytes: 0,
    });
    await output.drain();
    await output.settle();
  } finally {
    writing.deflaters.close();
    await output.settle().catch(() => undefined);
    await file.close();
  }
  await fsyncPath(destination);
  const kept = listed.filter((listing) => listing.size !== LEFT_OUT);
  return { sizeBytes: output.offset, sha256: output.digest(), bytesRead, entries: kept };
}

const S_IFDIR = 0o040000;
const S_IFLNK = 0o120000;
const S_IFREG = 0o100000;

/**
 * A central record for `entry` with zero sizes. One object per entry lives until the end (the central
 * directory): built with one fixed shape, since spreading and assigning into it left V8 with
 * dictionary-mode objects of ~800 bytes each.
 */
function newRecord(
  entry: ArchiveEntry,
  how: { method: Method; descriptor: boolean; zip64: boolean },
): CentralEntry {
  const nameText = entry.type === 'directory' ? `${entry.name}/` : entry.name;
  const name = Buffer.from(nameText, 'utf8');
  const type = entry.type === 'directory' ? S_IFDIR : entry.type === 'file' ? S_IFREG : S_IFLNK;
  return {
    name,
    utf8: name.length !== nameText.length || /[^\x20-\x7e]/.test(nameText),
    method: how.method,
    descriptor: how.descriptor,
    zip64: how.zip64,
    crc32: 0,
    compressedSize: 0,
    size: 0,
    offset: 0,
    // A hard link is a symlink to readers that do not know our field: 0777 like any symlink.
    mode: type | (entry.type === 'hardlink' ? 0o777 : entry.mode & 0o7777),
    mtime: entry.mtime,
    uid: entry.uid,
    gid: entry.gid,
    rawName: entry.rawName,
    hardLink: entry.type === 'hardlink' ? entry.target : undefined,
  };
}

/** Queues one entry; `listing.size` gets what its zip entry holds once that is known. */
async function addEntry(writing: Writing, entry: ArchiveEntry, listing: { size: number }): Promise<void> {
  if (entry.type === 'file') return addFile(writing, entry, listing);
  let content: Buffer;
  if (entry.type === 'hardlink') {
    const stored = writing.linkTargets.get(entry.target);
    if (stored !== undefined && !(await stored)) {
      // The first name was left out (replaced as it was opened): this one keeps its own content.
      if (!entry.fallback)
        throw new Error(`${entry.name}: hard link to ${entry.target}, which was not stored`);
      const { name, rawName } = entry; // as renamed apart from others, if it was
      return addFile(writing, { ...entry.fallback, name, ...(rawName ? { rawName } : {}) }, listing);
    }
    // Relative, so that the link works wherever the archive is extracted.
    content = Buffer.from(posix.relative(posix.dirname(entry.name), entry.target), 'utf8');
  } else content = entry.type === 'symlink' ? Buffer.from(entry.target, 'utf8') : Buffer.alloc(0);
  const record = newRecord(entry, { method: Method.Store, descriptor: false, zip64: false });
  record.crc32 = crc32(content);
  record.compressedSize = content.length;
  record.size = content.length;
  listing.size = content.length;
  writing.central.push(record);
  writing.output.push({
    data: Promise.resolve([localHeader(record), content]),
    bytes: 0,
    written: (offset) => (record.offset = offset),
  });
  await writing.output.drain(inFlight);
}

/**
 * Files listed this close below 4 GiB are kept in deflate's stored blocks, whose compressed size is
 * known ahead (5 bytes per 64 KiB more): the local header's zip64 field must be chosen before the data,
 * and must agree with the descriptor Java reads, which is 8-byte iff a size passes 0xFFFFFFFF. Below
 * this window no deflate output can pass 0xFFFFFFFF (zlib's worst case adds ~0.03%, 1.3 MiB at 4 GiB).
 */
const nearLimit = 16 * 1024 * 1024;
const storedBlock = 0xffff;

/** The compressed size of `size` bytes read in blocks of blockSize and kept as stored blocks. */
export function storedLength(size: number): number {
  const full = Math.floor(size / blockSize);
  const rest = size - full * blockSize;
  return (
    size + full * 5 * Math.ceil(blockSize / storedBlock) + 5 * Math.max(1, Math.ceil(rest / storedBlock))
  );
}

/**
 * How a file larger than one block is written. Always deflate (Java's ZipInputStream refuses a stored
 * entry with a descriptor): `store` and files near 4 GiB as stored blocks. A known size decides the
 * local zip64 field up front; a stream of unknown size (a dump) has none and a descriptor as wide as
 * its final sizes need, as Java's ZipOutputStream writes it.
 */
export function streamedLayout(
  size: number | undefined,
  store: boolean,
): { storeOnly: boolean; zip64: boolean } {
  if (size === undefined) return { storeOnly: store, zip64: false };
  const storeOnly = store || (size > MAX32 - nearLimit && size <= MAX32);
  const zip64 = size > MAX32 || (storeOnly && storedLength(size) > MAX32);
  return { storeOnly, zip64 };
}

async function addFile(writing: Writing, entry: FileEntry, listing: { size: number }): Promise<void> {
  if (entry.size !== undefined && entry.size <= blockSize)
    return addSmallFile(writing, entry, listing, entry.store ? Method.Store : Method.Deflate);
  const { output, deflaters, blocks, counted } = writing;
  const reader = entry.openReader ? await openReader(entry) : undefined;
  if (entry.openReader && !reader) {
    listing.size = LEFT_OUT;
    if (entry.linkable) writing.linkTargets.set(entry.name, Promise.resolve(false));
    return;
  }
  if (entry.linkable) writing.linkTargets.set(entry.name, Promise.resolve(true));
  const { storeOnly, zip64 } = streamedLayout(entry.size, entry.store === true);
  /** A known size fixed the local header: its sizes may not pass 4 GiB unless it has zip64. */
  const limited = entry.size !== undefined && !zip64;
  const compress = (data: Buffer, final: boolean): Promise<Buffer[]> =>
    storeOnly ? Promise.resolve(storedBlocks(data, final)) : deflaters.deflate(data, final);
  const record = newRecord(entry, { method: Method.Deflate, descriptor: true, zip64 });
  writing.central.push(record);
  output.push({
    data: Promise.resolve([localHeader(record)]),
    bytes: 0,
    written: (offset) => (record.offset = offset),
  });
  // Sizes only: keeping the compressed blocks themselves until the entry ends would hold a whole large
  // file in memory.
  const compressedSizes: Promise<number>[] = [];
  const submit = async (block: Buffer, final: boolean) => {
    const data = compress(block, final);
    compressedSizes.push(sizeOf(data));
    output.push({ data, bytes: block.length });
    await output.drain(inFlight);
  };

  let crc = 0;
  let size = 0;
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
        if (limited && size > MAX32) {
          blocks.release(block);
          throw grewPast4GiB(entry);
        }
        const final = length < block.length;
        const compressed = compress(data, final);
        compressedSizes.push(sizeOf(compressed));
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
        if (limited && size > MAX32) throw grewPast4GiB(entry);
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
      throw error instanceof UserError ? error : await readFailure(entry, error);
    }
    await submit(pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes), true);
  }
  await entry.finish?.(size);
  record.crc32 = crc >>> 0;
  record.size = size;
  const descriptor = Promise.all(compressedSizes).then((sizes) => {
    record.compressedSize = sizes.reduce((sum, part) => sum + part, 0);
    if (entry.size !== undefined && wideDescriptor(record) !== zip64)
      throw zip64 ? shrankBelow4GiB(entry, record) : grewPast4GiB(entry);
    return [dataDescriptor(record)];
  });
  output.push({ data: descriptor, bytes: 0 });
  listing.size = size;
  await output.drain(inFlight);
}

/**
 * A small file is read, checked and compressed in the background while the next ones start: with
 * thousands of files, waiting for each read in turn would leave the cores idle. Its local header waits
 * for the result, so it holds the final CRC and sizes and needs no data descriptor.
 */
async function addSmallFile(
  writing: Writing,
  entry: FileEntry,
  listing: { size: number },
  method: Method,
): Promise<void> {
  const { output, deflaters } = writing;
  const record = newRecord(entry, { method, descriptor: false, zip64: false });
  writing.central.push(record);
  const content = readSmall(entry, writing.counted);
  if (entry.linkable)
    writing.linkTargets.set(
      entry.name,
      content.then(
        (read) => read !== undefined,
        () => false,
      ),
    );
  const data = content.then((read) =>
    read === undefined ? [] : method === Method.Store ? [read.block] : deflaters.deflate(read.block, true),
  );
  const header = Promise.all([content, data]).then(([read, compressed]) => {
    if (read === undefined) {
      record.offset = LEFT_OUT;
      listing.size = LEFT_OUT;
      return [];
    }
    record.crc32 = read.crc;
    record.size = read.block.length;
    record.compressedSize = lengthOf(compressed);
    listing.size = read.block.length;
    return [localHeader(record)];
  });
  output.push({
    data: header,
    bytes: 0,
    written: (offset) => {
      if (record.offset !== LEFT_OUT) record.offset = offset;
    },
  });
  output.push({ data, bytes: entry.size ?? 0 });
  await output.drain(inFlight);
}

function shrankBelow4GiB(entry: FileEntry, record: CentralEntry): UserError {
  return new UserError(
    `${entry.name} shrank below 4 GiB while it was read (listed at ${entry.size ?? 0} bytes, read ${record.size}): its zip entry was begun with zip64, which streaming readers would misread`,
    { exitCode: ExitCode.failed, hint: 'run the backup again once the file has stopped changing' },
  );
}

function grewPast4GiB(entry: FileEntry): UserError {
  return new UserError(
    `${entry.name} grew past 4 GiB while it was read (listed at ${entry.size ?? 0} bytes): its zip entry was begun without zip64`,
    { exitCode: ExitCode.failed, hint: 'run the backup again once the file has stopped growing' },
  );
}

/**
 * The length of compressed blocks, handled at once: if the entry fails before it awaits them all, a
 * block that fails later must not become an unhandled rejection (which would end the process).
 */
function sizeOf(compressed: Promise<Buffer[]>): Promise<number> {
  const size = compressed.then(lengthOf);
  size.catch(() => undefined);
  return size;
}
