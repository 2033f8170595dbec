// The storage wrappers: retries (backoff, Retry-After, what may be retried) and the dry run, on MEMORY.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dryRun } from '../../lib/storage/dry-run.js';
import { MemoryStorage } from '../../lib/storage/memory.js';
import { backoff, defaultRetry, TransientStorageError, withRetries } from '../../lib/storage/retry.js';
import type { PutOptions } from '../../lib/storage/storage.js';
import { makeTempDir } from '../helpers/temp.js';

/** MEMORY whose next operations fail with the given errors, one each. */
class FlakyStorage extends MemoryStorage {
  failures: Error[] = [];
  calls = 0;

  private next(): void {
    this.calls++;
    const failure = this.failures.shift();
    if (failure) throw failure;
  }

  override async put(source: string, name: string, options?: PutOptions) {
    this.next();
    return super.put(source, name, options);
  }

  override async list() {
    this.next();
    return super.list();
  }
}

describe('storage wrappers', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let source: string;
  beforeEach(() => {
    temp = makeTempDir();
    source = join(temp.path, 'a.zip');
    writeFileSync(source, 'archive');
  });
  afterEach(() => temp.remove());

  describe('withRetries', () => {
    const waits: number[] = [];
    const hooks = { sleep: (ms: number) => Promise.resolve(void waits.push(ms)), random: () => 0.5 };
    beforeEach(() => (waits.length = 0));

    it('retries transient failures with growing, jittered waits, and honours Retry-After', async () => {
      const flaky = new FlakyStorage();
      flaky.failures = [
        new TransientStorageError('reset'),
        new TransientStorageError('503'),
        new TransientStorageError('429', { retryAfter: '7' }),
      ];
      expect(await withRetries(flaky, defaultRetry, hooks).list()).to.deep.equal([]);
      expect(flaky.calls).to.equal(4);
      expect(waits).to.deep.equal([375, 750, 7000]);
    });

    it('gives up after the policy’s attempts, with the last error', async () => {
      const flaky = new FlakyStorage();
      flaky.failures = Array.from({ length: 10 }, (_, i) => new TransientStorageError(`down ${i}`));
      const error = await withRetries(flaky, { ...defaultRetry, attempts: 3 }, hooks)
        .list()
        .catch((e: unknown) => e);
      expect(String(error)).to.contain('down 3');
      expect(flaky.calls).to.equal(4);
    });

    it('never retries a permanent error, nor a put that may have been stored', async () => {
      const flaky = new FlakyStorage();
      flaky.failures = [new Error('permission denied')];
      expect(
        String(
          await withRetries(flaky, defaultRetry, hooks)
            .list()
            .catch((e: unknown) => e),
        ),
      ).to.contain('permission');
      flaky.failures = [new TransientStorageError('answer lost', { putCommitted: 'unknown' })];
      expect(
        await withRetries(flaky, defaultRetry, hooks)
          .put(source, 'x.zip')
          .catch((e: unknown) => e),
      ).to.be.instanceOf(TransientStorageError);
      flaky.failures = [new TransientStorageError('refused before upload', { putCommitted: 'no' })];
      expect((await withRetries(flaky, defaultRetry, hooks).put(source, 'x.zip')).name).to.equal('x.zip');
      expect(flaky.calls).to.equal(4);
    });

    it('keeps a storage’s optional probe, retried like the rest', async () => {
      const flaky = Object.assign(new FlakyStorage(), {
        probe: () => Promise.resolve('reached the bucket'),
      });
      expect(await withRetries(flaky, defaultRetry, hooks).probe?.()).to.equal('reached the bucket');
      expect('probe' in withRetries(new MemoryStorage(), defaultRetry, hooks)).to.equal(false);
      expect(await dryRun(flaky).probe?.()).to.equal('reached the bucket');
    });

    it('backoff: full jitter under a growing ceiling, capped; Retry-After capped at four ceilings', () => {
      const policy = { ...defaultRetry, baseDelayMs: 100, maxDelayMs: 1000 };
      expect([1, 2, 3, 4, 5, 9].map((n) => backoff(n, policy, undefined, () => 1))).to.deep.equal([
        100, 200, 400, 800, 1000, 1000,
      ]);
      expect(backoff(1, policy, undefined, () => 0)).to.equal(50);
      expect(backoff(1, policy, '3600', () => 0)).to.equal(4000);
    });
  });

  describe('dryRun', () => {
    it('records puts and removes without touching the storage, and lists the storage as they would leave it', async () => {
      const real = new MemoryStorage();
      await real.put(source, 'old.zip');
      const preview = dryRun(real, [{ name: 'next.zip', size: 0 }]);
      expect((await preview.put(source, 'old.zip')).name).to.equal('old-2.zip');
      await preview.remove('old.zip');
      expect((await preview.list()).map((object) => object.name).sort()).to.deep.equal([
        'next.zip',
        'old-2.zip',
      ]);
      expect([...real.objects.keys()]).to.deep.equal(['old.zip']);
      expect(preview.planned.removed).to.deep.equal(['old.zip']);
    });
  });
});
