// The retention policy as a pure function: each rule, bucket edges, time zones with DST, leap days,
// unordered input, and properties over thousands of random histories.
import { expect } from 'chai';
import { parseDuration, subtractDuration } from '../../lib/retention/duration.js';
import { bucketOf } from '../../lib/retention/buckets.js';
import { applyRetention, type DatedArchive, type RetentionPolicy } from '../../lib/retention/policy.js';
import { Random, seedFromEnv } from '../helpers/random.js';

const at = (iso: string, sequence = 1): DatedArchive => ({
  name: `p_b_${iso.replace(/[-:]/g, '')}${sequence > 1 ? `-${sequence}` : ''}.zip`,
  time: new Date(iso),
  sequence,
});

/** Daily archives at 02:00 UTC, `count` of them ending on `last` (newest last in the array). */
function daily(count: number, last = '2026-03-10T02:00:00Z'): DatedArchive[] {
  const end = new Date(last).getTime();
  return Array.from({ length: count }, (_, i) =>
    at(new Date(end - (count - 1 - i) * 86_400_000).toISOString().replace('.000', '')),
  );
}

function keptNames(archives: DatedArchive[], policy: RetentionPolicy, timeZone = 'UTC'): string[] {
  return applyRetention(archives, policy, { timeZone }).keep.map(({ archive }) => archive.name);
}

function reasonsOf(archives: DatedArchive[], policy: RetentionPolicy, timeZone = 'UTC'): string[][] {
  return applyRetention(archives, policy, { timeZone }).keep.map(({ reasons }) => reasons);
}

const duration = (text: string) => {
  const parsed = parseDuration(text);
  if (!parsed) throw new Error(`bad duration ${text}`);
  return parsed;
};

