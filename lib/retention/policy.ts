// Which archives a RETENTION policy keeps: a pure function of the archives' names and times, nothing else
// (not the clock, not file mtimes), so it can be tested exhaustively and gives the same answer twice.
// The rules restic's `forget` has are applied exactly as restic ≥ 0.16 applies them (ApplyPolicy in
// restic's internal/data/snapshot_policy.go; test/retention/restic-reference.ts is a transcription that
// the tests hold this against): one pass from the newest archive to the oldest, the kept set being the
// union of what each rule keeps. Added on top, never taking anything away: the newest archive and the
// one this run stored are always kept, and MIN_KEEP then tops the set up with the newest archives left.
import { bucketOfWallClock, bucketUnits, type BucketUnit } from './buckets.js';
import { subtractDuration, type Duration } from './duration.js';
import { hostTimeZone, wallClock, type WallClock } from './zone.js';

/** A number of archives, buckets or hours to keep; `unlimited` is restic's `unlimited` (all of them). */
export type KeepCount = number | 'unlimited';

export interface RetentionPolicy {
  keepLast?: KeepCount;
  keepHourly?: KeepCount;
  keepDaily?: KeepCount;
  keepWeekly?: KeepCount;
  keepMonthly?: KeepCount;
  keepYearly?: KeepCount;
  keepWithin?: Duration;
  keepWithinHourly?: Duration;
  keepWithinDaily?: Duration;
  keepWithinWeekly?: Duration;
  keepWithinMonthly?: Duration;
  keepWithinYearly?: Duration;
  minKeep?: number;
}

export interface DatedArchive {
  name: string;
  /** From the archive's name, in UTC. */
  time: Date;
  /** The `-N` suffix of a name taken twice in one second (1 when none); a higher N is newer. */
  sequence: number;
}

/**
 * Why an archive stays, in restic's words without "snapshot": `daily` is the newest of its day;
 * `oldest daily` is the oldest archive of all, kept because KEEP_DAILY was not used up (restic ≥ 0.16);
 * `daily within` is the same for KEEP_WITHIN_DAILY.
 */
export type KeepReason =
  | 'newest'
  | 'this run'
  | 'within'
  | 'last'
  | BucketUnit
  | `oldest ${BucketUnit}`
  | `${BucketUnit} within`
  | `oldest ${BucketUnit} within`
  | 'min-keep';

export interface RetentionDecision {
  /** Newest first, each with the rules that keep it. */
  keep: { archive: DatedArchive; reasons: KeepReason[] }[];
  /** Newest first. */
  remove: DatedArchive[];
}

const countKeys = {
  hourly: 'keepHourly',
  daily: 'keepDaily',
  weekly: 'keepWeekly',
  monthly: 'keepMonthly',
  yearly: 'keepYearly',
} as const satisfies Record<BucketUnit, keyof RetentionPolicy>;

const withinKeys = {
  hourly: 'keepWithinHourly',
  daily: 'keepWithinDaily',
  weekly: 'keepWithinWeekly',
  monthly: 'keepWithinMonthly',
  yearly: 'keepWithinYearly',
} as const satisfies Record<BucketUnit, keyof RetentionPolicy>;

/** One counted rule while walking the archives: buckets still to keep, and the last bucket kept. */
interface CountState {
  unit: BucketUnit | 'last';
  left: KeepCount;
  lastBucket: string | number | undefined;
}

/** One KEEP_WITHIN_* rule: archives after `limit` keep the newest of each bucket. */
interface WindowState {
  unit: BucketUnit;
  limit: number;
  lastBucket: string | undefined;
}

/**
 * Applies `policy` to `archives` (any order). Buckets are calendar hours, days, ISO weeks, months and
 * years in `timeZone` (an IANA name; the host's zone by default, as cron's schedule is). `protect` names
 * archives that are kept whatever the rules say (the one this run just stored).
 */
