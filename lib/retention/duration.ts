// KEEP_WITHIN* durations such as `7d`, `12h`, `1y6m`: years, months, weeks, days and hours, each at most
// once and in that order, not all zero. restic's syntax without its weeks (`2w` here is `14d` there),
// and subtracted the way restic subtracts: calendar units on the local calendar, then hours.
import { fromWallClock, wallClock } from './zone.js';

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
}

/** The same grammar as the schema's pattern for KEEP_WITHIN* (a test holds them equal). */
export const durationPattern = '^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$';

export function parseDuration(text: string): Duration | undefined {
  const match = new RegExp(durationPattern).exec(text);
  if (!match) return undefined;
  const part = (index: number) => Number.parseInt(match[index] ?? '0', 10);
  return { years: part(1), months: part(2), weeks: part(3), days: part(4), hours: part(5) };
}

/** The earliest instant JavaScript can hold: a duration reaching further back than it keeps everything. */
const beginningOfTime = -8.64e15;

/**
 * `moment` minus `duration` as restic computes it (`latest.AddDate(-y, -m, -d).Add(-h hours)`): years,
 * months and days move the date on the calendar of `zone` at the same wall-clock time, a day that does
 * not exist carrying over as Go's time.Date carries it (31 March minus 1m is 3 March, or 2 March in a
 * leap year); hours are then subtracted as elapsed time. A week is 7 days.
 */
export function subtractDuration(moment: Date, duration: Duration, zone: string): Date {
  const wall = wallClock(moment, zone);
  const shifted = fromWallClock(
    {
      ...wall,
      year: wall.year - duration.years,
      month: wall.month - duration.months,
      day: wall.day - duration.weeks * 7 - duration.days,
    },
    zone,
  ).getTime();
  const result = shifted - duration.hours * 3_600_000;
  return new Date(Number.isFinite(result) && result > beginningOfTime ? result : beginningOfTime);
}
