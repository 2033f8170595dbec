import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { storedLength, streamedLayout, writeZip } from '../../lib/archive/zip.js';
import { LocalShell } from '../../lib/shell/local.js';
import { crc32 } from 'node:zlib';
import { ExtraId, readUnixOwner } from '../../lib/archive/extra-fields.js';
import type { ArchiveEntry, FileEntry } from '../../lib/sources/source.js';
import { storedContent, zipLayout } from './zip-layout.js';
import { makeTempDir } from '../helpers/temp.js';

async function* from(entries: ArchiveEntry[]): AsyncIterable<ArchiveEntry> {
  for (const entry of entries) yield await Promise.resolve(entry);
}

describe('writeZip', function () {
  this.timeout(30_000);
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('rejects, never hangs, when a streamed producer fails (30 times in a row)', async () => {
    const shell = new LocalShell();
    for (let i = 0; i < 30; i++) {
      let done: Promise<{ exitCode: number }> | undefined;
      const entry: ArchiveEntry = {
        type: 'file',
        name: 'x.dump',
        mode: 0o600,
        mtime: new Date(),
        size: undefined,
        store: true,
        open: () => {
          const streaming = shell.stream(['sh', '-c', 'echo broken >&2; exit 3']);
          done = streaming.done;
          return streaming.stdout;
        },
        finish: async () => {
          const completion = await done;
          if (completion?.exitCode !== 0) throw new Error(`producer exited ${completion?.exitCode}`);
        },
      };
      const error = await writeZip(from([entry]), join(temp.path, 'a.zip')).catch((e: unknown) => e);
      expect(String(error)).to.contain('producer exited 3');
    }
  });

  it('loses no byte of a stream that produces data before the zip writer reads it', async () => {
    const data = randomBytes(5 * 1024 * 1024);
    const eager = new PassThrough();
    eager.end(data);
    const entries: ArchiveEntry[] = [
      {
        type: 'file',
        name: 'eager.bin',
        mode: 0o644,
        mtime: new Date(),
        size: data.length,
        open: () => eager,
      },
      {
        type: 'file',
        name: 'iterable.bin',
        mode: 0o644,
        mtime: new Date(),
        size: 3,
        open: () => Readable.from([Buffer.from('abc')]),
      },
    ];
    const zip = join(temp.path, 'b.zip');
    const result = await writeZip(from(entries), zip);
    expect(result.bytesRead).to.equal(data.length + 3);
    const out = join(temp.path, 'out');
    expect(spawnSync('unzip', ['-q', zip, '-d', out]).status).to.equal(0);
    expect(readFileSync(join(out, 'eager.bin')).equals(data)).to.equal(true);
    expect(readFileSync(join(out, 'iterable.bin'), 'utf8')).to.equal('abc');
  });

  it('keeps incompressible data at its size, still as deflate that unzip reads, and compresses the rest', async () => {
    const random = randomBytes(3 * 1024 * 1024 + 12_345);
    const photo = randomBytes(200_000); // one small file: read whole, not in blocks
    const text = Buffer.from('2026-11-22 03:00:01 backup ok\n'.repeat(120_000));
    const entries: ArchiveEntry[] = [
      ['random.bin', random],
      ['photo.jpg', photo],
      ['log.txt', text],
    ].map(([name, data]) => ({
      type: 'file',
      name: name as string,
      mode: 0o644,
      mtime: new Date(),
      size: (data as Buffer).length,
      open: () => Readable.from([data as Buffer]),
    }));
    const zip = join(temp.path, 'd.zip');
    await writeZip(from(entries), zip);
    expect(spawnSync('unzip', ['-tq', zip]).status).to.equal(0);
    // unzip -v: length, method, compressed size, ratio, date, time, CRC, name.
    const listing = spawnSync('unzip', ['-v', zip], { encoding: 'utf8' }).stdout;
    const compressed = new Map(
      [...listing.matchAll(/^\s*(\d+)\s+(\S+)\s+(\d+)\s.*\s(\S+)$/gm)].map((m) => [
        m[4],
        { length: Number(m[1]), method: m[2], size: Number(m[3]) },
      ]),
    );
    for (const [name, data] of [
      ['random.bin', random],
      ['photo.jpg', photo],
    ] as const) {
      const entry = compressed.get(name);
      expect(entry?.method, name).to.match(/^Defl/);
      // Stored blocks: 5 bytes per 64 KiB, where deflating random data would have added more.
      expect(entry?.size, name).to.be.at.most(data.length + 5 * Math.ceil(data.length / 65_535) + 5);
    }
    expect(compressed.get('log.txt')?.size).to.be.below(text.length / 20);
    const out = join(temp.path, 'out');
    expect(spawnSync('unzip', ['-q', zip, '-d', out]).status).to.equal(0);
    expect(readFileSync(join(out, 'random.bin')).equals(random)).to.equal(true);
    expect(readFileSync(join(out, 'photo.jpg')).equals(photo)).to.equal(true);
    expect(readFileSync(join(out, 'log.txt')).equals(text)).to.equal(true);
  });

  it('writes pooled blocks intact: random and text blocks, files with short tails, more blocks than the pool', async () => {
    const text = Buffer.from('GET /index.html 200 1234 "Mozilla/5.0"\n'.repeat(30_000));
    const files = [0, 1, 2, 3, 4, 5].map((i) =>
      // Alternating 1 MiB runs of random and text data, and a tail shorter than a block.
      Buffer.concat(
        Array.from({ length: 4 + i }, (_, k) =>
          k % 2 === 0 ? randomBytes(1024 * 1024) : text.subarray(0, 1024 * 1024),
        ).concat([randomBytes(1000 + i * 70_000)]),
      ),
    );
    const entries: ArchiveEntry[] = files.map((data, i) => ({
      type: 'file',
      name: `f${i}.bin`,
      mode: 0o644,
      mtime: new Date(),
      size: data.length,
      open: () => Readable.from([data]),
      openReader: () => {
        let at = 0;
        return Promise.resolve({
          read: async (into: Buffer) => {
            await new Promise((resolve) => setImmediate(resolve));
            const n = data.copy(into, 0, at, Math.min(at + into.length, data.length));
            at += n;
            return n;
          },
          close: () => Promise.resolve(),
        });
      },
    }));
    const zip = join(temp.path, 'e.zip');
    await writeZip(from(entries), zip);
    const out = join(temp.path, 'out');
    expect(spawnSync('unzip', ['-q', zip, '-d', out]).status).to.equal(0);
    files.forEach((data, i) =>
      expect(readFileSync(join(out, `f${i}.bin`)).equals(data), `f${i}`).to.equal(true),
    );
  });

  it('names the file that cannot be read', async () => {
    const entry: ArchiveEntry = {
      type: 'file',
      name: 'top/unreadable.txt',
      mode: 0o644,
      mtime: new Date(),
      size: 1,
      open: () => {
        const stream = new PassThrough();
        setImmediate(() =>
          stream.destroy(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
        );
        return stream;
      },
    };
    const error = await writeZip(from([entry]), join(temp.path, 'c.zip')).catch((e: unknown) => e);
    expect(String(error)).to.contain('cannot read top/unreadable.txt: EACCES');
  });

  describe('entry layout', () => {
    const file = (name: string, data: Buffer, more: Partial<FileEntry> = {}): FileEntry => ({
      type: 'file',
      name,
      mode: 0o644,
      mtime: new Date('2022-02-03T04:05:06Z'),
      size: data.length,
      open: () => Readable.from([data]),
      ...more,
    });
    /** A reader over `data` (or none: the source left the file out as it was opened). */
    const reader = (data: Buffer | undefined) => () =>
      Promise.resolve(
        data && {
          at: 0,
          read(into: Buffer) {
            const n = data.copy(into, 0, this.at, Math.min(this.at + into.length, data.length));
            this.at += n;
            return Promise.resolve(n);
          },
          close: () => Promise.resolve(),
        },
      );

    it('writes zip64 only where a size passes 4 GiB: small files final, large ones and dumps a 32-bit descriptor', async () => {
      const small = randomBytes(1000);
      const large = Buffer.from('text '.repeat(700_000));
      const entries: ArchiveEntry[] = [
        file('t/small.bin', small, { uid: 1234, gid: 5678 }),
        file('t/large.txt', large),
        // A dump: unknown size, kept uncompressed (a custom-format dump is compressed already).
        file('t/dump.sql', large, { size: undefined, store: true }),
        file('t/dump2.sql', large, { size: undefined }),
        // Listed at 3.5 GiB, read at 1000 bytes: no zip64 (nothing can pass 4 GiB without growing).
        file('t/listed-big.bin', small, { size: 0xe0000000, openReader: reader(small) }),
      ];
      const zip = join(temp.path, 'layout.zip');
      const result = await writeZip(from(entries), zip);
      const bytes = readFileSync(zip);
      const layout = new Map(zipLayout(zip).map((entry) => [entry.name, entry]));
      const smallEntry = layout.get('t/small.bin');
      expect(smallEntry?.local).to.include({ version: 20, flags: 0, crc: crc32(small) >>> 0, size: 1000 });
      expect(smallEntry?.local.compressedSize).to.equal(smallEntry?.compressedSize);
      expect(smallEntry?.descriptor.length).to.equal(0);
      expect(readUnixOwner(smallEntry?.central.get(ExtraId.unixOwner) as Buffer)).to.deep.equal({
        uid: 1234,
        gid: 5678,
      });
      for (const name of ['t/large.txt', 't/dump.sql', 't/dump2.sql', 't/listed-big.bin']) {
        const entry = layout.get(name);
        expect(entry?.local, name).to.include({ version: 20, flags: 8, crc: 0, size: 0, compressedSize: 0 });
        expect(entry?.local.fields.has(ExtraId.zip64), name).to.equal(false);
        // Deflate, even for a dump kept as it is: Java's ZipInputStream refuses stored entries with a descriptor.
        expect(bytes.readUInt16LE((entry?.offset ?? 0) + 8), name).to.equal(8);
        expect(entry?.descriptor, name).to.deep.equal({
          length: 16,
          size: entry?.size,
          compressedSize: entry?.compressedSize,
        });
      }
      // The stored dump is in deflate's stored blocks: 5 bytes more per 64 KiB, and one per segment.
      const dump = layout.get('t/dump.sql');
      expect(dump?.compressedSize)
        .to.be.above(large.length)
        .and.below(large.length + 400);
      expect(layout.get('t/dump2.sql')?.compressedSize).to.be.below(large.length / 10);
      expect(result.entries).to.deep.equal([
        { name: 't/small.bin', size: 1000 },
        { name: 't/large.txt', size: large.length },
        { name: 't/dump.sql', size: large.length },
        { name: 't/dump2.sql', size: large.length },
        { name: 't/listed-big.bin', size: 1000 },
      ]);
      expect(spawnSync('unzip', ['-tq', zip]).status).to.equal(0);
      expect(spawnSync('zip', ['-T', zip]).status).to.equal(0);
      const dumped = spawnSync('unzip', ['-p', zip, 't/dump.sql'], { maxBuffer: 2 ** 26 });
      expect(dumped.stdout.equals(large)).to.equal(true);
    });

    it('gives a known size zip64 iff its sizes can pass 0xFFFFFFFF, keeping files near 4 GiB as stored blocks', () => {
      const M = 0xffffffff;
      expect(streamedLayout(undefined, true)).to.deep.equal({ storeOnly: true, zip64: false });
      expect(streamedLayout(undefined, false)).to.deep.equal({ storeOnly: false, zip64: false });
      expect(streamedLayout(0xe0000000, false)).to.deep.equal({ storeOnly: false, zip64: false });
      expect(streamedLayout(M - 16 * 2 ** 20, false)).to.deep.equal({ storeOnly: false, zip64: false });
      expect(streamedLayout(M + 1, false)).to.deep.equal({ storeOnly: false, zip64: true });
      expect(streamedLayout(2 ** 33, true)).to.deep.equal({ storeOnly: true, zip64: true });
      // Exactly 0xFFFFFFFF bytes: stored blocks make it 0xFFFFFFFF + 5 bytes per 64 KiB, which Java reads
      // with an 8-byte descriptor, so the local header has zip64.
      expect(streamedLayout(M, false)).to.deep.equal({ storeOnly: true, zip64: true });
      expect(storedLength(M)).to.equal(M + 4096 * 85);
      // Around the last size whose stored blocks stay within 0xFFFFFFFF: the zip64 choice flips there.
      let last = M - 400_000;
      while (storedLength(last + 1) <= M) last++;
      expect(streamedLayout(last, false)).to.deep.equal({ storeOnly: true, zip64: false });
      expect(streamedLayout(last + 1, false)).to.deep.equal({ storeOnly: true, zip64: true });
      // Stored blocks of 1 MiB blocks, the last one short (or empty, after a whole number of blocks).
      expect(storedLength(0)).to.equal(5);
      expect(storedLength(2 ** 20)).to.equal(2 ** 20 + 85 + 5);
      expect(storedLength(2 ** 20 + 1)).to.equal(2 ** 20 + 1 + 85 + 5);
    });

    it('fails, rather than write a descriptor streaming readers misread, when a file listed past 4 GiB shrinks', async () => {
      const small = randomBytes(2 * 1024 * 1024);
      const entry = file('t/shrunk.bin', small, { size: 2 ** 32 + 1, openReader: reader(small) });
      const error = await writeZip(from([entry]), join(temp.path, 'shrunk.zip')).catch((e: unknown) => e);
      expect(String(error)).to.contain(
        't/shrunk.bin shrank below 4 GiB while it was read (listed at 4294967297 bytes, read 2097152)',
      );
    });

    it('leaves out a file its source refuses as it is opened, small or large, from zip and list alike', async () => {
      const small = Buffer.from('kept');
      const large = randomBytes(2 * 1024 * 1024);
      const entries: ArchiveEntry[] = [
        file('t/gone-small', small, { openReader: reader(undefined) }),
        file('t/kept', small, { openReader: reader(small) }),
        file('t/gone-large', large, { openReader: reader(undefined) }),
        file('t/kept-large', large, { openReader: reader(large) }),
      ];
      const zip = join(temp.path, 'skip.zip');
      const result = await writeZip(from(entries), zip);
      expect(result.entries.map((entry) => entry.name)).to.deep.equal(['t/kept', 't/kept-large']);
      expect(zipLayout(zip).map((entry) => entry.name)).to.deep.equal(['t/kept', 't/kept-large']);
      expect(spawnSync('zip', ['-T', zip]).status).to.equal(0);
    });

    it('stores a hard link once: a symlink entry to the first name with the private field, sized as its target', async () => {
      const data = Buffer.from('shared content');
      const link = (name: string, target: string, fallback?: FileEntry): ArchiveEntry => ({
        type: 'hardlink',
        name,
        mode: 0o644,
        mtime: new Date('2022-02-03T04:05:06Z'),
        target,
        ...(fallback ? { fallback } : {}),
      });
      const entries: ArchiveEntry[] = [
        file('t/a/first', data, { linkable: true, openReader: reader(data) }),
        link('t/b/c/second', 't/a/first'),
        file('t/skipped', data, { linkable: true, openReader: reader(undefined) }),
        link('t/own', 't/skipped', file('t/own', Buffer.from('own content'))),
      ];
      const zip = join(temp.path, 'links.zip');
      const result = await writeZip(from(entries), zip);
      const layout = new Map(zipLayout(zip).map((entry) => [entry.name, entry]));
      const second = layout.get('t/b/c/second');
      expect(second?.mode).to.equal(0o120777);
      expect(second && storedContent(zip, second).toString()).to.equal('../../a/first');
      expect(second?.central.get(ExtraId.hardLink)?.toString()).to.equal('t/a/first');
      expect(layout.get('t/own')?.mode).to.equal(0o100644);
      expect([...layout.keys()]).to.deep.equal(['t/a/first', 't/b/c/second', 't/own']);
      expect(result.entries).to.deep.equal([
        { name: 't/a/first', size: data.length },
        { name: 't/b/c/second', size: '../../a/first'.length },
        { name: 't/own', size: 'own content'.length },
      ]);
      const out = join(temp.path, 'links');
      expect(spawnSync('unzip', ['-q', zip, '-d', out]).status).to.equal(0);
      expect(readFileSync(join(out, 't/b/c/second'), 'utf8')).to.equal('shared content');
      expect(readFileSync(join(out, 't/own'), 'utf8')).to.equal('own content');
    });
  });

  // Gigabytes through the writer and unzip: HEAVY=1 runs them.
  (process.env.HEAVY ? describe : describe.skip)('HEAVY: 4 GiB', function () {
    this.timeout(900_000);
    const zeros = Buffer.alloc(1024 * 1024);
    /** A reader of `size` zero bytes (or endless ones), without a copy per block. */
    const zeroReader = (size: number) => () => {
      let left = size;
      return Promise.resolve({
        read: (into: Buffer) => {
          const n = Math.min(left, into.length);
          zeros.copy(into, 0, 0, n);
          left -= n;
          return Promise.resolve(n);
        },
        close: () => Promise.resolve(),
      });
    };
    const small = (i: number): ArchiveEntry => ({
      type: 'file',
      name: `t/small-${i}.txt`,
      mode: 0o644,
      mtime: new Date(),
      size: 8,
      open: () => Readable.from([Buffer.from(`small ${i}\n`.padStart(8, '0'))]),
    });

    it('writes a stored entry of exactly 0xFFFFFFFF bytes with small files past 4 GiB that unzip -t and zip -T pass', async () => {
      // The shape: a stream stored as it is (like a custom-format dump), so offsets pass 4 GiB.
      let left = 0xffffffff;
      const entries: ArchiveEntry[] = [
        {
          type: 'file',
          name: 't/ffff.bin',
          mode: 0o644,
          mtime: new Date(),
          size: 0xffffffff,
          store: true,
          open: () =>
            Readable.from(
              (function* () {
                while (left > 0) {
                  const n = Math.min(left, zeros.length);
                  left -= n;
                  yield zeros.subarray(0, n);
                }
              })(),
            ),
        },
        ...Array.from({ length: 20 }, (_, i) => small(i)),
      ];
      const zip = join(temp.path, 'ffff.zip');
      await writeZip(from(entries), zip);
      const offset = spawnSync(
        'python3',
        [
          '-c',
          'import sys, zipfile\nprint(zipfile.ZipFile(sys.argv[1]).getinfo("t/small-0.txt").header_offset)',
          zip,
        ],
        { encoding: 'utf8' },
      );
      expect(Number(offset.stdout)).to.be.above(0xffffffff);
      const listing = spawnSync('unzip', ['-Z', '-l', zip], { encoding: 'utf8' });
      expect(listing.stderr).to.equal('');
      expect(listing.stdout).to.match(/ 4294967295 .* t\/ffff\.bin$/m);
      expect(listing.stdout).to.match(/ 8 .* t\/small-0\.txt$/m);
      const test = spawnSync('unzip', ['-tq', zip], { encoding: 'utf8' });
      expect(test.status, test.stdout + test.stderr).to.equal(0);
      const zipTest = spawnSync('zip', ['-T', zip], { encoding: 'utf8' });
      expect(zipTest.status, zipTest.stdout + zipTest.stderr).to.equal(0);
    });

    it('fails, rather than write a wrong 32-bit descriptor, when a file listed small grows past 4 GiB', async () => {
      const entry: FileEntry = {
        type: 'file',
        name: 't/growing.log',
        mode: 0o644,
        mtime: new Date(),
        size: 2 * 1024 * 1024,
        open: () => Readable.from([]),
        openReader: zeroReader(5 * 2 ** 30),
      };
      const error = await writeZip(from([entry]), join(temp.path, 'grow.zip')).catch((e: unknown) => e);
      expect(String(error)).to.contain(
        't/growing.log grew past 4 GiB while it was read (listed at 2097152 bytes)',
      );
    });
  });
});
