// Zips with entries of 4 GiB and more in seconds: built from zip-format.ts's own functions, each large
// entry stored (method 0) as a hole of zeros in a sparse file, so that readers see real sizes and
// offsets on both sides of 0xFFFFFFFF while the disk holds a few kilobytes.
import { closeSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import {
  centralDirectory,
  dataDescriptor,
  endRecords,
  localHeader,
  Method,
  type CentralEntry,
} from '../../lib/archive/zip-format.js';

const POLY = 0xedb88320;

/** a·b modulo the CRC-32 polynomial, bit-reflected (zlib's multmodp). */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return product >>> 0;
}

/** CRC-32 of `n` zero bytes without reading them: the register times x^(8n) (zlib's crc32_combine). */
export function crc32OfZeros(n: number): number {
  let power = 0x40000000; // x^1
  let result = 0x80000000; // x^0
  for (let bits = BigInt(n) * 8n; bits > 0n; bits >>= 1n) {
    if (bits & 1n) result = multiplyModP(power, result);
    power = multiplyModP(power, power);
  }
  return (multiplyModP(result, 0xffffffff) ^ 0xffffffff) >>> 0;
}

export interface SparseSpec {
  name: string;
  /** Real content (small entries). */
  data?: Buffer;
  /** Zeros, as a hole (large entries). */
  zeros?: number;
}

/** Writes the zip to `path`; returns the central entries as written (offsets included). */
export function writeSparseZip(path: string, specs: readonly SparseSpec[]): CentralEntry[] {
  const fd = openSync(path, 'w');
  const central: CentralEntry[] = [];
  let at = 0;
  const write = (buffer: Buffer) => {
    writeSync(fd, buffer, 0, buffer.length, at);
    at += buffer.length;
  };
  try {
    for (const spec of specs) {
      const size = spec.data ? spec.data.length : (spec.zeros ?? 0);
      const entry: CentralEntry = {
        name: Buffer.from(spec.name),
        utf8: false,
        method: Method.Store,
        descriptor: spec.data === undefined,
        // zip64 in the local header iff the descriptor has 8-byte sizes (as the writer does).
        zip64: spec.data === undefined && size > 0xffffffff,
        crc32: spec.data ? crc32(spec.data) >>> 0 : crc32OfZeros(size),
        compressedSize: size,
        size,
        offset: at,
        mode: 0o100644,
        mtime: new Date('2020-01-02T03:04:06Z'),
        uid: 1000,
        gid: 1000,
        rawName: undefined,
        hardLink: undefined,
      };
      write(localHeader(entry));
      if (spec.data) write(spec.data);
      else at += size; // a hole
      if (entry.descriptor) write(dataDescriptor(entry));
      central.push(entry);
    }
    const directoryOffset = at;
    for (const record of centralDirectory(central)) write(record);
    write(endRecords(central.length, directoryOffset, at - directoryOffset));
    ftruncateSync(fd, at);
  } finally {
    closeSync(fd);
  }
  return central;
}
