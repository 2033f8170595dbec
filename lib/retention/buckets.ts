// The calendar buckets of KEEP_HOURLY … KEEP_YEARLY (and their KEEP_WITHIN_* twins): local hours, days,
// ISO weeks, months and years, as restic's ymdh/ymd/yw/ym/y compute them from the snapshot's local time.
import { wallClock, type WallClock } from './zone.js';

export type BucketUnit = 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly';

export const bucketUnits: readonly BucketUnit[] = ['hourly', 'daily', 'weekly', 'monthly', 'yearly'];

const pad = (value: number) => String(value).padStart(2, '0');

/** The bucket of a local time: `2026-11-22T03` (hourly), `2026-W47` (weekly), `2026-11` (monthly), …. */
export function bucketOfWallClock(wall: WallClock, unit: BucketUnit): string {
  switch (unit) {
    case 'hourly':
      return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}`;
    case 'daily':
      return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
    case 'weekly': {
      const week = isoWeek(wall.year, wall.month, wall.day);
      return `${week.year}-W${pad(week.week)}`;
    }
    case 'monthly':
      return `${wall.year}-${pad(wall.month)}`;
    case 'yearly':
      return `${wall.year}`;
  }
}

/** The bucket of `time` in `zone`. */
export function bucketOf(time: Date, unit: BucketUnit, zone: string): string {
  return bucketOfWallClock(wallClock(time, zone), unit);
}

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const weekYear = date.getUTCFullYear();
  const januaryFirst = new Date(0);
  januaryFirst.setUTCFullYear(weekYear, 0, 1);
  const week = Math.ceil(((date.getTime() - januaryFirst.getTime()) / 86_400_000 + 1) / 7);
  return { year: weekYear, week };
}
