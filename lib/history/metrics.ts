// METRICS_FILE: the last run of every backup in Prometheus text format, for node_exporter's textfile
// collector. Written to a temporary name and renamed, so the collector never reads half a file.
import { writeFileAtomic } from '../atomic-file.js';
import type { BackupStatus } from './status.js';

interface Metric {
  name: string;
  help: string;
  value: (status: BackupStatus) => number | undefined;
}

const seconds = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso) / 1000);

const metrics: Metric[] = [
  {
    name: 'opsbackup_last_success_timestamp_seconds',
    help: 'Start of the last successful run, in seconds since the epoch.',
    value: (status) => seconds(status.last_success?.started),
  },
  {
    name: 'opsbackup_last_run_timestamp_seconds',
    help: 'Start of the last run, in seconds since the epoch.',
    value: (status) => seconds(status.last_run?.started),
  },
  {
    name: 'opsbackup_last_run_success',
    help: '1 when the last run succeeded, 0 when it failed.',
    value: (status) => (status.last_run ? (status.last_run.result === 'ok' ? 1 : 0) : undefined),
  },
  {
    name: 'opsbackup_last_run_duration_seconds',
    help: 'Duration of the last run.',
    value: (status) => (status.last_run ? status.last_run.duration_ms / 1000 : undefined),
  },
  {
    name: 'opsbackup_last_success_size_bytes',
    help: 'Size of the archive of the last successful run.',
    value: (status) => status.last_success?.size_bytes,
  },
  {
    name: 'opsbackup_stale',
    help: '1 when the last success is older than twice the scheduled interval.',
    value: (status) => (status.stale ? 1 : 0),
  },
];

export function renderMetrics(statuses: readonly BackupStatus[]): string {
  const lines: string[] = [];
  for (const metric of metrics) {
    lines.push(`# HELP ${metric.name} ${metric.help}`, `# TYPE ${metric.name} gauge`);
    for (const status of statuses) {
      const value = metric.value(status);
      if (value === undefined) continue;
      lines.push(
        `${metric.name}{project="${label(status.project)}",backup="${label(status.backup)}"} ${value}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function label(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function writeMetricsFile(file: string, statuses: readonly BackupStatus[]): void {
  // 0644: node_exporter usually runs as another user.
  writeFileAtomic(file, renderMetrics(statuses), { mode: 0o644 });
}
