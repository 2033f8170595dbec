// Retention applied through the storage seam, on a real LOCAL directory.
import { expect } from 'chai';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RetentionPolicy } from '../../lib/retention/policy.js';
import { pruneTarget, type PruneRequest } from '../../lib/retention/prune.js';
import { LocalStorage } from '../../lib/storage/local.js';
import { makeTempDir } from '../helpers/temp.js';

describe('retention: pruning a target', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let directory: string;
  beforeEach(() => {
    temp = makeTempDir();
    directory = join(temp.path, 'target');
    mkdirSync(directory);
  });
  afterEach(() => temp.remove());

  /** Prunes shop/db in the test's directory, on 4 March 2026 02:00 UTC unless told otherwise. */
  const prune = (
    policy: RetentionPolicy,
    options: { now?: Date; dryRun?: boolean; storage?: PruneRequest['storage'] } = {},
  ) =>
    pruneTarget({
      storage: options.storage ?? new LocalStorage(directory),
      project: 'shop',
      backup: 'db',
      policy,
      now: options.now ?? new Date('2026-03-04T02:00:00Z'),
      ...(options.dryRun ? { dryRun: true } : {}),
    });

  const stamps = ['20260301T020000Z', '20260302T020000Z', '20260303T020000Z', '20260304T020000Z'];
  function populate(): void {
    for (const stamp of stamps) {
      writeFileSync(join(directory, `shop_db_${stamp}.zip`), 'zip');
      writeFileSync(join(directory, `shop_db_${stamp}.json`), '{}');
    }
    // Foreign files: other backups, look-alikes, our own naming with a stamp that is no time.
    for (const name of [
      'shop_db2_20260101T000000Z.zip',
      'shop_db_20260101T000000Z.zip.bak',
      'xshop_db_20260101T000000Z.zip',
      'shop_db_20261340T000000Z.zip',
      'notes.txt',
    ])
      writeFileSync(join(directory, name), 'keep me');
  }

  it('deletes what the policy does not keep, with manifests, and never a foreign file', async () => {
    populate();
    const report = await prune({ keepLast: 2 });
    expect(report.removed).to.deep.equal(['shop_db_20260302T020000Z.zip', 'shop_db_20260301T020000Z.zip']);
    expect(readdirSync(directory).sort()).to.deep.equal(
      [
        'notes.txt',
        'shop_db2_20260101T000000Z.zip',
        'shop_db_20260101T000000Z.zip.bak',
        'shop_db_20260303T020000Z.json',
        'shop_db_20260303T020000Z.zip',
        'shop_db_20260304T020000Z.json',
        'shop_db_20260304T020000Z.zip',
        'shop_db_20261340T000000Z.zip',
        'xshop_db_20260101T000000Z.zip',
      ].sort(),
    );
  });

  it('a dry run deletes nothing and reports the same decision', async () => {
    populate();
    const before = readdirSync(directory).sort();
    const report = await prune({ keepLast: 3 }, { dryRun: true });
    expect(report.removed).to.deep.equal(['shop_db_20260301T020000Z.zip']);
    expect(report.kept.map((k) => k.reasons)).to.deep.equal([['newest', 'last'], ['last'], ['last']]);
    expect(readdirSync(directory).sort()).to.deep.equal(before);
  });

  it('removes manifests left without their archive by an interrupted prune', async () => {
    populate();
    writeFileSync(join(directory, 'shop_db_20260201T020000Z.json'), '{}');
    const report = await prune({ keepLast: 10 });
    expect(report.removed).to.deep.equal([]);
    expect(report.orphanManifests).to.deep.equal(['shop_db_20260201T020000Z.json']);
    expect(readdirSync(directory)).to.not.include('shop_db_20260201T020000Z.json');
  });

  it('deletes nothing when archives are dated after this run: the clock went back', async () => {
    populate();
    const before = readdirSync(directory).sort();
    const report = await prune({ keepLast: 1 }, { now: new Date('2026-03-02T12:00:00Z') });
    expect(report.skipped).to.match(/dated after this run .*clock went back/);
    expect(report.removed).to.deep.equal([]);
    expect(readdirSync(directory).sort()).to.deep.equal(before);
  });

  it('a removal that fails is reported and the rest go on', async () => {
    populate();
    const storage = new LocalStorage(directory);
    const failing = {
      list: () => storage.list(),
      remove: (name: string) =>
        name === 'shop_db_20260301T020000Z.zip'
          ? Promise.reject(new Error('permission denied'))
          : storage.remove(name),
    };
    const report = await prune({ keepLast: 2 }, { storage: failing });
    expect(report.removed).to.deep.equal(['shop_db_20260302T020000Z.zip']);
    expect(report.failed).to.deep.equal([
      { name: 'shop_db_20260301T020000Z.zip', error: 'permission denied' },
    ]);
  });
});
