// The byte layout of a zip (APPNOTE 6.3): local headers, data descriptors, central directory records and
// the end records. Pure functions from numbers to Buffers.
//
// zip64 (APPNOTE 4.5.3): a size or offset of 0xFFFFFFFF or more is written as 0xFFFFFFFF with the value
// in the zip64 field, in the order uncompressed size, compressed size, offset; in the central directory
// only the values that need it. A data descriptor has 8-byte sizes only when a size exceeds 0xFFFFFFFF
// (Java's ZipInputStream reads it so), and a file's local header carries a zip64 field exactly then
// (APPNOTE 4.3.9.2 readers go by that field); a stream of unknown size has none, as Java writes it. Small files are written with their final values and no
// descriptor at all. Unix modes go in the external attributes; the mtime in the DOS fields (UTC, to two
// seconds, 1980–2107), in Info-ZIP's "UT" (seconds, up to 2038 only) and in an NTFS field
// (milliseconds, any year); the owner in Info-ZIP's "ux".
import {
  ExtraId,
  fieldLength,
  writeBytesField,
  writeExtendedTimestamp,
  writeNtfs,
  writeUnixOwner,
} from './extra-fields.js';

export const enum Method {
  Store = 0,
  Deflate = 8,
}

export interface CentralEntry {
  name: Buffer;
  utf8: boolean;
  method: Method;
  /** Whether a data descriptor follows the data (large files); other entries have final values. */
  descriptor: boolean;
  /** With a descriptor: the local header has a zip64 field (its descriptor will have 8-byte sizes). */
  zip64: boolean;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** Full st_mode: type and permission bits. */
  mode: number;
  mtime: Date;
  uid: number | undefined;
  gid: number | undefined;
  /** The path's bytes on disk, when the name does not say them (private field, for our restore). */
  rawName: Buffer | undefined;
  /** The stored name of the file this entry is a hard link of (private field, for our restore). */
  hardLink: string | undefined;
}

export const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const VERSION_DEFAULT = 20;
const VERSION_ZIP64 = 45;
const MADE_BY_UNIX = (3 << 8) | VERSION_ZIP64;

/** DOS date and time (UTC), truncated to even seconds; out of range they clamp to 1980-01-01 or 2107's end. */
export function dosDateTime(mtime: Date): { time: number; date: number } {
  const year = mtime.getUTCFullYear();
  if (!(year >= 1980)) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 };
  return {
    time: (mtime.getUTCHours() << 11) | (mtime.getUTCMinutes() << 5) | (mtime.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((mtime.getUTCMonth() + 1) << 5) | mtime.getUTCDate(),
  };
}

type Extras = Pick<CentralEntry, 'mtime' | 'uid' | 'gid' | 'rawName' | 'hardLink'>;

/** The hard link field's body (a hard link entry is rare: encoded when needed, not kept). */
function hardLinkBody(entry: Extras): Buffer | undefined {
  return entry.hardLink === undefined ? undefined : Buffer.from(entry.hardLink, 'utf8');
}

/**
 * Whether the UT field is written: not after 2038-01-19, which it cannot hold. Clamped there, unzip and
 * bsdtar would restore 2038; without it they take the NTFS field or the DOS time, which are right.
 * (Before 1901 it is clamped: nearer than DOS's 1980.)
 */
function writesExtendedTimestamp(mtime: Date): boolean {
  return mtime.getTime() < 2 ** 31 * 1000;
}

/** Length of the fields after zip64, the same in the local header and the central record. */
function extrasLength(entry: Extras, hardLink: Buffer | undefined): number {
  return (
    (writesExtendedTimestamp(entry.mtime) ? fieldLength.extendedTimestamp : 0) +
    fieldLength.ntfs +
    (entry.uid !== undefined && entry.gid !== undefined ? fieldLength.unixOwner : 0) +
    (entry.rawName ? 4 + entry.rawName.length : 0) +
    (hardLink ? 4 + hardLink.length : 0)
  );
}

/** Writes those fields at `at`: times (UT, NTFS), owner (ux), then our private raw name and hard link. */
function writeExtras(target: Buffer, at: number, entry: Extras, hardLink: Buffer | undefined): number {
  if (writesExtendedTimestamp(entry.mtime)) at = writeExtendedTimestamp(target, at, entry.mtime);
  at = writeNtfs(target, at, entry.mtime);
  if (entry.uid !== undefined && entry.gid !== undefined)
    at = writeUnixOwner(target, at, entry.uid, entry.gid);
  if (entry.rawName) at = writeBytesField(target, at, ExtraId.rawName, entry.rawName);
  if (hardLink) at = writeBytesField(target, at, ExtraId.hardLink, hardLink);
  return at;
}

