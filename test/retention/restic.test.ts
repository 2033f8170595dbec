// RETENTION against restic's `forget`: the same kept set and the same reasons as a line-by-line
// transcription of restic's ApplyPolicy (restic-reference.ts) on thousands of random histories, and the
// results restic's own tests and documentation state for their examples.
import { expect } from 'chai';
import { parseDuration, subtractDuration, type Duration } from '../../lib/retention/duration.js';
import {
  applyRetention,
  type DatedArchive,
  type KeepCount,
  type KeepReason,
  type RetentionPolicy,
} from '../../lib/retention/policy.js';
import { Random, seedFromEnv } from '../helpers/random.js';
import {
  resticApplyPolicy,
  resticWithinLimit,
  type ResticDuration,
  type ResticPolicy,
  type ResticSnapshot,
} from './restic-reference.js';

/** Our policy in restic's terms: a missing count is 0, `unlimited` is -1, weeks are 7 days. */
function toRestic(policy: RetentionPolicy): ResticPolicy {
  const count = (value: KeepCount | undefined) =>
    value === undefined ? 0 : value === 'unlimited' ? -1 : value;
  const duration = (value: Duration | undefined): ResticDuration | undefined =>
    value && {
      years: value.years,
      months: value.months,
      days: value.weeks * 7 + value.days,
      hours: value.hours,
    };
  return {
    last: count(policy.keepLast),
    hourly: count(policy.keepHourly),
    daily: count(policy.keepDaily),
    weekly: count(policy.keepWeekly),
    monthly: count(policy.keepMonthly),
    yearly: count(policy.keepYearly),
    ...optional('within', duration(policy.keepWithin)),
    ...optional('withinHourly', duration(policy.keepWithinHourly)),
    ...optional('withinDaily', duration(policy.keepWithinDaily)),
    ...optional('withinWeekly', duration(policy.keepWithinWeekly)),
    ...optional('withinMonthly', duration(policy.keepWithinMonthly)),
    ...optional('withinYearly', duration(policy.keepWithinYearly)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** restic's reason in our words: "oldest daily snapshot" → `oldest daily`, "daily within 7d" → `daily within`. */
function ourReason(match: string): string {
  return match.replace(/ snapshot$/, '').replace(/^(.*\bwithin) \S+$/, '$1');
}

/** A clock far after every generated archive: restic ignores snapshots dated after now for durations. */
const farFuture = new Date('3000-01-01T00:00:00Z');

/** Both sides on one history: ours from any order; restic's on our newest-first order (its sort is by time only). */
function compare(archives: DatedArchive[], policy: RetentionPolicy, timeZone: string) {
  const ours = applyRetention(archives, policy, { timeZone });
  const order = [...ours.keep.map((k) => k.archive), ...ours.remove].sort(
    (a, b) => b.time.getTime() - a.time.getTime() || b.sequence - a.sequence || (a.name < b.name ? 1 : -1),
  );
  const snapshots: ResticSnapshot[] = order.map((archive) => ({ id: archive.name, time: archive.time }));
  const restic = resticApplyPolicy(snapshots, toRestic(policy), timeZone, farFuture);
  const ruleReasons = (reasons: readonly KeepReason[]) => reasons.filter((reason) => reason !== 'newest');
  return {
    ours: ours.keep.map((k) => [k.archive.name, ruleReasons(k.reasons)]),
    restic: restic.reasons.map((r) => [r.snapshot.id, r.matches.map(ourReason)]),
    decision: ours,
  };
}

const duration = (text: string): Duration => {
  const parsed = parseDuration(text);
  if (!parsed) throw new Error(`bad duration ${text}`);
  return parsed;
};

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
      for (let round = 0; round < 20_000; round++) {
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

    it(`keeps the same archives for the same reasons in 4000 cases (seed ${seed})`, () => {
      const random = new Random(seed);
      let oldestKept = 0;
      for (let round = 0; round < 4000; round++) {
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
      expect(oldestKept).to.be.greaterThan(400);
    });
  });

  describe("restic's own test history (internal/data/snapshot_policy_test.go and its golden files)", () => {
    // TestApplyPolicy's snapshots, in its order; equal times keep that order in restic's stable sort.
    const times = [
      '2014-09-01 10:20:30',
      '2014-09-02 10:20:30',
      '2014-09-05 10:20:30',
      '2014-09-06 10:20:30',
      '2014-09-08 10:20:30',
      '2014-09-09 10:20:30',
      '2014-09-10 10:20:30',
      '2014-09-11 10:20:30',
      '2014-09-20 10:20:30',
      '2014-09-22 10:20:30',
      '2014-08-08 10:20:30',
      '2014-08-10 10:20:30',
      '2014-08-12 10:20:30',
      '2014-08-13 10:20:30',
      '2014-08-13 10:20:30.1',
      '2014-08-15 10:20:30',
      '2014-08-18 10:20:30',
      '2014-08-20 10:20:30',
      '2014-08-21 10:20:30',
      '2014-08-22 10:20:30',
      '2014-10-01 10:20:30',
      '2014-10-02 10:20:30',
      '2014-10-05 10:20:30',
      '2014-10-06 10:20:30',
      '2014-10-08 10:20:30',
      '2014-10-09 10:20:30',
      '2014-10-10 10:20:30',
      '2014-10-11 10:20:30',
      '2014-10-20 10:20:30',
      '2014-10-22 10:20:30',
      '2014-11-08 10:20:30',
      '2014-11-10 10:20:30',
      '2014-11-12 10:20:30',
      '2014-11-13 10:20:30',
      '2014-11-13 10:20:30.1',
      '2014-11-15 10:20:30',
      '2014-11-18 10:20:30',
      '2014-11-20 10:20:30',
      '2014-11-21 10:20:30',
      '2014-11-22 10:20:30',
      '2015-09-01 10:20:30',
      '2015-09-02 10:20:30',
      '2015-09-05 10:20:30',
      '2015-09-06 10:20:30',
      '2015-09-08 10:20:30',
      '2015-09-09 10:20:30',
      '2015-09-10 10:20:30',
      '2015-09-11 10:20:30',
      '2015-09-20 10:20:30',
      '2015-09-22 10:20:30',
      '2015-08-08 10:20:30',
      '2015-08-10 10:20:30',
      '2015-08-12 10:20:30',
      '2015-08-13 10:20:30',
      '2015-08-13 10:20:30.1',
      '2015-08-15 10:20:30',
      '2015-08-18 10:20:30',
      '2015-08-20 10:20:30',
      '2015-08-21 10:20:30',
      '2015-08-22 10:20:30',
      '2015-10-01 10:20:30',
      '2015-10-02 10:20:30',
      '2015-10-05 10:20:30',
      '2015-10-06 10:20:30',
      '2015-10-08 10:20:30',
      '2015-10-09 10:20:30',
      '2015-10-10 10:20:30',
      '2015-10-11 10:20:30',
      '2015-10-20 10:20:30',
      '2015-10-22 10:20:30',
      '2015-10-22 10:20:30',
      '2015-10-22 10:20:30',
      '2015-10-22 10:20:30',
      '2015-10-22 10:20:30',
      '2015-11-08 10:20:30',
      '2015-11-10 10:20:30',
      '2015-11-12 10:20:30',
      '2015-11-13 10:20:30',
      '2015-11-13 10:20:30.1',
      '2015-11-15 10:20:30',
      '2015-11-18 10:20:30',
      '2015-11-20 10:20:30',
      '2015-11-21 10:20:30',
      '2015-11-22 10:20:30',
      '2016-01-01 01:02:03',
      '2016-01-01 01:03:03',
      '2016-01-01 07:08:03',
      '2016-01-03 07:02:03',
      '2016-01-04 10:23:03',
      '2016-01-04 11:23:03',
      '2016-01-04 12:23:03',
      '2016-01-04 12:24:03',
      '2016-01-04 12:28:03',
      '2016-01-04 12:30:03',
      '2016-01-04 16:23:03',
      '2016-01-05 09:02:03',
      '2016-01-06 08:02:03',
      '2016-01-07 10:02:03',
      '2016-01-08 20:02:03',
      '2016-01-09 21:02:03',
      '2016-01-12 21:02:03',
      '2016-01-12 21:08:03',
      '2016-01-18 12:02:03',
    ];
    const archives: DatedArchive[] = times.map((time, index) => ({
      name: `s${index}`,
      time: new Date(`${time.replace(' ', 'T')}Z`),
      sequence: times.length - index,
    }));

    /** Kept archives as `time reason, reason`, newest first, without our own `newest`. */
    function kept(policy: RetentionPolicy): string[] {
      return applyRetention(archives, policy, { timeZone: 'UTC' }).keep.map(
        ({ archive, reasons }) =>
          `${archive.time
            .toISOString()
            .replace(/\.000Z$|Z$/, '')
            .replace('T', ' ')} ${reasons.filter((reason) => reason !== 'newest').join(', ')}`,
      );
    }

    const all = (reason: string, list: string[]) => list.map((time) => `${time} ${reason}`);

    it('policy_keep_snapshots_5, KEEP_HOURLY 20', () => {
      expect(kept({ keepHourly: 20 })).to.deep.equal(
        all('hourly', [
          '2016-01-18 12:02:03',
          '2016-01-12 21:08:03',
          '2016-01-09 21:02:03',
          '2016-01-08 20:02:03',
          '2016-01-07 10:02:03',
          '2016-01-06 08:02:03',
          '2016-01-05 09:02:03',
          '2016-01-04 16:23:03',
          '2016-01-04 12:30:03',
          '2016-01-04 11:23:03',
          '2016-01-04 10:23:03',
          '2016-01-03 07:02:03',
          '2016-01-01 07:08:03',
          '2016-01-01 01:03:03',
          '2015-11-22 10:20:30',
          '2015-11-21 10:20:30',
          '2015-11-20 10:20:30',
          '2015-11-18 10:20:30',
          '2015-11-15 10:20:30',
          '2015-11-13 10:20:30.100',
        ]),
      );
    });

    it('policy_keep_snapshots_8, KEEP_DAILY 30', () => {
      expect(kept({ keepDaily: 30 })).to.deep.equal(
        all('daily', [
          '2016-01-18 12:02:03',
          '2016-01-12 21:08:03',
          '2016-01-09 21:02:03',
          '2016-01-08 20:02:03',
          '2016-01-07 10:02:03',
          '2016-01-06 08:02:03',
          '2016-01-05 09:02:03',
          '2016-01-04 16:23:03',
          '2016-01-03 07:02:03',
          '2016-01-01 07:08:03',
          '2015-11-22 10:20:30',
          '2015-11-21 10:20:30',
          '2015-11-20 10:20:30',
          '2015-11-18 10:20:30',
          '2015-11-15 10:20:30',
          '2015-11-13 10:20:30.100',
          '2015-11-12 10:20:30',
          '2015-11-10 10:20:30',
          '2015-11-08 10:20:30',
          '2015-10-22 10:20:30',
          '2015-10-20 10:20:30',
          '2015-10-11 10:20:30',
          '2015-10-10 10:20:30',
          '2015-10-09 10:20:30',
          '2015-10-08 10:20:30',
          '2015-10-06 10:20:30',
          '2015-10-05 10:20:30',
          '2015-10-02 10:20:30',
          '2015-10-01 10:20:30',
          '2015-09-22 10:20:30',
        ]),
      );
    });

    it('policy_keep_snapshots_15, KEEP_DAILY 2, KEEP_WEEKLY 2, KEEP_MONTHLY 6', () => {
      expect(kept({ keepDaily: 2, keepWeekly: 2, keepMonthly: 6 })).to.deep.equal([
        '2016-01-18 12:02:03 daily, weekly, monthly',
        '2016-01-12 21:08:03 daily, weekly',
        '2015-11-22 10:20:30 monthly',
        '2015-10-22 10:20:30 monthly',
        '2015-09-22 10:20:30 monthly',
        '2015-08-22 10:20:30 monthly',
        '2014-11-22 10:20:30 monthly',
      ]);
    });

    it('policy_keep_snapshots_16, KEEP_YEARLY 10: three years, and the oldest archive as "oldest yearly"', () => {
      expect(kept({ keepYearly: 10 })).to.deep.equal([
        '2016-01-18 12:02:03 yearly',
        '2015-11-22 10:20:30 yearly',
        '2014-11-22 10:20:30 yearly',
        '2014-08-08 10:20:30 oldest yearly',
      ]);
    });

    it('policy_keep_snapshots_32, KEEP_WITHIN_WEEKLY 1y2m3d3h', () => {
      expect(kept({ keepWithinWeekly: duration('1y2m3d3h') })).to.deep.equal(
        all('weekly within', [
          '2016-01-18 12:02:03',
          '2016-01-12 21:08:03',
          '2016-01-09 21:02:03',
          '2016-01-03 07:02:03',
          '2015-11-22 10:20:30',
          '2015-11-15 10:20:30',
          '2015-11-08 10:20:30',
          '2015-10-22 10:20:30',
          '2015-10-11 10:20:30',
          '2015-10-02 10:20:30',
          '2015-09-22 10:20:30',
          '2015-09-20 10:20:30',
          '2015-09-11 10:20:30',
          '2015-09-06 10:20:30',
          '2015-08-22 10:20:30',
          '2015-08-15 10:20:30',
          '2015-08-08 10:20:30',
          '2014-11-22 10:20:30',
          '2014-11-15 10:20:30',
        ]),
      );
    });

    it('policy_keep_snapshots_33, KEEP_WITHIN_MONTHLY 1y2m3d3h', () => {
      expect(kept({ keepWithinMonthly: duration('1y2m3d3h') })).to.deep.equal(
        all('monthly within', [
          '2016-01-18 12:02:03',
          '2015-11-22 10:20:30',
          '2015-10-22 10:20:30',
          '2015-09-22 10:20:30',
          '2015-08-22 10:20:30',
          '2014-11-22 10:20:30',
        ]),
      );
    });

    it('policy_keep_snapshots_39, KEEP_DAILY 3, KEEP_WEEKLY 2, KEEP_MONTHLY and KEEP_YEARLY unlimited', () => {
      expect(
        kept({ keepDaily: 3, keepWeekly: 2, keepMonthly: 'unlimited', keepYearly: 'unlimited' }),
      ).to.deep.equal([
        '2016-01-18 12:02:03 daily, weekly, monthly, yearly',
        '2016-01-12 21:08:03 daily, weekly',
        '2016-01-09 21:02:03 daily',
        '2015-11-22 10:20:30 monthly, yearly',
        '2015-10-22 10:20:30 monthly',
        '2015-09-22 10:20:30 monthly',
        '2015-08-22 10:20:30 monthly',
        '2014-11-22 10:20:30 monthly, yearly',
        '2014-10-22 10:20:30 monthly',
        '2014-09-22 10:20:30 monthly',
        '2014-08-22 10:20:30 monthly',
        '2014-08-08 10:20:30 oldest monthly, oldest yearly',
      ]);
    });

    it("the transcription agrees with every golden file above and with all of restic's other test policies", () => {
      const policies: RetentionPolicy[] = [
        { keepLast: 10 },
        { keepLast: 15 },
        { keepLast: 99 },
        { keepLast: 200 },
        { keepHourly: 20 },
        { keepDaily: 3 },
        { keepDaily: 10 },
        { keepDaily: 30 },
        { keepLast: 5, keepDaily: 5 },
        { keepLast: 2, keepDaily: 10 },
        { keepWeekly: 2 },
        { keepWeekly: 4 },
        { keepDaily: 3, keepWeekly: 4 },
        { keepMonthly: 6 },
        { keepDaily: 2, keepWeekly: 2, keepMonthly: 6 },
        { keepYearly: 10 },
        { keepDaily: 7, keepWeekly: 2, keepMonthly: 3, keepYearly: 10 },
        ...['1d', '2d', '7d', '1m', '1m14d', '1y1m1d', '13d23h', '2m2h', '1y2m3d3h'].map((text) => ({
          keepWithin: duration(text),
        })),
        { keepWithinHourly: duration('1y2m3d3h') },
        { keepWithinDaily: duration('1y2m3d3h') },
        { keepWithinWeekly: duration('1y2m3d3h') },
        { keepWithinMonthly: duration('1y2m3d3h') },
        { keepWithinYearly: duration('1y2m3d3h') },
        {
          keepWithin: duration('1h'),
          keepWithinHourly: duration('1d'),
          keepWithinDaily: duration('7d'),
          keepWithinWeekly: duration('1m'),
          keepWithinMonthly: duration('1y'),
          keepWithinYearly: duration('9999y'),
        },
        { keepLast: 'unlimited' },
        { keepLast: 'unlimited', keepHourly: 'unlimited' },
        { keepHourly: 'unlimited' },
        { keepDaily: 3, keepWeekly: 2, keepMonthly: 'unlimited', keepYearly: 'unlimited' },
      ];
      for (const policy of policies) {
        const { ours, restic } = compare(archives, policy, 'UTC');
        expect(ours, JSON.stringify(policy)).to.deep.equal(restic);
      }
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
