// Run times of a checked cron expression, through cron-parser (loaded by run-backup --list, never by sync-cron).
import { CronExpressionParser } from 'cron-parser';
import type { ParsedCron } from './expression.js';

/** The next `count` run times after `from`, in time zone `tz` (default: this host's, which is cron's). */
export function nextRuns(cron: ParsedCron, from: Date, count: number, tz = localTimeZone()): Date[] {
  if (cron.numeric === null) return [];
  const runs: Date[] = [];
  const schedule = CronExpressionParser.parse(cron.numeric, { currentDate: from, tz });
  while (runs.length < count) runs.push(schedule.next().toDate());
  return runs;
}

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
