// The byte layout of a zip (APPNOTE 6.3): local headers, data descriptors, central directory records and
// the end records, with zip64 where sizes or offsets need it. Pure functions from numbers to Buffers.
//
// Every file is written the streaming way: a local header with a zip64 extra field of zeros and flag bit
// 3, the data, then a data descriptor with 8-byte sizes; the central directory holds the real values
// (zip64 only where they exceed 32 bits). Unix modes go in the external attributes, the exact mtime in
// an Info-ZIP "UT" extra field next to the DOS time (kept in UTC, to two seconds).

export const enum Method {
  Store = 0,
  Deflate = 8,
}

export interface CentralEntry {
  name: Buffer;
  utf8: boolean;
  method: Method;
  /** Whether a data descriptor follows the data (files); directories and links have none. */
  descriptor: boolean;
  crc32: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** Full st_mode: type and permission bits. */
  mode: number;
  mtime: Date;
}

const MAX32 = 0xffffffff;
const MAX16 = 0xffff;
const VERSION_ZIP64 = 45;
const MADE_BY_UNIX = (3 << 8) | VERSION_ZIP64;

function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.max(1980, Math.min(2107, date.getUTCFullYear()));
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Info-ZIP extended timestamp (0x5455): the mtime in seconds, UTC. */
function timestampExtra(mtime: Date): Buffer {
  const extra = Buffer.alloc(9);
  extra.writeUInt16LE(0x5455, 0);
  extra.writeUInt16LE(5, 2);
  extra.writeUInt8(1, 4); // mtime present
  const seconds = Math.floor(mtime.getTime() / 1000);
  extra.writeInt32LE(Math.max(-0x80000000, Math.min(0x7fffffff, seconds)), 5);
  return extra;
}

function flags(entry: { utf8: boolean; descriptor: boolean }): number {
  return (entry.descriptor ? 0x0008 : 0) | (entry.utf8 ? 0x0800 : 0);
}

/**
 * A local header. With `descriptor`, CRC and sizes are zero here and a zip64 extra field of zeros
 * announces the 8-byte sizes of the data descriptor; without, the values are final (small entries).
 */
export function localHeader(entry: Omit<CentralEntry, 'offset'>): Buffer {
  const { time, date } = dosDateTime(entry.mtime);
  const zip64 = Buffer.alloc(entry.descriptor ? 20 : 0);
  if (entry.descriptor) {
    zip64.writeUInt16LE(0x0001, 0);
    zip64.writeUInt16LE(16, 2);
  }
  const extra = Buffer.concat([zip64, timestampExtra(entry.mtime)]);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION_ZIP64, 4);
  header.writeUInt16LE(flags(entry), 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(time, 10);
  header.writeUInt16LE(date, 12);
  header.writeUInt32LE(entry.descriptor ? 0 : entry.crc32 >>> 0, 14);
  header.writeUInt32LE(entry.descriptor ? MAX32 : entry.compressedSize, 18);
  header.writeUInt32LE(entry.descriptor ? MAX32 : entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(extra.length, 28);
  return Buffer.concat([header, entry.name, extra]);
}

/** The data descriptor after a streamed entry's data: always with 8-byte sizes (zip64 form). */
export function dataDescriptor(crc32: number, compressedSize: number, size: number): Buffer {
  const descriptor = Buffer.alloc(24);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc32 >>> 0, 4);
  descriptor.writeBigUInt64LE(BigInt(compressedSize), 8);
  descriptor.writeBigUInt64LE(BigInt(size), 16);
  return descriptor;
}

export function centralRecord(entry: CentralEntry): Buffer {
  const { time, date } = dosDateTime(entry.mtime);
  const wide = [entry.size, entry.compressedSize, entry.offset].map((value) => value >= MAX32);
  const values = [entry.size, entry.compressedSize, entry.offset].filter((_, i) => wide[i]);
  const zip64 = Buffer.alloc(values.length ? 4 + values.length * 8 : 0);
  if (values.length) {
    zip64.writeUInt16LE(0x0001, 0);
    zip64.writeUInt16LE(values.length * 8, 2);
    values.forEach((value, i) => zip64.writeBigUInt64LE(BigInt(value), 4 + i * 8));
  }
  const extra = Buffer.concat([zip64, timestampExtra(entry.mtime)]);
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(MADE_BY_UNIX, 4);
  record.writeUInt16LE(VERSION_ZIP64, 6);
  record.writeUInt16LE(flags(entry), 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(time, 12);
  record.writeUInt16LE(date, 14);
  record.writeUInt32LE(entry.crc32 >>> 0, 16);
  record.writeUInt32LE(wide[1] ? MAX32 : entry.compressedSize, 20);
  record.writeUInt32LE(wide[0] ? MAX32 : entry.size, 24);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt16LE(extra.length, 30);
  record.writeUInt16LE(0, 32); // comment
  record.writeUInt16LE(0, 34); // disk
  record.writeUInt16LE(0, 36); // internal attributes
  const directory = (entry.mode & 0o170000) === 0o040000;
  record.writeUInt32LE((((entry.mode & 0xffff) << 16) | (directory ? 0x10 : 0)) >>> 0, 38);
  record.writeUInt32LE(wide[2] ? MAX32 : entry.offset, 42);
  return Buffer.concat([record, entry.name, extra]);
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
  end.writeUInt16LE(Math.min(count, MAX16), 8);
  end.writeUInt16LE(Math.min(count, MAX16), 10);
  end.writeUInt32LE(Math.min(directorySize, MAX32), 12);
  end.writeUInt32LE(Math.min(directoryOffset, MAX32), 16);
  end.writeUInt16LE(0, 20);
  parts.push(end);
  return Buffer.concat(parts);
}
