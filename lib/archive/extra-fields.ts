// The zip extra fields this tool writes and reads back, in one place: the writer (zip-format.ts) and the
// reader (read-zip.ts) share these encoders and decoders, so the two can never drift apart.
//
// Standard fields (APPNOTE 4.5, Info-ZIP's extrafld.txt) carry what other readers can use: exact and
// 64-bit mtimes, and numeric owners. Two private fields carry what only our restore needs and every
// other reader skips (unknown IDs are ignored by APPNOTE 4.5.1): a name's original bytes on disk, and
// which earlier entry a hard link shares its data with.

export const ExtraId = {
  /** APPNOTE 4.5.3: 64-bit sizes and offset. Encoded in zip-format.ts (it depends on the header). */
  zip64: 0x0001,
  /** APPNOTE 4.5.5: NTFS times as 64-bit FILETIMEs (100 ns since 1601): no 2038 limit. */
  ntfs: 0x000a,
  /** Info-ZIP extended timestamp ("UT"): mtime as a signed 32-bit count of seconds since 1970. */
  extendedTimestamp: 0x5455,
  /** Info-ZIP Unix, third generation ("ux"): numeric uid and gid. */
  unixOwner: 0x7875,
  /**
   * Private: the entry's path as the bytes found on disk (`/`-separated, relative, no trailing slash),
   * written only when they differ from the stored UTF-8 name (not UTF-8, or escaped).
   */
  rawName: 0x6f70,
  /**
   * Private: this entry is a hard link of an earlier file entry, whose stored name (UTF-8, as in its
   * header) is the body. The entry itself is a symlink entry whose target is the relative path to that
   * file, so readers that do not know the field still give a working link to the same content.
   */
  hardLink: 0x6f68,
} as const;

/** One extra field: 2-byte ID, 2-byte length, body. */
export function extraField(id: number, body: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(id, 0);
  header.writeUInt16LE(body.length, 2);
  return Buffer.concat([header, body]);
}

