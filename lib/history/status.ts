// `run-backup --status`: per backup, the last run and last success, and whether the backup is STALE
// (its last success is older than twice its longest scheduled gap) or FAILING (its last run failed).
// A pure function of the config, the history and the time, so monitoring answers can be tested.
import type { Backup } from '../config/model.js';
import type { RunRecord } from './history.js';

export interface BackupStatus {
  project: string;
  backup: string;
  last_run?: { started: string; result: 'ok' | 'failed'; duration_ms: number; error?: string };
  last_success?: {
    started: string;
    ended: string;
    size_bytes?: number;
    duration_ms: number;
    archive?: string;
  };
  next_run?: string;
  /** The longest gap between two scheduled runs, in seconds; undefined when not scheduled. */
  interval_seconds?: number;
  stale: boolean;
  failing: boolean;
  state: 'ok' | 'STALE' | 'FAILING' | 'never run';
}

/** How many upcoming runs are looked at to find the longest gap (covers a week of weekday schedules). */
const gapSample = 16;

export function backupStatus(
  backup: Backup,
  history: readonly RunRecord[],
  now: Date,
  upcoming: (count: number) => Date[],
): BackupStatus {
  const last = history.at(-1);
  const success = history.filter((record) => record.result === 'ok').at(-1);
  const runs = upcoming(gapSample + 1);
  const gaps = runs.slice(1).map((run, index) => run.getTime() - (runs[index]?.getTime() ?? run.getTime()));
  const interval = gaps.length > 0 ? Math.max(...gaps) : undefined;
  // Without a success, the first recorded run stands for when the backup began to be expected.
  const reference = success?.started ?? history[0]?.started;
  const stale =
    interval !== undefined && reference !== undefined && now.getTime() - Date.parse(reference) > 2 * interval;
  const failing = last?.result === 'failed';
  const status: BackupStatus = {
    project: backup.project,
    backup: backup.name,
    stale,
    failing,
    state: !last ? 'never run' : failing ? 'FAILING' : stale ? 'STALE' : 'ok',
  };
  if (last) {
    status.last_run = {
      started: last.started,
      result: last.result,
      duration_ms: last.duration_ms,
      ...(last.error === undefined ? {} : { error: last.error }),
    };
  }
  if (success) {
    status.last_success = {
      started: success.started,
      ended: success.ended,
      duration_ms: success.duration_ms,
      ...(success.size_bytes === undefined ? {} : { size_bytes: success.size_bytes }),
      ...(success.archive === undefined ? {} : { archive: success.archive }),
    };
  }
  const next = runs[0];
  if (next) status.next_run = next.toISOString();
  if (interval !== undefined) status.interval_seconds = interval / 1000;
  return status;
}

/** Whether monitoring should be alerted: any backup stale or failing. */
export function needsAttention(statuses: readonly BackupStatus[]): boolean {
  return statuses.some((status) => status.stale || status.failing);
}
