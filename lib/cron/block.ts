// Renders the managed crontab block for one config: marker lines and one line per (project, backup, interval).
// Pure: everything the lines need (node, run-backup, paths) comes in as arguments.
import type { Config } from '../config/model.js';
import { parseCronExpression } from './expression.js';
import { beginMarker, endMarker } from './markers.js';
import { cronCommand, cronShellArg } from './quote.js';

/** The PATH each line sets for run-backup and its children (pg_dump, mariadb-dump, sqlite3, ssh, docker), whatever cron's PATH is. */
export const linePath = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface BlockInputs {
  config: Config;
  /** Absolute path of the node binary. */
  node: string;
  /** Absolute path of bin/run-backup. */
  runBackup: string;
  /** Absolute --env-file to pass on, if sync-cron was given one. */
  envFile?: string;
  /** Absolute path of the file the lines append their output to. */
  logFile: string;
}

/** The block's lines, without line terminators. */
export function renderBlock(inputs: BlockInputs): string[] {
  const { config } = inputs;
  const lines = [beginMarker(config.file)];
  for (const project of config.projects) {
    for (const backup of project.backups) {
      for (const interval of backup.intervals) {
        const parsed = parseCronExpression(interval);
        if (!parsed.ok) throw new Error(`unchecked cron expression ${interval}`);
        lines.push(`${parsed.cron.text} ${jobCommand(inputs, project.name, backup.name)}`);
      }
    }
  }
  lines.push(endMarker(config.file));
  return lines;
}

/**
 * Node options for run-backup, here and in bin/run-backup's first line: a 1 MiB young generation (V8
 * grows it to 16 MiB semi-spaces on a tree of small files, and keeps it). Measured: a 100 MiB tree to
 * ONEDRIVE peaked at 160-175 MB RSS without it, 139-143 MB with it, at the same speed
 * (docs/benchmarks.md).
 */
export const runBackupNodeOptions = ['--max-semi-space-size=1'];

/**
 * The umask each line starts with. `>>` creates cron.log, and cron's umask (022) would make it 0644
 * (readable by every user) each time it is created anew (first run, after rotation or deletion); with
 * 027 it is 0640, as run-backup's own logs. Files run-backup creates without an explicit mode (LOCAL
 * target directories) then give others no access either.
 */
export const lineUmask = '027';

/** The command part of one line; exported for the tests that run it through /bin/sh. */
export function jobCommand(inputs: BlockInputs, project: string, backup: string): string {
  // `--` ends node's options: Node 20 would otherwise read a later --env-file itself (nodejs/node#54232).
  const argv = [inputs.node, ...runBackupNodeOptions, '--', inputs.runBackup, '--config', inputs.config.file];
  if (inputs.envFile !== undefined) argv.push('--env-file', inputs.envFile);
  argv.push(project, backup);
  return `umask ${lineUmask}; PATH=${linePath} ${cronCommand(argv)} >> ${cronShellArg(inputs.logFile)} 2>&1`;
}
