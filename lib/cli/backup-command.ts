// `run-backup <project> <backup>`: runs one backup, prints its summary (or JSON) and picks the exit code.
import { tmpdir } from 'node:os';
import { RunLog } from '../backup/log.js';
import { performBackup, type RunOutcome } from '../backup/run.js';
import type { Backup, Config } from '../config/model.js';
import { ExitCode } from '../errors.js';
import { toolVersion } from '../version.js';

export async function backupCommand(
  config: Config,
  backup: Backup,
  options: { json: boolean },
): Promise<number> {
  const label = `${backup.project}/${backup.name}`;
  const secrets = backup.kind === 'postgres' && backup.database.password ? [backup.database.password] : [];
  // With --json, stdout carries only the JSON; the log lines go to stderr.
  const printLine = options.json
    ? (line: string) => console.error(`${label}: ${line}`)
    : (line: string) => console.log(`${label}: ${line}`);
  const log = new RunLog(config.logDirectory, label, secrets, printLine);
  const outcome = await performBackup({
    config,
    backup,
    log,
    workRoot: config.workDirectory ?? tmpdir(),
    toolVersion: toolVersion(),
  });
  log.info(summary(outcome));
  if (options.json) console.log(JSON.stringify(outcome, null, 2));
  return outcome.status === 'ok' ? ExitCode.ok : ExitCode.failed;
}

export function summary(outcome: RunOutcome): string {
  const seconds = (outcome.duration_ms / 1000).toFixed(1);
  const ok = outcome.targets.filter((target) => target.status === 'ok').length;
  const failed = outcome.targets.length - ok;
  const size = outcome.size_bytes === undefined ? '' : `, archive ${formatBytes(outcome.size_bytes)}`;
  const rate =
    outcome.size_bytes === undefined || outcome.duration_ms === 0
      ? ''
      : `, ${formatBytes((outcome.size_bytes / outcome.duration_ms) * 1000)}/s`;
  const head = outcome.status === 'ok' ? 'done' : `FAILED: ${outcome.error ?? 'unknown error'}`;
  return `${head} in ${seconds} s${size}${rate}; targets ok ${ok}, failed ${failed}${
    failed
      ? ` (${outcome.targets
          .filter((t) => t.status === 'failed')
          .map((t) => `${t.storage} ${t.path}`)
          .join('; ')})`
      : ''
  }`;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
