// Status and metrics as pure functions of the config, the history and the time.
import { expect } from 'chai';
import type { Backup } from '../../lib/config/model.js';
import { nextRunsOf } from '../../lib/cli/list.js';
import type { RunRecord } from '../../lib/history/history.js';
import { renderMetrics } from '../../lib/history/metrics.js';
import { backupStatus, needsAttention } from '../../lib/history/status.js';

const backup = (intervals: string[]): Backup => ({
  project: 'shop',
  name: 'db',
  kind: 'files',
  intervals,
  targets: [],
  paths: [],
  optionalPaths: [],
  exclude: [],
  verify: false,
});

const record = (started: string, result: 'ok' | 'failed', extra: Partial<RunRecord> = {}): RunRecord => ({
  version: 1,
  config: '/etc/opsbackup/config.yaml',
  project: 'shop',
  backup: 'db',
  host: 'h',
  started,
  ended: new Date(Date.parse(started) + 60_000).toISOString(),
  duration_ms: 60_000,
  result,
  targets: [],
  ...extra,
});

function status(intervals: string[], history: RunRecord[], now: string) {
  const at = new Date(now);
  return backupStatus(backup(intervals), history, at, (count) => nextRunsOf(intervals, at, count, 'UTC'));
}

describe('run status', () => {
  it('a daily backup is ok until its last success is more than two days old, then STALE', () => {
    const history = [record('2026-03-01T02:00:00.000Z', 'ok', { size_bytes: 1234, archive: 'a.zip' })];
    const fresh = status(['0 2 * * *'], history, '2026-03-03T01:59:59Z');
    expect(fresh).to.include({ stale: false, failing: false, state: 'ok', interval_seconds: 86_400 });
    expect(fresh.next_run).to.equal('2026-03-03T02:00:00.000Z');
    expect(fresh.last_success).to.deep.include({ size_bytes: 1234, archive: 'a.zip' });
    const stale = status(['0 2 * * *'], history, '2026-03-03T02:00:01Z');
    expect(stale).to.include({ stale: true, state: 'STALE' });
  });

  it('uses the longest gap of the schedule: a weekday backup is not stale on Monday morning', () => {
    // Friday 6 March 2026, 02:00; the next run is Monday 9 March.
    const history = [record('2026-03-06T02:00:00.000Z', 'ok')];
    expect(status(['0 2 * * mon-fri'], history, '2026-03-09T01:00:00Z').stale).to.equal(false);
    expect(status(['0 2 * * mon-fri'], history, '2026-03-12T02:00:01Z').stale).to.equal(true);
  });

  it('several intervals: the gaps of their union count', () => {
    const history = [record('2026-03-01T02:00:00.000Z', 'ok')];
    expect(status(['0 2 * * *', '0 14 * * *'], history, '2026-03-02T02:00:01Z')).to.include({
      interval_seconds: 43_200,
      stale: true,
    });
  });

  it('FAILING when the last run failed, with its error, even when an older success is recent', () => {
    const history = [
      record('2026-03-01T02:00:00.000Z', 'ok'),
      record('2026-03-01T03:00:00.000Z', 'failed', { error: 'pg_dump: connection refused' }),
    ];
    const result = status(['0 * * * *'], history, '2026-03-01T03:30:00Z');
    expect(result).to.include({ failing: true, stale: false, state: 'FAILING' });
    expect(result.last_run?.error).to.equal('pg_dump: connection refused');
    expect(needsAttention([result])).to.equal(true);
  });

  it('never run is not an alarm; a backup that never succeeded goes stale from its first run', () => {
    expect(status(['@daily'], [], '2026-03-01T00:00:00Z')).to.include({ state: 'never run', stale: false });
    const history = [record('2026-03-01T00:00:00.000Z', 'failed'), record('2026-03-04T00:00:00.000Z', 'ok')];
    expect(status(['@daily'], history.slice(0, 1), '2026-03-03T00:00:01Z').stale).to.equal(true);
  });

  it('a backup without a schedule (@reboot, or run by hand) is never stale', () => {
    const history = [record('2020-01-01T00:00:00.000Z', 'ok')];
    expect(status(['@reboot'], history, '2026-03-01T00:00:00Z')).to.include({ stale: false, state: 'ok' });
    expect(status([], history, '2026-03-01T00:00:00Z').interval_seconds).to.equal(undefined);
  });

  it('renders Prometheus text format, one gauge family per metric, labels escaped', () => {
    const ok = status(
      ['@daily'],
      [record('2026-03-01T00:00:00.000Z', 'ok', { size_bytes: 42 })],
      '2026-03-01T01:00:00Z',
    );
    const odd = { ...ok, project: 'we"ird\\', backup: 'x', stale: true };
    delete odd.last_success;
    const text = renderMetrics([ok, odd]);
    expect(text).to.contain('# TYPE opsbackup_last_success_timestamp_seconds gauge\n');
    expect(text).to.contain(
      'opsbackup_last_success_timestamp_seconds{project="shop",backup="db"} 1772323200\n',
    );
    expect(text).to.contain('opsbackup_last_run_success{project="shop",backup="db"} 1\n');
    expect(text).to.contain('opsbackup_last_run_duration_seconds{project="shop",backup="db"} 60\n');
    expect(text).to.contain('opsbackup_last_success_size_bytes{project="shop",backup="db"} 42\n');
    expect(text).to.contain('opsbackup_stale{project="we\\"ird\\\\",backup="x"} 1\n');
    expect(text).to.not.contain('opsbackup_last_success_timestamp_seconds{project="we');
    for (const line of text.trimEnd().split('\n'))
      expect(line).to.match(
        /^(# (HELP|TYPE) \w+ .+|\w+\{project="(?:[^"\\]|\\.)*",backup="[^"]*"\} [\d.e+-]+)$/,
      );
  });
});
