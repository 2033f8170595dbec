// `run-backup <project> <backup>`: runs one backup, prints its summary (or JSON) and picks the exit code.
import { hostname, tmpdir } from 'node:os';
import { RunLog } from '../backup/log.js';
import { Progress } from '../backup/progress.js';
import { targetSecrets } from '../backup/targets.js';
import { performBackup, type RunOutcome } from '../backup/run.js';
import type { Backup, Config } from '../config/model.js';
import { specOf } from '../databases/registry.js';
import { ExitCode } from '../errors.js';
import { formatBytes } from '../format.js';
import { toolVersion } from '../version.js';
import { appendRecord, historyFile, recordOf } from '../history/history.js';
import { notifySecrets } from '../notify/secrets.js';
import { pingStart, sendReport } from '../notify/notify.js';
import { runReport } from '../notify/report.js';

export async function backupCommand(
  config: Config,
  backup: Backup,
  options: { json: boolean; env: Readonly<Record<string, string | undefined>> },
): Promise<number> {
  const label = `${backup.project}/${backup.name}`;
  const secrets = [
    ...(backup.kind === 'database' ? specOf(backup.database).secrets(backup.database) : []),
    ...(backup.ssh?.keyPassphrase ? [backup.ssh.keyPassphrase] : []),
    ...targetSecrets(options.env, backup.targets),
    ...notifySecrets(backup.notify, options.env),
  ];
  // With --json, stdout carries only the JSON; the log lines go to stderr.
  const printLine = options.json
    ? (line: string) => console.error(`${label}: ${line}`)
    : (line: string) => console.log(`${label}: ${line}`);
  const log = new RunLog(config.logDirectory, label, secrets, printLine);
  const progress = new Progress(label, {
    terminal: process.stderr.isTTY && !options.json,
    log: (line) => log.info(line),
  });
  const started = new Date();
  const notifyContext = {
    env: options.env,
    warn: (line: string) => log.info(line),
    mask: (text: string) => log.mask(text),
  };
  await pingStart(backup.notify, `${label} started on ${hostname()}`, notifyContext);
  const outcome = await performBackup({
    config,
    backup,
    log,
    workRoot: config.workDirectory ?? tmpdir(),
    toolVersion: toolVersion(),
    env: options.env,
    progress,
    now: started,
  });
  progress.end();
  log.info(summary(outcome));
  await recordRun(config, outcome, started, log);
  if (backup.notify) {
    const report = runReport(outcome, { host: hostname(), started, logFile: log.file });
    const sent = await sendReport(backup.notify, report, notifyContext);
    if (sent.length) log.info(`notified: ${sent.join(', ')}`);
  }
  if (options.json) console.log(log.mask(JSON.stringify(outcome, null, 2)));
  return outcome.status === 'ok' ? ExitCode.ok : ExitCode.failed;
}

/** History and metrics are bookkeeping: a failure to write them is logged, never a failed backup. */
async function recordRun(config: Config, outcome: RunOutcome, started: Date, log: RunLog): Promise<void> {
  try {
    appendRecord(
      historyFile(config.file, outcome.project, outcome.backup),
      recordOf(config.file, outcome, started, new Date()),
      (text) => log.mask(text),
    );
    if (config.metricsFile) {
      // Loaded only when asked for: the schedule code (cron-parser) is not needed to run a backup.
      const [{ writeMetricsFile }, { configStatuses }] = await Promise.all([
        import('../history/metrics.js'),
        import('./status.js'),
      ]);
      writeMetricsFile(config.metricsFile, configStatuses(config, new Date()));
    }
  } catch (error) {
    log.info(`warning: could not record the run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function summary(outcome: RunOutcome): string {
  const seconds = outcome.duration_ms / 1000;
  const ok = outcome.targets.filter((target) => target.status === 'ok').length;
  const failedTargets = outcome.targets.filter((target) => target.status === 'failed');
  const parts = [
    outcome.status === 'ok' ? 'done' : `FAILED: ${outcome.error ?? 'unknown error'}`,
    `in ${seconds.toFixed(1)} s`,
  ];
  if (outcome.bytes_read !== undefined && outcome.size_bytes !== undefined) {
    const rate = seconds > 0 ? `, ${formatBytes(outcome.bytes_read / seconds)}/s` : '';
    const ratio =
      outcome.bytes_read > 0
        ? ` (${((outcome.size_bytes / outcome.bytes_read) * 100).toFixed(0)}% of the data)`
        : '';
    parts.push(
      `read ${formatBytes(outcome.bytes_read)}${rate}, archive ${formatBytes(outcome.size_bytes)}${ratio}`,
    );
  }
  const failures = failedTargets.length
    ? ` (${failedTargets.map((t) => `${t.storage} ${t.path}`).join('; ')})`
    : '';
  return `${parts.join(' ')}; targets ok ${ok}, failed ${failedTargets.length}${failures}`;
}
