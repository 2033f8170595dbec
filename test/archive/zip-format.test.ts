// The header bytes, read back field by field: zip64 exactly per APPNOTE 4.5.3 at and around 0xFFFFFFFF,
// 32-bit data descriptors for ordinary files, the extra fields, and times clamped and truncated.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import {
  ExtraId,
  parseExtraFields,
  readExtendedTimestamp,
  readNtfsMtime,
  readUnixOwner,
} from '../../lib/archive/extra-fields.js';
import {
  centralDirectory,
  centralRecord,
  dataDescriptor,
  dosDateTime,
  endRecords,
  localHeader,
  Method,
  wideDescriptor,
  type CentralEntry,
} from '../../lib/archive/zip-format.js';
import { makeTempDir } from '../helpers/temp.js';
import { crc32OfZeros, writeSparseZip, type SparseSpec } from './zip-sparse.js';

const S = 0xffffffff;

function entry(values: Partial<CentralEntry> = {}): CentralEntry {
  return {
    name: Buffer.from('dir/file.txt'),
    utf8: false,
    method: Method.Deflate,
    descriptor: false,
    zip64: false,
    crc32: 0x12345678,
    compressedSize: 100,
    size: 200,
    offset: 300,
    mode: 0o100644,
    mtime: new Date('2021-06-07T08:09:10.500Z'),
    uid: 1000,
    gid: 100,
    rawName: undefined,
    hardLink: undefined,
    ...values,
  };
}

/** The fixed fields and extra fields of a local header. */
function readLocal(header: Buffer) {
  const nameLength = header.readUInt16LE(26);
  const extra = header.subarray(30 + nameLength, 30 + nameLength + header.readUInt16LE(28));
  return {
    version: header.readUInt16LE(4),
    flags: header.readUInt16LE(6),
    crc: header.readUInt32LE(14),
    compressed: header.readUInt32LE(18),
    size: header.readUInt32LE(22),
    fields: parseExtraFields(extra),
    length: 30 + nameLength + extra.length,
  };
}

/** The fixed fields of a central record and the 8-byte values of its zip64 field. */
function readCentral(record: Buffer) {
  const nameLength = record.readUInt16LE(28);
  const extra = record.subarray(46 + nameLength, 46 + nameLength + record.readUInt16LE(30));
  const fields = parseExtraFields(extra);
  const zip64 = fields.get(ExtraId.zip64);
  return {
    version: record.readUInt16LE(6),
    compressed: record.readUInt32LE(20),
    size: record.readUInt32LE(24),
    offset: record.readUInt32LE(42),
    zip64: zip64
      ? Array.from({ length: zip64.length / 8 }, (_, i) => Number(zip64.readBigUInt64LE(i * 8)))
      : undefined,
    fields,
    length: 46 + nameLength + extra.length,
  };
}

