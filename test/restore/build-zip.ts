// Hand-built zips for restore tests: every header field under the test's control (host, external
// attributes, extra fields, raw name bytes, duplicate names), shapes our writer never makes or does not
// make yet. Stored (uncompressed) entries with sizes in the headers, as APPNOTE 4.3 allows.
import { crc32, deflateRawSync } from 'node:zlib';
import { ExtraId, extraField } from '../../lib/archive/extra-fields.js';

export interface BuiltEntry {
  name: string | Buffer;
  type?: 'file' | 'directory' | 'symlink';
  /** File content, or a link's target. */
  data?: Buffer | string;
  /** Permission bits (default 0644 files, 0755 directories, 0777 links). */
  mode?: number;
  /** The whole external attributes field, instead of type and mode. */
  externalAttributes?: number;
  /** Version made by, host byte (3 = Unix). */
  host?: number;
  /** The DOS date and time fields (UTC); 2024-02-29 12:00 by default. */
  dosTime?: Date;
  extra?: Buffer[];
  /** Deflate the data (big runs of zeros stay small). */
  deflate?: boolean;
}

const TYPE_BITS = { file: 0o100000, directory: 0o040000, symlink: 0o120000 };
const DEFAULT_MODE = { file: 0o644, directory: 0o755, symlink: 0o777 };

function dos(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function buildZip(entries: BuiltEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const type = entry.type ?? 'file';
    const name = Buffer.isBuffer(entry.name) ? entry.name : Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data ?? '', 'utf8');
    const stored = entry.deflate ? deflateRawSync(data) : data;
    const extra = Buffer.concat(entry.extra ?? []);
    const { time, date } = dos(entry.dosTime ?? new Date('2024-02-29T12:00:00Z'));
    const crc = crc32(data) >>> 0;
    const attributes =
      entry.externalAttributes ??
      (((TYPE_BITS[type] | (entry.mode ?? DEFAULT_MODE[type])) << 16) | (type === 'directory' ? 0x10 : 0)) >>>
        0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(((entry.host ?? 3) << 8) | 20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(attributes, 38);
    central.writeUInt32LE(offset, 42);
    const localBytes = Buffer.concat([local, name, extra, stored]);
    locals.push(localBytes);
    centrals.push(Buffer.concat([central, name, extra]));
    offset += localBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Info-ZIP's UT field with an mtime in seconds. */
export function utField(seconds: number): Buffer {
  const body = Buffer.alloc(5);
  body.writeUInt8(1, 0);
  body.writeInt32LE(seconds, 1);
  return extraField(ExtraId.extendedTimestamp, body);
}
