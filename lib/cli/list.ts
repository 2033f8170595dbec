// `run-backup --list`: each backup with its kind, intervals and next three runs (local time and UTC).
import { kindName, type Config } from '../config/model.js';
import { parseCronExpression } from '../cron/expression.js';
import { nextRuns } from '../cron/schedule.js';

export interface Listing {
  projects: {
    name: string;
    backups: { name: string; kind: string; intervals: string[]; next_runs: string[] }[];
  }[];
}

export function listBackups(config: Config, now: Date, timeZone?: string): Listing {
  return {
    projects: config.projects.map((project) => ({
      name: project.name,
      backups: project.backups.map((backup) => ({
        name: backup.name,
        kind: kindName(backup),
        intervals: backup.intervals,
        next_runs: nextRunsOf(backup.intervals, now, 3, timeZone).map((date) => date.toISOString()),
      })),
    })),
  };
}

/** The first `count` runs of the union of several schedules. */
export function nextRunsOf(
  intervals: readonly string[],
  now: Date,
  count: number,
  timeZone?: string,
): Date[] {
  const all = intervals.flatMap((interval) => {
    const parsed = parseCronExpression(interval);
    return parsed.ok ? nextRuns(parsed.cron, now, count, timeZone) : [];
  });
  const unique = [...new Map(all.map((date) => [date.getTime(), date])).values()];
  return unique.sort((a, b) => a.getTime() - b.getTime()).slice(0, count);
}

export function formatListing(listing: Listing): string {
  if (listing.projects.length === 0) return 'no projects are configured';
  const lines: string[] = [];
  for (const project of listing.projects) {
    lines.push(`${project.name}`);
    if (project.backups.length === 0) lines.push('  (no backups)');
    for (const backup of project.backups) {
      lines.push(`  ${backup.name}  (${backup.kind})  ${backup.intervals.join('  |  ')}`);
      if (backup.next_runs.length === 0) lines.push('      next: at boot only (@reboot)');
      for (const iso of backup.next_runs)
        lines.push(`      next: ${localTime(new Date(iso))}  =  ${iso.replace(/\.000Z$/, 'Z')}`);
    }
  }
  return lines.join('\n');
}

function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())} ${zone}`;
}