describe('zip headers', () => {
  describe('zip64 in the central directory (APPNOTE 4.5.3)', () => {
    it('moves each value of 0xFFFFFFFF or more, and only those, to the zip64 field', () => {
      const cases: [Partial<CentralEntry>, number[] | undefined, [number, number, number]][] = [
        [{ size: S - 1, compressedSize: S - 1, offset: S - 1 }, undefined, [S - 1, S - 1, S - 1]],
        [{ size: S }, [S], [S, 100, 300]],
        [{ size: 2 ** 32 }, [2 ** 32], [S, 100, 300]],
        [{ compressedSize: S }, [S], [200, S, 300]],
        [{ offset: S }, [S], [200, 100, S]],
        [{ offset: 2 ** 32 + 1 }, [2 ** 32 + 1], [200, 100, S]],
        [{ size: 2 ** 33, offset: 2 ** 34 }, [2 ** 33, 2 ** 34], [S, 100, S]],
        [{ size: 2 ** 33, compressedSize: S, offset: S }, [2 ** 33, S, S], [S, S, S]],
      ];
      for (const [values, zip64, [size, compressed, offset]] of cases) {
        const record = readCentral(centralRecord(entry(values)));
        expect(record.zip64, JSON.stringify(values)).to.deep.equal(zip64);
        expect([record.size, record.compressed, record.offset], JSON.stringify(values)).to.deep.equal([
          size,
          compressed,
          offset,
        ]);
        expect(record.version).to.equal(zip64 ? 45 : 20);
      }
    });

    it('after an entry of exactly 0xFFFFFFFF bytes, gives every later zip64 field both sizes (for unzip 6.0)', () => {
      const records = centralDirectory([
        entry({ offset: 0, size: S - 1 }),
        entry({ offset: S - 100, size: 10, compressedSize: 8 }), // nothing wide
        entry({ offset: 2 ** 32 + 10, size: 10, compressedSize: 8 }), // offset only, before the sentinel
        entry({ offset: 2 ** 32 + 20, size: S, compressedSize: 5000 }),
        entry({ offset: 2 ** 32 + 30, size: 10, compressedSize: 8 }),
        entry({ offset: 200, size: 10, compressedSize: 8 }), // nothing wide: no zip64 field at all
      ]).map(readCentral);
      expect(records.map((record) => record.zip64)).to.deep.equal([
        undefined,
        undefined,
        [2 ** 32 + 10],
        [S, 2 ** 32 + 20], // its own sizes: the compressed one fits
        [10, 8, 2 ** 32 + 30],
        undefined,
      ]);
      expect([records[4]?.size, records[4]?.compressed, records[4]?.offset]).to.deep.equal([S, S, S]);
    });

    it('writes the zip64 end records when the count reaches 0xFFFF or an offset or size 0xFFFFFFFF', () => {
      const has64 = (end: Buffer) => end.length === 98 && end.readUInt32LE(0) === 0x06064b50;
      expect(has64(endRecords(0xfffe, S - 1, 1000))).to.equal(false);
      expect(has64(endRecords(0xffff, 1000, 1000))).to.equal(true);
      expect(has64(endRecords(10, S, 1000))).to.equal(true);
      expect(has64(endRecords(10, 1000, S))).to.equal(true);
      const end = endRecords(70_000, 2 ** 32 + 5, 123);
      expect(end.readBigUInt64LE(24)).to.equal(70_000n); // entries on this disk
      expect(end.readBigUInt64LE(48)).to.equal(2n ** 32n + 5n); // directory offset
      expect(end.readBigUInt64LE(56 + 8)).to.equal(2n ** 32n + 5n + 123n); // locator → zip64 end
      const classic = end.subarray(76);
      expect([classic.readUInt16LE(8), classic.readUInt32LE(12), classic.readUInt32LE(16)]).to.deep.equal([
        0xffff,
        123,
        S,
      ]);
    });
  });

  describe('local headers and data descriptors', () => {
    it('gives a small file its final values and no descriptor, without zip64', () => {
      const local = readLocal(localHeader(entry()));
      expect(local).to.include({ version: 20, flags: 0, crc: 0x12345678, compressed: 100, size: 200 });
      expect(local.fields.has(ExtraId.zip64)).to.equal(false);
    });

    it('streams an ordinary file with a 32-bit descriptor and no zip64 anywhere in its local header', () => {
      const streamed = entry({ descriptor: true, zip64: false });
      const local = readLocal(localHeader(streamed));
      expect(local).to.include({ version: 20, flags: 0x0008, crc: 0, compressed: 0, size: 0 });
      expect(local.fields.has(ExtraId.zip64)).to.equal(false);
      const descriptor = dataDescriptor({ ...streamed, compressedSize: S - 1, size: S - 1 });
      expect(descriptor.length).to.equal(16);
      expect([
        descriptor.readUInt32LE(0),
        descriptor.readUInt32LE(8),
        descriptor.readUInt32LE(12),
      ]).to.deep.equal([0x08074b50, S - 1, S - 1]);
    });

    it('widens a descriptor to 8-byte sizes only when a size exceeds 0xFFFFFFFF, as Java reads it', () => {
      const streamed = entry({ descriptor: true, zip64: false });
      // 0xFFFFFFFF itself fits: Java's ZipInputStream reads 4-byte sizes unless a size is greater.
      for (const [compressedSize, size] of [
        [S, S],
        [S, 10],
        [10, S],
      ] as const) {
        const descriptor = dataDescriptor({ ...streamed, compressedSize, size });
        expect(descriptor.length).to.equal(16);
        expect([descriptor.readUInt32LE(8), descriptor.readUInt32LE(12)]).to.deep.equal([
          compressedSize,
          size,
        ]);
        expect(wideDescriptor({ compressedSize, size })).to.equal(false);
      }
      for (const [compressedSize, size] of [
        [S + 1, S],
        [10, 2 ** 32],
        [S + 5, 2 ** 33],
      ] as const) {
        const descriptor = dataDescriptor({ ...streamed, compressedSize, size });
        expect(descriptor.length).to.equal(24);
        expect([descriptor.readBigUInt64LE(8), descriptor.readBigUInt64LE(16)]).to.deep.equal([
          BigInt(compressedSize),
          BigInt(size),
        ]);
        expect(wideDescriptor({ compressedSize, size })).to.equal(true);
      }
    });

    it('streams a file that passes 4 GiB with zip64 sizes in its local header and an 8-byte descriptor', () => {
      const streamed = entry({ descriptor: true, zip64: true });
      const local = readLocal(localHeader(streamed));
      expect(local).to.include({ version: 45, flags: 0x0008, crc: 0, compressed: S, size: S });
      expect(local.fields.get(ExtraId.zip64)).to.deep.equal(Buffer.alloc(16));
      const descriptor = dataDescriptor({ ...streamed, compressedSize: S, size: 2 ** 32 });
      expect(descriptor.length).to.equal(24);
      expect([descriptor.readBigUInt64LE(8), descriptor.readBigUInt64LE(16)]).to.deep.equal([
        BigInt(S),
        2n ** 32n,
      ]);
    });

    it('refuses final sizes of 4 GiB in a local header rather than write a wrong one', () => {
      expect(() => localHeader(entry({ size: S }))).to.throw(RangeError);
    });

    it('carries owner, raw name and hard link fields in both headers, the same bytes in each', () => {
      const linked = entry({
        rawName: Buffer.from([0x61, 0xff]),
        hardLink: 'dir/first.txt',
        uid: 2 ** 31 + 5,
      });
      const local = readLocal(localHeader(linked)).fields;
      const central = readCentral(centralRecord(linked)).fields;
      for (const fields of [local, central]) {
        expect(readUnixOwner(fields.get(ExtraId.unixOwner) as Buffer)).to.deep.equal({
          uid: 2 ** 31 + 5,
          gid: 100,
        });
        expect(fields.get(ExtraId.rawName)).to.deep.equal(Buffer.from([0x61, 0xff]));
        expect(fields.get(ExtraId.hardLink)?.toString()).to.equal('dir/first.txt');
      }
      const plain = readCentral(centralRecord(entry({ uid: undefined, gid: undefined }))).fields;
      expect([...plain.keys()]).to.deep.equal([ExtraId.extendedTimestamp, ExtraId.ntfs]);
    });
  });

  describe('times', () => {
    const fields = (mtime: Date) => readCentral(centralRecord(entry({ mtime }))).fields;
    const dos = (mtime: Date) => {
      const { date, time } = dosDateTime(mtime);
      return `${(date >> 9) + 1980}-${(date >> 5) & 15}-${date & 31} ${time >> 11}:${(time >> 5) & 63}:${(time & 31) * 2}`;
    };

    it('clamps DOS times before 1980 to 1980-01-01 00:00:00 and after 2107 to its last second', () => {
      expect(dos(new Date('1979-12-31T23:59:59Z'))).to.equal('1980-1-1 0:0:0');
      expect(dos(new Date('1969-07-20T20:17:40Z'))).to.equal('1980-1-1 0:0:0');
      expect(dos(new Date('1980-01-01T00:00:00Z'))).to.equal('1980-1-1 0:0:0');
      expect(dos(new Date('2107-12-31T23:59:59Z'))).to.equal('2107-12-31 23:59:58');
      expect(dos(new Date('2200-06-01T00:00:00Z'))).to.equal('2107-12-31 23:59:58');
    });

    it('truncates sub-seconds everywhere: .9995 stays in its second in DOS, UT and NTFS times', () => {
      const mtime = new Date(Date.UTC(2021, 5, 7, 8, 9, 11) + 999.5);
      expect(dos(mtime)).to.equal('2021-6-7 8:9:10');
      const read = fields(mtime);
      expect(readExtendedTimestamp(read.get(ExtraId.extendedTimestamp) as Buffer)?.toISOString()).to.equal(
        '2021-06-07T08:09:11.000Z',
      );
      expect(readNtfsMtime(read.get(ExtraId.ntfs) as Buffer)?.toISOString()).to.equal(
        '2021-06-07T08:09:11.999Z',
      );
    });

    it('keeps times outside 1970–2038 in the NTFS field; UT clamps before 1901 and is left out after 2038', () => {
      for (const [iso, ut] of [
        ['1960-01-01T00:00:00.250Z', '1960-01-01T00:00:00.000Z'],
        ['1800-01-01T00:00:00.000Z', '1901-12-13T20:45:52.000Z'],
        ['2038-01-19T03:14:07.999Z', '2038-01-19T03:14:07.000Z'],
        ['2038-01-19T03:14:08.000Z', undefined],
        ['2100-02-03T04:05:06.789Z', undefined],
      ] as const) {
        const read = fields(new Date(iso));
        expect(readNtfsMtime(read.get(ExtraId.ntfs) as Buffer)?.toISOString(), iso).to.equal(iso);
        const timestamp = read.get(ExtraId.extendedTimestamp);
        expect(timestamp && readExtendedTimestamp(timestamp)?.toISOString(), iso).to.equal(ut);
      }
    });
  });

  describe('read by Info-ZIP unzip 6.0 and Python, sparse archives past 4 GiB', function () {
    this.timeout(60_000);
    let temp: ReturnType<typeof makeTempDir>;
    before(() => (temp = makeTempDir()));
    after(() => temp.remove());

    const small = (i: number): SparseSpec => ({
      name: `small${i}.txt`,
      data: Buffer.from(`small file ${i}\n`),
    });
    const smalls = (from: number, count: number) => Array.from({ length: count }, (_, i) => small(from + i));

    it('computes the CRC-32 of zeros it does not write', () => {
      for (const n of [0, 1, 7, 1000, 65_537]) expect(crc32OfZeros(n)).to.equal(crc32(Buffer.alloc(n)) >>> 0);
    });

    // Sizes either side of the sentinel, then enough small files for unzip's batches of 16 to turn over.
    for (const size of [S - 1, S, 2 ** 32]) {
      it(`lists and tests the small files after an entry of ${size} bytes`, () => {
        const zip = join(temp.path, `after-${size}.zip`);
        const specs = [
          small(0),
          { name: 'big.bin', zeros: size },
          ...smalls(1, 20),
          { name: 'huge.bin', zeros: 2 ** 32 + 1 },
          ...smalls(21, 3),
        ];
        const written = writeSparseZip(zip, specs);
        expectReadersAgree(zip, written);
      });
    }

    it('reads an entry whose local header starts exactly at 0xFFFFFFFF, and one just before', () => {
      // big.bin's header (30 + 7 + 60 bytes of extras, no zip64: it is below 4 GiB) and descriptor (16).
      const overhead =
        localHeader({ ...entry({ name: Buffer.from('big.bin'), descriptor: true, zip64: false }) }).length +
        16;
      for (const offset of [S, S - 1, 2 ** 32]) {
        const zip = join(temp.path, `offset-${offset}.zip`);
        const written = writeSparseZip(zip, [
          { name: 'big.bin', zeros: offset - overhead },
          ...smalls(0, 18),
        ]);
        expect(written[1]?.offset).to.equal(offset);
        expectReadersAgree(zip, written);
      }
    });
  });
});

