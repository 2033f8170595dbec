// restic's own test of its policy (TestApplyPolicy in internal/data/snapshot_policy_test.go): its
// history of snapshots, the results its golden files (internal/data/testdata/policy_keep_snapshots_N)
// record, and the transcription's agreement with ours on every one of its policies without tags.
import { expect } from 'chai';
import { applyRetention, type DatedArchive, type RetentionPolicy } from '../../lib/retention/policy.js';
import { compare, duration } from './restic-compare.js';

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