describe('retention policy', () => {
  describe("the original tool's scenarios", () => {
    it('10 daily backups, KEEP_WITHIN 7d, MIN_KEEP 3: the 7 newest stay, the 3 oldest go', () => {
      const archives = daily(10);
      const decision = applyRetention(
        archives,
        { keepWithin: duration('7d'), minKeep: 3 },
        { timeZone: 'UTC' },
      );
      expect(decision.keep.map((k) => k.archive)).to.deep.equal(archives.slice(3).reverse());
      expect(decision.remove).to.deep.equal(archives.slice(0, 3).reverse());
    });

    it('a backup failing for weeks keeps its last good copies: KEEP_WITHIN counts from the newest archive', () => {
      const archives = daily(10, '2026-01-01T02:00:00Z'); // nothing newer, whatever today is
      expect(keptNames(archives, { keepWithin: duration('7d') })).to.have.length(7);
    });

    it('MIN_KEEP 3 keeps all of only two archives, and tops up a rule that keeps fewer', () => {
      expect(keptNames(daily(2), { keepWithin: duration('1h'), minKeep: 3 })).to.have.length(2);
      const decision = applyRetention(daily(10), { keepLast: 1, minKeep: 3 }, { timeZone: 'UTC' });
      expect(decision.keep.map((k) => k.reasons)).to.deep.equal([
        ['newest', 'last'],
        ['min-keep'],
        ['min-keep'],
      ]);
    });
  });

  it('keeps everything when there is nothing to apply, and returns nothing for no archives', () => {
    expect(applyRetention([], { keepLast: 3 })).to.deep.equal({ keep: [], remove: [] });
    expect(keptNames(daily(1), { keepLast: 1 })).to.have.length(1);
  });

  it('KEEP_LAST keeps the newest N, whatever order they come in, and newer -N suffixes first', () => {
    const archives = [
      at('2026-03-01T00:00:00Z'),
      at('2026-03-03T00:00:00Z'),
      at('2026-03-03T00:00:00Z', 2),
      at('2026-03-02T00:00:00Z'),
    ];
    expect(keptNames(archives, { keepLast: 2 })).to.deep.equal([archives[2]?.name, archives[1]?.name]);
  });

  it('KEEP_HOURLY keeps the newest archive of each of the last N hours that hold one', () => {
    const archives = [
      at('2026-03-01T10:05:00Z'),
      at('2026-03-01T10:59:59Z'),
      at('2026-03-01T11:00:00Z'),
      at('2026-03-01T13:30:00Z'), // 12:xx has nothing: that hour does not count
    ];
    expect(keptNames(archives, { keepHourly: 3 })).to.deep.equal([
      archives[3]?.name,
      archives[2]?.name,
      archives[1]?.name,
    ]);
  });

  it('KEEP_DAILY buckets are calendar days in the given zone, edges exact to the second', () => {
    const archives = [at('2026-03-01T23:59:59Z'), at('2026-03-02T00:00:00Z'), at('2026-03-02T12:00:00Z')];
    expect(keptNames(archives, { keepDaily: 5 })).to.deep.equal([archives[2]?.name, archives[0]?.name]);
    // In New York (UTC-5) the first two are both evening of 1 March: the later one stands for that day,
    expect(keptNames(archives, { keepDaily: 2 }, 'America/New_York')).to.deep.equal([
      archives[2]?.name,
      archives[1]?.name,
    ]);
    // and the earlier one stays only as the oldest archive while the count is not used up (restic ≥ 0.16).
    expect(reasonsOf(archives, { keepDaily: 5 }, 'America/New_York')).to.deep.equal([
      ['newest', 'daily'],
      ['daily'],
      ['oldest daily'],
    ]);
  });

  it('KEEP_WEEKLY uses ISO weeks: Sunday closes a week, a year boundary can sit inside one', () => {
    expect(bucketOf(new Date('2026-03-08T12:00:00Z'), 'weekly', 'UTC')).to.equal('2026-W10'); // Sunday
    expect(bucketOf(new Date('2026-03-09T00:00:00Z'), 'weekly', 'UTC')).to.equal('2026-W11'); // Monday
    expect(bucketOf(new Date('2026-12-31T12:00:00Z'), 'weekly', 'UTC')).to.equal('2026-W53');
    expect(bucketOf(new Date('2027-01-01T12:00:00Z'), 'weekly', 'UTC')).to.equal('2026-W53');
    expect(bucketOf(new Date('2027-01-04T12:00:00Z'), 'weekly', 'UTC')).to.equal('2027-W01');
    expect(bucketOf(new Date('2024-12-30T12:00:00Z'), 'weekly', 'UTC')).to.equal('2025-W01');
    const archives = daily(21, '2026-03-22T02:00:00Z'); // 2 to 22 March
    expect(keptNames(archives, { keepWeekly: 2 })).to.deep.equal([archives[20]?.name, archives[13]?.name]);
  });

  it('KEEP_MONTHLY and KEEP_YEARLY keep the newest of each month and year, leap days included', () => {
    const archives = [
      at('2024-02-28T02:00:00Z'),
      at('2024-02-29T02:00:00Z'),
      at('2024-03-01T02:00:00Z'),
      at('2025-12-31T23:59:59Z'),
      at('2026-01-01T00:00:00Z'),
    ];
    expect(keptNames(archives, { keepMonthly: 4 })).to.deep.equal([
      archives[4]?.name,
      archives[3]?.name,
      archives[2]?.name,
      archives[1]?.name, // 29 February is February's newest
    ]);
    expect(keptNames(archives, { keepYearly: 3 })).to.deep.equal([
      archives[4]?.name,
      archives[3]?.name,
      archives[2]?.name,
    ]);
    expect(reasonsOf(archives, { keepYearly: 5 }).at(-1)).to.deep.equal(['oldest yearly']);
  });

  it('daylight saving changes: buckets follow local days, and the repeated hour is one local hour', () => {
    // Europe/Berlin leaves DST on 25 Oct 2026 at 03:00 CEST → 02:00 CET: 02:xx local happens twice.
    const first = at('2026-10-25T00:30:00Z'); // 02:30 CEST
    const second = at('2026-10-25T01:30:00Z'); // 02:30 CET
    expect(bucketOf(first.time, 'hourly', 'Europe/Berlin')).to.equal(
      bucketOf(second.time, 'hourly', 'Europe/Berlin'),
    );
    expect(keptNames([first, second], { keepHourly: 1 }, 'Europe/Berlin')).to.deep.equal([second.name]);
    expect(reasonsOf([first, second], { keepHourly: 24 }, 'Europe/Berlin')).to.deep.equal([
      ['newest', 'hourly'],
      ['oldest hourly'],
    ]);
    // Spring forward, 29 Mar 2026: 23:30 UTC the day before is already 29 March 00:30 CET locally.
    const night = at('2026-03-28T23:30:00Z');
    const morning = at('2026-03-29T05:00:00Z');
    expect(reasonsOf([night, morning], { keepDaily: 7 }, 'Europe/Berlin')).to.deep.equal([
      ['newest', 'daily'],
      ['oldest daily'],
    ]);
    expect(reasonsOf([night, morning], { keepDaily: 7 }, 'UTC')).to.deep.equal([
      ['newest', 'daily'],
      ['daily'],
    ]);
  });

  it('KEEP_WITHIN subtracts calendar units from the newest archive as restic does, and excludes the exact boundary', () => {
    // Go's AddDate carries a day that does not exist: 31 March minus a month is "31 February", 2 March in 2024.
    expect(subtractDuration(new Date('2024-03-31T02:00:00Z'), duration('1m'), 'UTC').toISOString()).to.equal(
      '2024-03-02T02:00:00.000Z',
    );
    expect(subtractDuration(new Date('2024-02-29T00:00:00Z'), duration('1y'), 'UTC').toISOString()).to.equal(
      '2023-03-01T00:00:00.000Z',
    );
    expect(
      subtractDuration(new Date('2026-01-15T12:00:00Z'), duration('1y1m1w1d1h'), 'UTC').toISOString(),
    ).to.equal('2024-12-07T11:00:00.000Z');
    // Calendar units keep the local wall-clock time across a daylight-saving change; hours are elapsed time.
    // 2026-03-30 12:00 CEST minus 2d is 2026-03-28 12:00 CET: 49 hours earlier, not 48.
    const berlin = new Date('2026-03-30T10:00:00Z');
    expect(subtractDuration(berlin, duration('2d'), 'Europe/Berlin').toISOString()).to.equal(
      '2026-03-28T11:00:00.000Z',
    );
    expect(subtractDuration(berlin, duration('48h'), 'Europe/Berlin').toISOString()).to.equal(
      '2026-03-28T10:00:00.000Z',
    );
    // Landing in the hour skipped at the spring change (02:30 on 29 March does not exist in Berlin): Go
    // takes the offset in force before the jump, so 02:30 CET, which clocks show as 03:30 CEST.
    expect(
      subtractDuration(new Date('2026-03-30T00:30:00Z'), duration('1d'), 'Europe/Berlin').toISOString(),
    ).to.equal('2026-03-29T01:30:00.000Z');
    // A duration longer than a Date can reach keeps everything instead of failing.
    expect(subtractDuration(berlin, duration('999999999y'), 'UTC').getTime()).to.equal(-8.64e15);
    const archives = [at('2026-03-01T02:00:00Z'), at('2026-03-01T02:00:01Z'), at('2026-03-02T02:00:00Z')];
    expect(keptNames(archives, { keepWithin: duration('1d') })).to.deep.equal([
      archives[2]?.name,
      archives[1]?.name,
    ]);
    expect(parseDuration('7')).to.equal(undefined);
    expect(parseDuration('d')).to.equal(undefined);
    expect(parseDuration('1d1y')).to.equal(undefined);
    expect(parseDuration('0d')).to.equal(undefined);
    expect(parseDuration('0y0m')).to.equal(undefined);
    expect(parseDuration('10d')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 10, hours: 0 });
  });

  it('the union of rules: each archive lists every rule that keeps it', () => {
    const archives = daily(40, '2026-03-31T02:00:00Z');
    const decision = applyRetention(
      archives,
      { keepLast: 2, keepDaily: 3, keepWeekly: 2, keepMonthly: 2 },
      { timeZone: 'UTC' },
    );
    const byName = new Map(decision.keep.map((k) => [k.archive.name, k.reasons]));
    // 20 February to 31 March (a Tuesday): index 37 is Sunday 29 March, index 8 is 28 February.
    expect(byName.get(archives[39]?.name ?? '')).to.deep.equal([
      'newest',
      'last',
      'daily',
      'weekly',
      'monthly',
    ]);
    expect(byName.get(archives[38]?.name ?? '')).to.deep.equal(['last', 'daily']);
    expect(byName.get(archives[37]?.name ?? '')).to.deep.equal(['daily', 'weekly']);
    expect(byName.get(archives[8]?.name ?? '')).to.deep.equal(['monthly']);
    expect(decision.keep).to.have.length(4);
  });

  it('keeps the archive this run stored even when the clock made it look older than the rest', () => {
    const archives = daily(5);
    const older = at('2020-01-01T00:00:00Z');
    const decision = applyRetention(
      [...archives, older],
      { keepLast: 1 },
      { protect: new Set([older.name]) },
    );
    expect(decision.keep.map((k) => k.archive.name)).to.include(older.name);
  });

  describe('properties over random histories', function () {
    this.timeout(60_000);
    const seed = seedFromEnv();
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];

    function randomHistory(random: Random): DatedArchive[] {
      const count = random.int(60);
      const base = Date.UTC(2023, 0, 1) + random.int(3 * 365) * 86_400_000;
      const archives: DatedArchive[] = [];
      for (let i = 0; i < count; i++) {
        const time = new Date(base + random.int(400 * 86_400) * 1000 * random.pick([1, 1, 60]));
        time.setUTCMilliseconds(0);
        archives.push(at(time.toISOString().replace('.000', ''), random.int(5) === 0 ? 2 : 1));
      }
      const unique = new Map(archives.map((archive) => [archive.name, archive]));
      return [...unique.values()];
    }

    function randomPolicy(random: Random): RetentionPolicy {
      const maybe = (max: number) => (random.int(3) === 0 ? undefined : 1 + random.int(max));
      const count = (max: number) => (random.int(10) === 0 ? ('unlimited' as const) : maybe(max));
      const within = () =>
        random.int(4) === 0
          ? parseDuration(`${1 + random.int(30)}${random.pick(['h', 'd', 'w', 'm', 'y'])}`)
          : undefined;
      const policy: RetentionPolicy = {};
      const assign = <K extends keyof RetentionPolicy>(key: K, value: RetentionPolicy[K] | undefined) => {
        if (value !== undefined) policy[key] = value;
      };
      assign('keepLast', count(5));
      assign('keepHourly', count(48));
      assign('keepDaily', count(10));
      assign('keepWeekly', count(6));
      assign('keepMonthly', count(12));
      assign('keepYearly', count(3));
      assign('keepWithinHourly', within());
      assign('keepWithinDaily', within());
      assign('keepWithinWeekly', within());
      assign('keepWithinMonthly', within());
      assign('keepWithinYearly', within());
      assign('minKeep', maybe(8));
      if (random.int(2) === 0)
        assign('keepWithin', parseDuration(`${1 + random.int(30)}${random.pick(['h', 'd', 'w', 'm'])}`));
      return policy;
    }

    it(`hold for 3000 histories (seed ${seed}): newest kept, MIN_KEEP held, a partition, idempotent, order-free`, () => {
      const random = new Random(seed);
      for (let round = 0; round < 3000; round++) {
        const archives = randomHistory(random);
        const policy = randomPolicy(random);
        const timeZone = random.pick(zones);
        const decision = applyRetention(archives, policy, { timeZone });
        const context = `seed ${seed} round ${round} policy ${JSON.stringify(policy)} zone ${timeZone}`;
        const kept = decision.keep.map((k) => k.archive);
        expect(kept.length + decision.remove.length, context).to.equal(archives.length);
        expect(new Set([...kept, ...decision.remove]).size, context).to.equal(archives.length);
        if (archives.length > 0) {
          const newest = [...archives].sort(
            (a, b) => b.time.getTime() - a.time.getTime() || b.sequence - a.sequence,
          )[0];
          expect(kept, context).to.include(newest);
        }
        expect(kept.length, context).to.be.at.least(Math.min(policy.minKeep ?? 0, archives.length));
        for (const k of decision.keep) expect(k.reasons.length, context).to.be.greaterThan(0);
        // Run again on what was kept: nothing more goes.
        const again = applyRetention(kept, policy, { timeZone });
        expect(again.remove, context).to.deep.equal([]);
        // The input order does not matter.
        const shuffled = [...archives].sort(() => random.next() - 0.5);
        expect(applyRetention(shuffled, policy, { timeZone }).remove, context).to.deep.equal(decision.remove);
      }
    });
  });
});