/** unzip -l and Python list every size and offset as written; unzip -t passes every small entry. */
function expectReadersAgree(zip: string, written: CentralEntry[]): void {
  const listing = spawnSync('unzip', ['-Z', '-l', zip], { encoding: 'utf8' });
  expect(listing.stderr).to.equal('');
  const sizes: Record<string, number> = {};
  for (const [, size, name] of listing.stdout.matchAll(/^-\S+\s+\S+\s+\S+\s+(\d+)\s.*\s(\S+)$/gm))
    sizes[name ?? ''] = Number(size);
  expect(sizes).to.deep.equal(Object.fromEntries(written.map((e) => [e.name.toString(), e.size])));
  const smallNames = written.filter((e) => e.size < 1000).map((e) => e.name.toString());
  const test = spawnSync('unzip', ['-t', zip, ...smallNames], { encoding: 'utf8' });
  expect(test.status, test.stdout + test.stderr).to.equal(0);
  expect(test.stdout.match(/ OK$/gm)?.length).to.equal(smallNames.length);
  const python = spawnSync(
    'python3',
    [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nfor i in z.infolist():\n  if i.file_size < 1000: z.read(i)\n  print(i.filename, i.file_size, i.compress_size, i.header_offset)',
      zip,
    ],
    { encoding: 'utf8' },
  );
  expect(python.stderr).to.equal('');
  expect(python.stdout.trim().split('\n')).to.deep.equal(
    written.map((e) => `${e.name.toString()} ${e.size} ${e.compressedSize} ${e.offset}`),
  );
}