/** The fields of an extra block by ID (the first of each); a truncated tail is ignored. */
export function parseExtraFields(extra: Buffer): Map<number, Buffer> {
  const fields = new Map<number, Buffer>();
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (at + 4 + length > extra.length) break;
    if (!fields.has(id)) fields.set(id, extra.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return fields;
}

/** Writes a field's ID and body length at `at`; returns where the body starts. */
function fieldHeader(target: Buffer, at: number, id: number, length: number): number {
  target.writeUInt16LE(id, at);
  target.writeUInt16LE(length, at + 2);
  return at + 4;
}

// The writers below write a whole field (header and body) into `target` at `at` and return the offset
// after it: the zip writer puts every field of a header into one buffer, without a Buffer per field.

/** The length of the UT, NTFS and ux fields as written here. */
export const fieldLength = { extendedTimestamp: 9, ntfs: 36, unixOwner: 15 } as const;

/**
 * Info-ZIP "UT" field with the mtime only (flag 1), in whole seconds since 1970 — truncated, never
 * rounded up — as a signed 32-bit number: clamped to 1901-12-13 … 2038-01-19 (the NTFS field has more).
 */
export function writeExtendedTimestamp(target: Buffer, at: number, mtime: Date): number {
  const body = fieldHeader(target, at, ExtraId.extendedTimestamp, 5);
  target.writeUInt8(1, body);
  const seconds = Math.floor(mtime.getTime() / 1000);
  target.writeInt32LE(Math.max(-0x80000000, Math.min(0x7fffffff, seconds)), body + 1);
  return body + 5;
}

export function extendedTimestampField(mtime: Date): Buffer {
  const field = Buffer.alloc(fieldLength.extendedTimestamp);
  writeExtendedTimestamp(field, 0, mtime);
  return field;
}

/** The mtime of a "UT" body, or undefined when its flags say there is none. */
export function readExtendedTimestamp(body: Buffer): Date | undefined {
  if (body.length < 5 || (body.readUInt8(0) & 1) === 0) return undefined;
  return new Date(body.readInt32LE(1) * 1000);
}

const FILETIME_EPOCH_MS = -11_644_473_600_000n; // 1601-01-01 in Unix milliseconds
const FILETIME_MAX = 2n ** 64n - 1n;

/** NTFS field with mtime, atime and ctime all set to `mtime` (only the mtime is known to us). */
export function writeNtfs(target: Buffer, at: number, mtime: Date): number {
  const unclamped = (BigInt(mtime.getTime()) - FILETIME_EPOCH_MS) * 10_000n;
  const ticks = unclamped < 0n ? 0n : unclamped > FILETIME_MAX ? FILETIME_MAX : unclamped;
  const body = fieldHeader(target, at, ExtraId.ntfs, 32);
  target.writeUInt32LE(0, body); // reserved
  target.writeUInt16LE(0x0001, body + 4); // tag 1: the three times
  target.writeUInt16LE(24, body + 6);
  for (let i = 0; i < 3; i++) target.writeBigUInt64LE(ticks, body + 8 + i * 8);
  return body + 32;
}

export function ntfsField(mtime: Date): Buffer {
  const field = Buffer.alloc(fieldLength.ntfs);
  writeNtfs(field, 0, mtime);
  return field;
}

/** The mtime of an NTFS field's body, to the millisecond (truncated), or undefined if absent. */
export function readNtfsMtime(body: Buffer): Date | undefined {
  for (let at = 4; at + 4 <= body.length;) {
    const tag = body.readUInt16LE(at);
    const size = body.readUInt16LE(at + 2);
    if (tag === 0x0001 && size >= 8 && at + 12 <= body.length) {
      const ticks = body.readBigUInt64LE(at + 4);
      return new Date(Number(ticks / 10_000n + FILETIME_EPOCH_MS));
    }
    at += 4 + size;
  }
  return undefined;
}

/** Info-ZIP "ux" field: version 1, then uid and gid as 4-byte little-endian numbers. */
export function writeUnixOwner(target: Buffer, at: number, uid: number, gid: number): number {
  const body = fieldHeader(target, at, ExtraId.unixOwner, 11);
  target.writeUInt8(1, body);
  target.writeUInt8(4, body + 1);
  target.writeUInt32LE(uid >>> 0, body + 2);
  target.writeUInt8(4, body + 6);
  target.writeUInt32LE(gid >>> 0, body + 7);
  return body + 11;
}

export function unixOwnerField(uid: number, gid: number): Buffer {
  const field = Buffer.alloc(fieldLength.unixOwner);
  writeUnixOwner(field, 0, uid, gid);
  return field;
}

/** uid and gid of a "ux" body (any size up to 8 bytes each), or undefined when malformed. */
export function readUnixOwner(body: Buffer): { uid: number; gid: number } | undefined {
  if (body.length < 2 || body.readUInt8(0) !== 1) return undefined;
  const uidSize = body.readUInt8(1);
  const gidAt = 2 + uidSize;
  if (uidSize < 1 || uidSize > 8 || body.length < gidAt + 1) return undefined;
  const gidSize = body.readUInt8(gidAt);
  if (gidSize < 1 || gidSize > 8 || body.length < gidAt + 1 + gidSize) return undefined;
  const uid = Number(body.subarray(2, gidAt).reduceRight((n, byte) => n * 256n + BigInt(byte), 0n));
  const gid = Number(
    body.subarray(gidAt + 1, gidAt + 1 + gidSize).reduceRight((n, byte) => n * 256n + BigInt(byte), 0n),
  );
  return { uid, gid };
}

/** A field whose body is `body` as it is (the private raw-name and hard-link fields). */
export function writeBytesField(target: Buffer, at: number, id: number, body: Buffer): number {
  const start = fieldHeader(target, at, id, body.length);
  body.copy(target, start);
  return start + body.length;
}

export function rawNameField(bytes: Buffer): Buffer {
  return extraField(ExtraId.rawName, bytes);
}

export function hardLinkField(targetName: string): Buffer {
  return extraField(ExtraId.hardLink, Buffer.from(targetName, 'utf8'));
}
