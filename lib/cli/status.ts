// `run-backup --status [--json]`: every backup's last run, last success, next run and STALE/FAILING flag;
// exit 1 when any backup needs attention, so monitoring can call it. Also feeds METRICS_FILE.
import type { Config } from '../config/model.js';
import { ExitCode } from '../errors.js';
import { formatBytes } from '../format.js';
import { historyFile, readHistory } from '../history/history.js';
import { backupStatus, needsAttention, type BackupStatus } from '../history/status.js';
import { nextRunsOf } from './list.js';

export function configStatuses(config: Config, now: Date, env = process.env): BackupStatus[] {
  return config.projects.flatMap((project) =>
    project.backups.map((backup) =>
      backupStatus(
        backup,
        readHistory(historyFile(config.file, backup.project, backup.name, env)),
        now,
        (count) => nextRunsOf(backup.intervals, now, count),
      ),
    ),
  );
}

export function statusCommand(config: Config, options: { json: boolean }): number {
  const statuses = configStatuses(config, new Date());
  console.log(options.json ? JSON.stringify(statuses, null, 2) : formatStatuses(statuses));
  return needsAttention(statuses) ? ExitCode.failed : ExitCode.ok;
}

export function formatStatuses(statuses: readonly BackupStatus[]): string {
  if (statuses.length === 0) return 'no backups configured';
  const rows = statuses.map((status) => [
    `${status.project}/${status.backup}`,
    status.state,
    status.last_run ? `${status.last_run.started} ${status.last_run.result}` : '-',
    status.last_success
      ? `${status.last_success.started} ${formatBytes(status.last_success.size_bytes ?? 0)} ${(status.last_success.duration_ms / 1000).toFixed(1)} s`
      : '-',
    status.next_run ?? '-',
  ]);
  const header = ['BACKUP', 'STATE', 'LAST RUN', 'LAST SUCCESS (size, duration)', 'NEXT RUN'];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const errors = statuses
    .filter((status) => status.failing && status.last_run?.error)
    .map((status) => `${status.project}/${status.backup}: ${status.last_run?.error ?? ''}`);
  return [line(header), ...rows.map(line), ...(errors.length ? ['', ...errors] : [])].join('\n');
}
