// One suite for every storage (restic's backend suite, in mocha): the contract of lib/storage/storage.ts,
// checked the same way against LOCAL, MEMORY and each remote target. A storage plugs in with a fixture.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pruneTarget } from '../../lib/retention/prune.js';
import type { Storage } from '../../lib/storage/storage.js';
import { makeTempDir } from '../helpers/temp.js';

export interface ConformanceFixture {
  /** A fresh, empty storage (its folder may not exist yet). */
  storage: Storage;
  /** Puts a file there behind the storage's back (another tool's file, a neighbour backup's). */
  plant(name: string, data: Buffer): Promise<void>;
  /** Everything in the storage's folder, hidden or temporary names included. */
  rawNames(): Promise<string[]>;
}

export interface ConformanceOptions {
  /** A size above the storage's chunk or part size, so a put takes more than one request. */
  largeBytes: number;
  /** A new fixture per test; its clean-up runs after the test. */
  fixture(): Promise<ConformanceFixture & { cleanUp(): Promise<void> }>;
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export function storageConformance(label: string, options: ConformanceOptions): void {
  describe(`storage conformance: ${label}`, function () {
    this.timeout(120_000);
    let temp: ReturnType<typeof makeTempDir>;
    let fixture: Awaited<ReturnType<ConformanceOptions['fixture']>>;
    let storage: Storage;

    beforeEach(async () => {
      temp = makeTempDir();
      fixture = await options.fixture();
      storage = fixture.storage;
    });
    afterEach(async () => {
      await fixture?.cleanUp();
      temp?.remove();
    });

    function source(name: string, data: Buffer): string {
      const path = join(temp.path, name);
      writeFileSync(path, data);
      return path;
    }

    async function fetched(name: string): Promise<Buffer> {
      const object = await storage.fetch(name, temp.path);
      const data = readFileSync(object.path);
      expect(object.temporary).to.equal(!storage.capabilities.localFiles);
      if (object.temporary) rmSync(object.path);
      return data;
    }

    it('put → list → fetch → remove round trip, bytes equal', async () => {
      const data = randomBytes(100_000);
      expect(await storage.put(source('a', data), 'shop_www_20260101T000000Z.zip')).to.deep.equal({
        name: 'shop_www_20260101T000000Z.zip',
        size: data.length,
      });
      expect(await storage.list()).to.deep.equal([
        { name: 'shop_www_20260101T000000Z.zip', size: data.length },
      ]);
      expect(sha256(await fetched('shop_www_20260101T000000Z.zip'))).to.equal(sha256(data));
      await storage.remove('shop_www_20260101T000000Z.zip');
      expect(await storage.list()).to.deep.equal([]);
    });

    it('names with spaces and non-ASCII characters, a 0-byte object, and one larger than a chunk', async () => {
      const large = randomBytes(options.largeBytes);
      const names = ['with space ü 中文 😀.zip', 'empty.json', 'large.zip'];
      await storage.put(source('s', Buffer.from('spaced')), names[0]!);
      await storage.put(source('e', Buffer.alloc(0)), names[1]!);
      await storage.put(source('l', large), names[2]!);
      const listed = await storage.list();
      expect(listed.map((object) => object.name).sort()).to.deep.equal([...names].sort());
      expect(listed.find((object) => object.name === 'empty.json')?.size).to.equal(0);
      expect(listed.find((object) => object.name === 'large.zip')?.size).to.equal(large.length);
      expect((await fetched(names[0]!)).toString()).to.equal('spaced');
      expect((await fetched('empty.json')).length).to.equal(0);
      expect(sha256(await fetched('large.zip'))).to.equal(sha256(large));
    });

    it('never overwrites: a taken name gets -2, -3; with exact, a taken name is refused', async () => {
      await storage.put(source('1', Buffer.from('first')), 'n.zip');
      expect((await storage.put(source('2', Buffer.from('second')), 'n.zip')).name).to.equal('n-2.zip');
      expect((await storage.put(source('3', Buffer.from('third')), 'n.zip')).name).to.equal('n-3.zip');
      const refused = await storage
        .put(source('4', Buffer.from('fourth')), 'n.zip', { exact: true })
        .catch((e: unknown) => e);
      expect(String(refused)).to.contain('already exists');
      expect((await fetched('n.zip')).toString()).to.equal('first');
      expect((await fetched('n-2.zip')).toString()).to.equal('second');
    });

    it('a put interrupted midway leaves nothing under the final name', async () => {
      const data = randomBytes(options.largeBytes);
      const interrupted = await storage
        .put(source('i', data), 'cut.zip', {
          // The first report stops it, wherever it comes: a storage must report progress (watchdogs live on
          // it), and one that reports only at the end must still not leave the object behind.
          onProgress: () => {
            throw new Error('interrupted by the test');
          },
        })
        .catch((e: unknown) => e);
      expect(interrupted).to.be.instanceOf(Error);
      expect((await storage.list()).map((object) => object.name)).not.to.include('cut.zip');
      // The next put of the same name gets that name: nothing half-made took it.
      expect((await storage.put(source('j', Buffer.from('whole')), 'cut.zip')).name).to.equal('cut.zip');
    });

    it('fetch of a missing object names it; removing a missing object is not an error', async () => {
      const error = await storage.fetch('nothing-here.zip', temp.path).catch((e: unknown) => e);
      expect(String(error)).to.contain('nothing-here.zip');
      await storage.remove('nothing-here.zip');
    });

    it('retention through the seam touches only this backup: foreign files and a neighbour sharing its prefix stay', async () => {
      const archives = ['20260101T000000Z', '20260102T000000Z', '20260103T000000Z'].map(
        (time) => `shop_db_${time}`,
      );
      for (const base of archives) {
        await storage.put(source(base, Buffer.from(base)), `${base}.zip`);
        await storage.put(source(`${base}.json`, Buffer.from('{}')), `${base}.json`, { exact: true });
      }
      await fixture.plant('shop_db-old_20260101T000000Z.zip', Buffer.from('neighbour'));
      await fixture.plant('notes.txt', Buffer.from('foreign'));
      const report = await pruneTarget({
        storage,
        project: 'shop',
        backup: 'db',
        policy: { keepLast: 1 },
        now: new Date('2026-01-04T00:00:00Z'),
      });
      expect(report.removed.sort()).to.deep.equal([`${archives[0]}.zip`, `${archives[1]}.zip`]);
      expect((await storage.list()).map((object) => object.name).sort()).to.deep.equal(
        [`${archives[2]}.json`, `${archives[2]}.zip`, 'notes.txt', 'shop_db-old_20260101T000000Z.zip'].sort(),
      );
    });

    it('leaves no temporary names behind after puts', async () => {
      await storage.put(source('t', randomBytes(options.largeBytes)), 't.zip');
      await storage.put(source('u', Buffer.from('{}')), 't.json', { exact: true });
      expect((await fixture.rawNames()).sort()).to.deep.equal(['t.json', 't.zip']);
    });
  });
}