export function applyRetention(
  archives: readonly DatedArchive[],
  policy: RetentionPolicy,
  options: { timeZone?: string; protect?: ReadonlySet<string> } = {},
): RetentionDecision {
  const sorted = [...archives].sort(newestFirst);
  const zone = options.timeZone ?? hostTimeZone();
  const reasons: KeepReason[][] = sorted.map(() => []);
  const newest = sorted[0];
  if (newest) reasons[0]?.push('newest');
  sorted.forEach((archive, index) => {
    if (options.protect?.has(archive.name)) reasons[index]?.push('this run');
  });
  if (newest) applyRules(sorted, policy, zone, newest.time, reasons);

  const isKept = (index: number) => (reasons[index]?.length ?? 0) > 0;
  let keptCount = sorted.filter((_, index) => isKept(index)).length;
  sorted.forEach((_, index) => {
    if (keptCount >= (policy.minKeep ?? 0) || isKept(index)) return;
    reasons[index]?.push('min-keep');
    keptCount++;
  });

  return {
    keep: sorted.flatMap((archive, index) =>
      isKept(index) ? [{ archive, reasons: reasons[index] ?? [] }] : [],
    ),
    remove: sorted.filter((_, index) => !isKept(index)),
  };
}

/**
 * restic's pass: newest to oldest, each rule in restic's order adding its reason. A counted rule keeps the
 * first archive of each new bucket while its count lasts, and the oldest archive too while it lasts
 * (restic ≥ 0.16: history reaches back as far as it can while counts are left); a KEEP_WITHIN_* rule does
 * the same without a count, for archives after its limit. Durations count back from the newest archive.
 */
function applyRules(
  sorted: readonly DatedArchive[],
  policy: RetentionPolicy,
  zone: string,
  newestTime: Date,
  reasons: KeepReason[][],
): void {
  const counts: CountState[] = [
    { unit: 'last' as const, left: policy.keepLast },
    ...bucketUnits.map((unit) => ({ unit, left: policy[countKeys[unit]] })),
  ].flatMap(({ unit, left }) => (left === undefined ? [] : [{ unit, left, lastBucket: undefined }]));
  const limitOf = (duration: Duration) => subtractDuration(newestTime, duration, zone).getTime();
  const windows: WindowState[] = bucketUnits.flatMap((unit) => {
    const duration = policy[withinKeys[unit]];
    return duration ? [{ unit, limit: limitOf(duration), lastBucket: undefined }] : [];
  });
  const withinLimit = policy.keepWithin ? limitOf(policy.keepWithin) : undefined;

  sorted.forEach((archive, index) => {
    const keep = (reason: KeepReason) => reasons[index]?.push(reason);
    const isOldest = index === sorted.length - 1;
    const time = archive.time.getTime();
    let wall: WallClock | undefined;
    const bucket = (unit: BucketUnit) => bucketOfWallClock((wall ??= wallClock(archive.time, zone)), unit);

    if (withinLimit !== undefined && time > withinLimit) keep('within');
    for (const state of counts) {
      if (state.left === 0) continue;
      const value = state.unit === 'last' ? index : bucket(state.unit);
      if (value === state.lastBucket && !isOldest) continue;
      if (state.unit === 'last') keep('last');
      else keep(value === state.lastBucket ? `oldest ${state.unit}` : state.unit);
      state.lastBucket = value;
      if (state.left !== 'unlimited') state.left--;
    }
    for (const window of windows) {
      if (time <= window.limit) continue;
      const value = bucket(window.unit);
      if (value === window.lastBucket && !isOldest) continue;
      keep(value === window.lastBucket ? `oldest ${window.unit} within` : `${window.unit} within`);
      window.lastBucket = value;
    }
  });
}

function newestFirst(a: DatedArchive, b: DatedArchive): number {
  return (
    b.time.getTime() - a.time.getTime() ||
    b.sequence - a.sequence ||
    (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)
  );
}