/** Writes a zip64 field holding `values` (8 bytes each) at `at`, nothing when there are none. */
function writeZip64(target: Buffer, at: number, values: readonly number[]): number {
  if (values.length === 0) return at;
  target.writeUInt16LE(ExtraId.zip64, at);
  target.writeUInt16LE(values.length * 8, at + 2);
  values.forEach((value, i) => target.writeBigUInt64LE(BigInt(value), at + 4 + i * 8));
  return at + 4 + values.length * 8;
}

function flags(entry: { utf8: boolean; descriptor: boolean }): number {
  return (entry.descriptor ? 0x0008 : 0) | (entry.utf8 ? 0x0800 : 0);
}

/**
 * A local header. With a descriptor, CRC and sizes are zero here (zip64: 0xFFFFFFFF, with a zip64 field
 * of zeros holding both sizes, as APPNOTE 4.3.9 asks); without, they are the final values.
 */
export function localHeader(entry: Omit<CentralEntry, 'offset'>): Buffer {
  if (!entry.descriptor && (entry.size >= MAX32 || entry.compressedSize >= MAX32))
    throw new RangeError(`${entry.name.toString()}: final sizes in a local header must be below 4 GiB`);
  const zip64 = entry.descriptor && entry.zip64;
  const { time, date } = dosDateTime(entry.mtime);
  const hardLink = hardLinkBody(entry);
  const extraLength = (zip64 ? 20 : 0) + extrasLength(entry, hardLink);
  const header = Buffer.allocUnsafe(30 + entry.name.length + extraLength);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFAULT, 4);
  header.writeUInt16LE(flags(entry), 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(time, 10);
  header.writeUInt16LE(date, 12);
  header.writeUInt32LE(entry.descriptor ? 0 : entry.crc32 >>> 0, 14);
  header.writeUInt32LE(zip64 ? MAX32 : entry.descriptor ? 0 : entry.compressedSize, 18);
  header.writeUInt32LE(zip64 ? MAX32 : entry.descriptor ? 0 : entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(extraLength, 28);
  entry.name.copy(header, 30);
  const at = writeZip64(header, 30 + entry.name.length, zip64 ? [0, 0] : []);
  if (writeExtras(header, at, entry, hardLink) !== header.length) throw new Error('local header length');
  return header;
}

/**
 * Whether a data descriptor holds 8-byte sizes: only when a size exceeds 0xFFFFFFFF. Java's
 * ZipInputStream decides so from the bytes it inflated and read, whatever the local header says (and
 * Java's ZipOutputStream writes so); a local header's zip64 field must then agree (see zip.ts).
 */
export function wideDescriptor(entry: { compressedSize: number; size: number }): boolean {
  return entry.size > MAX32 || entry.compressedSize > MAX32;
}

/** The data descriptor after a streamed entry's data: 4-byte sizes, 8-byte ones when wideDescriptor. */
export function dataDescriptor(entry: { crc32: number; compressedSize: number; size: number }): Buffer {
  if (!wideDescriptor(entry)) {
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc32 >>> 0, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    return descriptor;
  }
  const descriptor = Buffer.alloc(24);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(entry.crc32 >>> 0, 4);
  descriptor.writeBigUInt64LE(BigInt(entry.compressedSize), 8);
  descriptor.writeBigUInt64LE(BigInt(entry.size), 16);
  return descriptor;
}

/**
 * One central directory record. `bothSizes`: a zip64 field, if one is needed at all, carries both sizes
 * (each 0xFFFFFFFF in the record) even when only the offset needs it — see centralDirectory.
 */
export function centralRecord(entry: CentralEntry, bothSizes = false): Buffer {
  const { time, date } = dosDateTime(entry.mtime);
  const anyWide = entry.size >= MAX32 || entry.compressedSize >= MAX32 || entry.offset >= MAX32;
  const wideSize = entry.size >= MAX32 || (bothSizes && anyWide);
  const wideCompressed = entry.compressedSize >= MAX32 || (bothSizes && anyWide);
  const wideOffset = entry.offset >= MAX32;
  const values = [
    ...(wideSize ? [entry.size] : []),
    ...(wideCompressed ? [entry.compressedSize] : []),
    ...(wideOffset ? [entry.offset] : []),
  ];
  const hardLink = hardLinkBody(entry);
  const extraLength = (values.length ? 4 + values.length * 8 : 0) + extrasLength(entry, hardLink);
  const version = anyWide || (entry.descriptor && entry.zip64) ? VERSION_ZIP64 : VERSION_DEFAULT;
  const record = Buffer.allocUnsafe(46 + entry.name.length + extraLength);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(MADE_BY_UNIX, 4);
  record.writeUInt16LE(version, 6);
  record.writeUInt16LE(flags(entry), 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(time, 12);
  record.writeUInt16LE(date, 14);
  record.writeUInt32LE(entry.crc32 >>> 0, 16);
  record.writeUInt32LE(wideCompressed ? MAX32 : entry.compressedSize, 20);
  record.writeUInt32LE(wideSize ? MAX32 : entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt16LE(extraLength, 30);
  record.writeUInt16LE(0, 32); // comment
  record.writeUInt16LE(0, 34); // disk
  record.writeUInt16LE(0, 36); // internal attributes
  const directory = (entry.mode & 0o170000) === 0o040000;
  record.writeUInt32LE((((entry.mode & 0xffff) << 16) | (directory ? 0x10 : 0)) >>> 0, 38);
  record.writeUInt32LE(wideOffset ? MAX32 : entry.offset, 42);
  entry.name.copy(record, 46);
  const at = writeZip64(record, 46 + entry.name.length, values);
  if (writeExtras(record, at, entry, hardLink) !== record.length) throw new Error('central record length');
  return record;
}

/**
 * The central directory records, in order. Info-ZIP's unzip 6.0 (and `zip -T`, which runs it) decides
 * which values a zip64 field holds from the record *and* the sizes it resolved for an earlier entry: once
 * some entry's real size or compressed size was exactly 0xFFFFFFFF, it reads the next zip64 field as
 * starting with both sizes — and takes the offset of a small file after it for its size. So after such an
 * entry, every zip64 field carries both sizes (marked 0xFFFFFFFF in the record, as APPNOTE allows), and
 * unzip reads them right whatever it remembers.
 */
export function centralDirectory(entries: readonly CentralEntry[]): Buffer[] {
  let afterSentinel = false;
  return entries.map((entry) => {
    const record = centralRecord(entry, afterSentinel);
    if (entry.size === MAX32 || entry.compressedSize === MAX32) afterSentinel = true;
    return record;
  });
}

/** The end records: zip64 end and locator when counts or offsets need them, then the classic end. */
export function endRecords(count: number, directoryOffset: number, directorySize: number): Buffer {
  const needs64 = count >= MAX16 || directoryOffset >= MAX32 || directorySize >= MAX32;
  const parts: Buffer[] = [];
  if (needs64) {
    const end64 = Buffer.alloc(56);
    end64.writeUInt32LE(0x06064b50, 0);
    end64.writeBigUInt64LE(44n, 4);
    end64.writeUInt16LE(MADE_BY_UNIX, 12);
    end64.writeUInt16LE(VERSION_ZIP64, 14);
    end64.writeUInt32LE(0, 16);
    end64.writeUInt32LE(0, 20);
    end64.writeBigUInt64LE(BigInt(count), 24);
    end64.writeBigUInt64LE(BigInt(count), 32);
    end64.writeBigUInt64LE(BigInt(directorySize), 40);
    end64.writeBigUInt64LE(BigInt(directoryOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeUInt32LE(0, 4);
    locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(end64, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0, 4);
  end.writeUInt16LE(0, 6);
  // A value too large for its field is 0xFFFF… there (APPNOTE 4.4.1.4): the zip64 end holds it.
  end.writeUInt16LE(Math.min(count, MAX16), 8);
  end.writeUInt16LE(Math.min(count, MAX16), 10);
  end.writeUInt32LE(Math.min(directorySize, MAX32), 12);
  end.writeUInt32LE(Math.min(directoryOffset, MAX32), 16);
  end.writeUInt16LE(0, 20);
  parts.push(end);
  return Buffer.concat(parts);
}
