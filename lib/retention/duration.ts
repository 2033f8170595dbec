// KEEP_WITHIN durations such as `7d`, `12h`, `1y6m`: calendar years and months, weeks, days and hours,
// each at most once and in that order. Subtracted from a moment in UTC calendar arithmetic.

export interface Duration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
}

/** The same grammar as the schema's pattern for KEEP_WITHIN. */
export const durationPattern = '^(?=\\d)(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$';

export function parseDuration(text: string): Duration | undefined {
  const match = new RegExp(durationPattern).exec(text);
  if (!match) return undefined;
  const part = (index: number) => Number.parseInt(match[index] ?? '0', 10);
  return { years: part(1), months: part(2), weeks: part(3), days: part(4), hours: part(5) };
}

/**
 * `moment` minus `duration`. Months are calendar months; a day that does not exist in the target month
 * is clamped (31 March minus 1m is 28 or 29 February), as people count "a month ago".
 */
export function subtractDuration(moment: Date, duration: Duration): Date {
  const totalMonths =
    moment.getUTCFullYear() * 12 + moment.getUTCMonth() - duration.years * 12 - duration.months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(moment.getUTCDate(), lastDay);
  const shifted = Date.UTC(
    year,
    month,
    day,
    moment.getUTCHours(),
    moment.getUTCMinutes(),
    moment.getUTCSeconds(),
    moment.getUTCMilliseconds(),
  );
  const hours = (duration.weeks * 7 + duration.days) * 24 + duration.hours;
  return new Date(shifted - hours * 3_600_000);
}
