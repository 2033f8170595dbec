// Reads a (small) zip's layout byte by byte, independently of the writer and of yauzl: each entry's
// central record, its local header, and the data descriptor found after its data.
import { readFileSync } from 'node:fs';
import { ExtraId, parseExtraFields } from '../../lib/archive/extra-fields.js';

export interface EntryLayout {
  name: string;
  /** Unix mode from the external attributes. */
  mode: number;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
  central: Map<number, Buffer>;
  local: {
    version: number;
    flags: number;
    crc: number;
    compressedSize: number;
    size: number;
    fields: Map<number, Buffer>;
  };
  /** The data descriptor's length (0: none, 16: 4-byte sizes, 24: 8-byte sizes) and its sizes. */
  descriptor: { length: number; compressedSize: number; size: number };
}

export function zipLayout(path: string): EntryLayout[] {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) {
    const end64 = Number(zip.readBigUInt64LE(end - 20 + 8));
    count = Number(zip.readBigUInt64LE(end64 + 32));
    at = Number(zip.readBigUInt64LE(end64 + 48));
  }
  const entries: EntryLayout[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`no central record at ${at}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const central = parseExtraFields(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    const zip64 = central.get(ExtraId.zip64);
    const wide = [zip.readUInt32LE(at + 24), zip.readUInt32LE(at + 20), zip.readUInt32LE(at + 42)];
    let next = 0;
    const [size, compressedSize, offset] = wide.map((value) =>
      value === 0xffffffff && zip64 ? Number(zip64.readBigUInt64LE(8 * next++)) : value,
    ) as [number, number, number];
    const localNameLength = zip.readUInt16LE(offset + 26);
    const localExtraLength = zip.readUInt16LE(offset + 28);
    const dataAt = offset + 30 + localNameLength + localExtraLength;
    const flags = zip.readUInt16LE(offset + 6);
    const afterData = dataAt + compressedSize;
    const descriptor = { length: 0, compressedSize: 0, size: 0 };
    if (flags & 8) {
      // The next thing after the descriptor is a local header or the central directory.
      const signatureAt = (n: number) => [0x04034b50, 0x02014b50].includes(zip.readUInt32LE(afterData + n));
      descriptor.length = signatureAt(16) ? 16 : signatureAt(24) ? 24 : -1;
      if (descriptor.length === 16) {
        descriptor.compressedSize = zip.readUInt32LE(afterData + 8);
        descriptor.size = zip.readUInt32LE(afterData + 12);
      } else if (descriptor.length === 24) {
        descriptor.compressedSize = Number(zip.readBigUInt64LE(afterData + 8));
        descriptor.size = Number(zip.readBigUInt64LE(afterData + 16));
      }
    }
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      mode: zip.readUInt32LE(at + 38) >>> 16,
      crc: zip.readUInt32LE(at + 16),
      size,
      compressedSize,
      offset,
      central,
      local: {
        version: zip.readUInt16LE(offset + 4),
        flags,
        crc: zip.readUInt32LE(offset + 14),
        compressedSize: zip.readUInt32LE(offset + 18),
        size: zip.readUInt32LE(offset + 22),
        fields: parseExtraFields(
          zip.subarray(offset + 30 + localNameLength, offset + 30 + localNameLength + localExtraLength),
        ),
      },
      descriptor,
    });
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's stored content (method 0 only: links and directories). */
export function storedContent(path: string, entry: EntryLayout): Buffer {
  const zip = readFileSync(path);
  const dataAt =
    entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  return zip.subarray(dataAt, dataAt + entry.compressedSize);
}
