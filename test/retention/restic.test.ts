// RETENTION against restic's `forget`: the same kept set and the same reasons as a line-by-line
// transcription of restic's ApplyPolicy (restic-reference.ts) on thousands of random histories, and the
// results restic's documentation states for its examples (restic's own test cases: restic-golden.test.ts).
import { expect } from 'chai';
import { subtractDuration, type Duration } from '../../lib/retention/duration.js';
import {
  applyRetention,
  type DatedArchive,
  type KeepCount,
  type KeepReason,
  type RetentionPolicy,
} from '../../lib/retention/policy.js';
import { Random, seedFromEnv } from '../helpers/random.js';
import { compare, duration, toRestic } from './restic-compare.js';
import { resticWithinLimit } from './restic-reference.js';

describe("retention equals restic's forget", () => {
  describe('against the transcription of restic 0.16+ ApplyPolicy, on random histories', function () {
    this.timeout(120_000);
    const seed = seedFromEnv();
    const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
    const second = 1000;
    // From minutes apart to years apart, so that every bucket size sees both sparse and crowded buckets.
    const spans = [
      3600 * second,
      86_400 * second,
      40 * 86_400 * second,
      400 * 86_400 * second,
      8 * 365 * 86_400 * second,
    ];

    function randomHistory(random: Random): DatedArchive[] {
      const count = random.int(45);
      const span = random.pick(spans);
      // Often start near a daylight-saving change (late March or late October) to cross one.
      const base =
        random.int(2) === 0
          ? Date.UTC(2018 + random.int(10), random.pick([2, 9]), 24 + random.int(8))
          : Date.UTC(2015 + random.int(15), random.int(12), 1 + random.int(28));
      const archives = new Map<string, DatedArchive>();
      for (let i = 0; i < count; i++) {
        const time = new Date(base + Math.floor((random.next() * span) / second) * second);
        const sequence = random.int(6) === 0 ? 2 : 1;
        const name = `p_b_${time.toISOString()}-${sequence}`;
        archives.set(name, { name, time, sequence });
      }
      return [...archives.values()];
    }

    function randomDuration(random: Random): Duration {
      const part = (max: number) => (random.int(3) === 0 ? random.int(max + 1) : 0);
      const value = { years: part(2), months: part(14), weeks: part(3), days: part(40), hours: part(60) };
      if (Object.values(value).every((v) => v === 0)) value.days = 1 + random.int(10);
      return value;
    }

    function randomPolicy(random: Random): RetentionPolicy {
      const policy: RetentionPolicy = {};
      const count = (): KeepCount | undefined =>
        random.int(5) < 3 ? undefined : random.int(8) === 0 ? 'unlimited' : 1 + random.int(8);
      const within = () => (random.int(4) === 0 ? randomDuration(random) : undefined);
      const set = <K extends keyof RetentionPolicy>(key: K, value: RetentionPolicy[K] | undefined) => {
        if (value !== undefined) policy[key] = value;
      };
      set('keepLast', count());
      set('keepHourly', count());
      set('keepDaily', count());
      set('keepWeekly', count());
      set('keepMonthly', count());
      set('keepYearly', count());
      set('keepWithin', within());
      set('keepWithinHourly', within());
      set('keepWithinDaily', within());
      set('keepWithinWeekly', within());
      set('keepWithinMonthly', within());
      set('keepWithinYearly', within());
      if (Object.keys(policy).length === 0) policy.keepDaily = 1 + random.int(5);
      return policy;
    }

    it(`measures every KEEP_WITHIN* limit as Go's AddDate does, across daylight-saving changes (seed ${seed})`, () => {
      const random = new Random(seed);
      for (let round = 0; round < 10_000; round++) {
        const zone = random.pick(zones);
        // Around the night of a change (late March, late October; early April and October for Lord Howe),
        // so that the calendar arithmetic often lands in a skipped or repeated local hour.
        const night = Date.UTC(2018 + random.int(10), random.pick([2, 3, 9, 10]), 1 + random.int(31));
        const latest = new Date(night + random.int(36 * 60) * 60_000 + random.pick([0, 1, 59]) * 1000);
        const duration = randomDuration(random);
        const context = `seed ${seed} round ${round} ${zone} ${latest.toISOString()} ${JSON.stringify(duration)}`;
        const restic = toRestic({ keepWithin: duration }).within;
        if (!restic) throw new Error('no duration');
        expect(subtractDuration(latest, duration, zone).toISOString(), context).to.equal(
          resticWithinLimit(latest, restic, zone).toISOString(),
        );
      }
    });

    it(`keeps the same archives for the same reasons in 3000 cases (seed ${seed})`, () => {
      const random = new Random(seed);
      let oldestKept = 0;
      for (let round = 0; round < 3000; round++) {
        const archives = randomHistory(random);
        const policy = randomPolicy(random);
        const timeZone = random.pick(zones);
        const { ours, restic } = compare(archives, policy, timeZone);
        const context = `seed ${seed} round ${round} zone ${timeZone} policy ${JSON.stringify(policy)}`;
        expect(ours, context).to.deep.equal(restic);
        if (ours.some(([, reasons]) => (reasons as string[]).some((r) => r.startsWith('oldest'))))
          oldestKept++;
      }
      // The generator must reach restic 0.16's rule often, or this test would prove little about it.
      expect(oldestKept).to.be.greaterThan(300);
    });
  });

  describe("restic's documentation (doc/060_forget.rst)", () => {
    const dailyAt = (first: string, count: number, step = 1): DatedArchive[] =>
      Array.from({ length: count }, (_, i) => {
        const time = new Date(new Date(first).getTime() + i * step * 86_400_000);
        return { name: `a_${time.toISOString()}`, time, sequence: 1 };
      });

    it('one backup every Sunday for 12 weeks, --keep-daily 4: the last four Sundays', () => {
      const sundays = dailyAt('2019-09-01T11:00:00Z', 12, 7);
      const decision = applyRetention(sundays, { keepDaily: 4 }, { timeZone: 'UTC' });
      expect(decision.keep.map((k) => k.archive.time.toISOString().slice(0, 10))).to.deep.equal([
        '2019-11-17',
        '2019-11-10',
        '2019-11-03',
        '2019-10-27',
      ]);
      expect(decision.remove).to.have.length(8);
    });

    it('a backup every day for 100 years, --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --keep-yearly 75', function () {
      this.timeout(30_000);
      // "… would keep the most recent 7 daily snapshots and 4 last-day-of-the-week ones (since the 7
      // dailies already include 1 weekly). Additionally, 12 or 11 last-day-of-the-month snapshots will be
      // kept (depending on whether one of them ends up being the same as a daily or weekly). And finally 75
      // or 74 last-day-of-the-year snapshots are kept …". Ending on Sunday 29 March 2026, the 7 days are one
      // ISO week and March is the one month shared with the dailies; the doc's "75 or 74" leaves out that
      // two can overlap: 2026's yearly is a daily and 2025's (31 December) a monthly, so 73 stand alone.
      const days = dailyAt('1926-03-30T12:00:00Z', 36_525); // to 29 March 2026
      const policy = { keepDaily: 7, keepWeekly: 5, keepMonthly: 12, keepYearly: 75 };
      const { decision, ours, restic } = compare(days, policy, 'UTC');
      expect(ours).to.deep.equal(restic);
      const only = (reason: KeepReason) =>
        decision.keep.filter((k) => k.reasons.filter((r) => r !== 'newest').join() === reason).length;
      expect(decision.keep.filter((k) => k.reasons.includes('daily'))).to.have.length(7);
      expect(only('weekly')).to.equal(4);
      const monthlyBeyondTheDailies = decision.keep.filter(
        (k) => k.reasons.includes('monthly') && !k.reasons.includes('daily') && !k.reasons.includes('weekly'),
      );
      expect(monthlyBeyondTheDailies).to.have.length(11); // one of them, 31 December 2025, also yearly
      expect(only('yearly')).to.equal(73);
      expect(decision.keep).to.have.length(7 + 4 + 11 + 73);
    });

    it('not enough snapshots for a --keep-* count: the oldest is kept too, marked "oldest"', () => {
      // Backups since June: --keep-yearly 3 keeps this year's and last year's newest, and June's first.
      const days = dailyAt('2025-06-01T03:00:00Z', 283); // to 10 March 2026
      const decision = applyRetention(days, { keepYearly: 3 }, { timeZone: 'UTC' });
      expect(decision.keep.map((k) => [k.archive.time.toISOString().slice(0, 10), k.reasons])).to.deep.equal([
        ['2026-03-10', ['newest', 'yearly']],
        ['2025-12-31', ['yearly']],
        ['2025-06-01', ['oldest yearly']],
      ]);
      // Once the count is used up, the oldest goes as before.
      expect(applyRetention(days, { keepYearly: 2 }, { timeZone: 'UTC' }).keep).to.have.length(2);
    });

    it('--keep-within-daily 7d --keep-within-weekly 1m --keep-within-monthly 1y --keep-within-yearly 75y', () => {
      // Irregular: a backup every third day for three years.
      const history = dailyAt('2023-01-02T02:00:00Z', 365, 3);
      const policy = {
        keepWithinDaily: duration('7d'),
        keepWithinWeekly: duration('1m'),
        keepWithinMonthly: duration('1y'),
        keepWithinYearly: duration('75y'),
      };
      const { decision, ours, restic } = compare(history, policy, 'Europe/Berlin');
      expect(ours).to.deep.equal(restic);
      const having = (reason: KeepReason) => decision.keep.filter((k) => k.reasons.includes(reason)).length;
      expect(having('daily within')).to.equal(3); // 7 days back from the newest: the newest and two more
      expect(having('yearly within')).to.equal(3); // 2023 to 2025
      // and the first backup of 2023, the oldest of all: restic keeps it while the window reaches it
      expect(having('oldest yearly within')).to.equal(1);
    });
  });
});
