// Which archives a RETENTION policy keeps: a pure function of the archives' names and times, nothing else
// (not the clock, not file mtimes), so it can be tested exhaustively and gives the same answer twice.
// Semantics follow restic's `forget`: the kept set is the union of what each rule keeps; in each
// hour/day/week/month/year bucket the newest archive is the one kept, and only buckets that hold an archive
// count; KEEP_WITHIN is measured back from the newest archive; MIN_KEEP then tops the set up with the
// newest archives not yet kept. The newest archive is always kept.
import { subtractDuration, type Duration } from './duration.js';

export interface RetentionPolicy {
  keepLast?: number;
  keepHourly?: number;
  keepDaily?: number;
  keepWeekly?: number;
  keepMonthly?: number;
  keepYearly?: number;
  keepWithin?: Duration;
  minKeep?: number;
}

export interface DatedArchive {
  name: string;
  /** From the archive's name, in UTC. */
  time: Date;
  /** The `-N` suffix of a name taken twice in one second (1 when none); a higher N is newer. */
  sequence: number;
}

export type KeepReason =
  | 'newest'
  | 'this run'
  | 'last'
  | 'hourly'
  | 'daily'
  | 'weekly'
  | 'monthly'
  | 'yearly'
  | 'within'
  | 'min-keep';

export interface RetentionDecision {
  /** Newest first, each with the rules that keep it. */
  keep: { archive: DatedArchive; reasons: KeepReason[] }[];
  /** Newest first. */
  remove: DatedArchive[];
}

type BucketRule = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';

const bucketRules: { reason: BucketRule; count: (policy: RetentionPolicy) => number | undefined }[] = [
  { reason: 'hourly', count: (policy) => policy.keepHourly },
  { reason: 'daily', count: (policy) => policy.keepDaily },
  { reason: 'weekly', count: (policy) => policy.keepWeekly },
  { reason: 'monthly', count: (policy) => policy.keepMonthly },
  { reason: 'yearly', count: (policy) => policy.keepYearly },
];

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
  const reasons = new Map<DatedArchive, KeepReason[]>(sorted.map((archive) => [archive, []]));
  const keepFor = (archive: DatedArchive, reason: KeepReason) => reasons.get(archive)?.push(reason);
  const newest = sorted[0];
  if (newest) keepFor(newest, 'newest');
  for (const archive of sorted) if (options.protect?.has(archive.name)) keepFor(archive, 'this run');

  sorted.slice(0, policy.keepLast ?? 0).forEach((archive) => keepFor(archive, 'last'));

  const zone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  for (const rule of bucketRules) {
    const wanted = rule.count(policy) ?? 0;
    if (wanted <= 0) continue;
    let lastBucket: string | undefined;
    let kept = 0;
    for (const archive of sorted) {
      if (kept >= wanted) break;
      const bucket = bucketOf(archive.time, rule.reason, zone);
      if (bucket === lastBucket) continue;
      lastBucket = bucket;
      kept++;
      keepFor(archive, rule.reason);
    }
  }

  if (policy.keepWithin && newest) {
    const limit = subtractDuration(newest.time, policy.keepWithin).getTime();
    for (const archive of sorted) if (archive.time.getTime() > limit) keepFor(archive, 'within');
  }

  const isKept = (archive: DatedArchive) => (reasons.get(archive)?.length ?? 0) > 0;
  let keptCount = sorted.filter(isKept).length;
  for (const archive of sorted) {
    if (keptCount >= (policy.minKeep ?? 0)) break;
    if (isKept(archive)) continue;
    keepFor(archive, 'min-keep');
    keptCount++;
  }

  return {
    keep: sorted.filter(isKept).map((archive) => ({ archive, reasons: reasons.get(archive) ?? [] })),
    remove: sorted.filter((archive) => !isKept(archive)),
  };
}

function newestFirst(a: DatedArchive, b: DatedArchive): number {
  return (
    b.time.getTime() - a.time.getTime() ||
    b.sequence - a.sequence ||
    (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)
  );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar bucket of `time` in `zone`: `2026-11-22T03` (hourly), `2026-W47` (weekly), …. */
export function bucketOf(time: Date, rule: BucketRule, zone: string): string {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(time).map((part) => [part.type, part.value]));
  const [year, month, day, hour] = [parts.year, parts.month, parts.day, parts.hour].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const pad = (value: number) => String(value).padStart(2, '0');
  switch (rule) {
    case 'hourly':
      return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}`;
    case 'daily':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'weekly': {
      const week = isoWeek(year, month, day);
      return `${week.year}-W${pad(week.week)}`;
    }
    case 'monthly':
      return `${year}-${pad(month)}`;
    case 'yearly':
      return `${year}`;
  }
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86_400_000 + 1) / 7);
  return { year: weekYear, week };
}
