// sync-cron: keeps the managed block of the crontab in step with config.yaml.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configPathFrom, loadConfig } from '../config/load.js';
import { renderBlock } from '../cron/block.js';
import { CrontabFile, UserCrontab, type CrontabStore } from '../cron/crontab.js';
import { mergeBlock, type MergeResult } from '../cron/merge.js';
import { ExitCode, UsageError } from '../errors.js';
import { acquireLock } from '../lock.js';
import { lockDirectory } from '../state-dir.js';
import { parseCommandLine } from './args.js';
import { runCli } from './main.js';

const usage = `usage: sync-cron [-c|--config PATH] [--env-file PATH] [--crontab-file PATH] [--dry-run | --check | --remove]

Writes one crontab line per (project, backup, interval) of the config into a managed block of the
crontab (the running user's, or --crontab-file), leaving every other line as it is.

  -c, --config PATH      the config (default: $BACKUP_CONFIG, else ./config.yaml)
      --env-file PATH    the .env file for \${VAR} (default: .env next to the config); passed on to run-backup
      --crontab-file PATH  edit this file in crontab format instead of the user's crontab
      --dry-run          print the block and the changes; write nothing
      --check            write nothing; exit 1 when the installed block differs from the config
      --remove           delete this config's block (works even when the config is invalid)
  -h, --help             this help
  -V, --version          the version

Exit codes: 0 ok (or nothing to change), 1 failed / --check found a difference, 2 usage or config error,
3 another sync-cron held the lock for too long.`;

const options = {
  config: { type: 'string', short: 'c' },
  'env-file': { type: 'string' },
  'crontab-file': { type: 'string' },
  'dry-run': { type: 'boolean' },
  check: { type: 'boolean' },
  remove: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

/** Seconds a sync-cron waits for another one to finish before giving up (it runs every minute). */
const lockWaitSeconds = 50;

/** bin/run-backup of this installation, for the crontab lines. */
export const runBackupPath = fileURLToPath(new URL('../../../bin/run-backup', import.meta.url));

export async function syncCron(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, options, usage);
  if (values.help) return print(usage);
  if (values.version) return print(`sync-cron ${(await import('../version.js')).toolVersion()}`);
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${positionals[0]}`, usage.split('\n')[0]);
  const modes = ['dry-run', 'check', 'remove'].filter((mode) => values[mode as 'check']);
  if (modes.length > 1) throw new UsageError(`--${modes.join(' and --')} cannot be combined`);

  const configFile = configPathFrom(values.config);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  if (/[\0-\x1f\x7f]/.test(configFile)) {
    throw new UsageError(
      `the config path ${JSON.stringify(configFile)} holds a control character`,
      'cron lines cannot hold one: rename the file',
    );
  }
  const store: CrontabStore = values['crontab-file']
    ? new CrontabFile(resolve(values['crontab-file']))
    : new UserCrontab();

  if (values.remove) return update(store, null, configFile, 'remove');

  const envFile = values['env-file'] === undefined ? undefined : resolve(values['env-file']);
  const config = loadConfig({ configPath: configFile, ...(envFile === undefined ? {} : { envFile }) });
  const logFile = join(config.logDirectory, 'cron.log');
  const block = renderBlock({
    config,
    node: process.execPath,
    runBackup: runBackupPath,
    logFile,
    ...(envFile === undefined ? {} : { envFile }),
  });

  if (values['dry-run']) {
    const result = mergeBlock(store.read(), block, configFile);
    console.log(block.join('\n'));
    report(result, store, 'dry-run');
    return ExitCode.ok;
  }
  if (values.check) {
    const result = mergeBlock(store.read(), block, configFile);
    report(result, store, 'check');
    return result.changed ? ExitCode.failed : ExitCode.ok;
  }
  mkdirSync(config.logDirectory, { recursive: true, mode: 0o750 });
  return update(store, block, configFile, 'install');
}

/** Read → merge → compare → install, under the crontab's lock so two runs never interleave. */
async function update(
  store: CrontabStore,
  block: string[] | null,
  configFile: string,
  mode: 'install' | 'remove',
): Promise<number> {
  const lock = await acquireLock({
    directory: lockDirectory(),
    key: store.lockKey,
    waitSeconds: lockWaitSeconds,
    what: store.description,
  });
  try {
    const result = mergeBlock(store.read(), block, configFile);
    if (result.changed) store.write(result.text);
    report(result, store, mode);
    return ExitCode.ok;
  } finally {
    lock.release();
  }
}

function report(
  result: MergeResult,
  store: CrontabStore,
  mode: 'install' | 'remove' | 'dry-run' | 'check',
): void {
  for (const note of result.notes) console.error(`sync-cron: ${note}`);
  if (!result.changed) {
    if (mode === 'dry-run' || mode === 'check')
      console.error(`sync-cron: ${store.description} is up to date`);
    return;
  }
  const headline = {
    install: `updated ${store.description}`,
    remove: `removed the block from ${store.description}`,
    'dry-run': `would update ${store.description}`,
    check: `${store.description} differs from the config`,
  }[mode];
  console.log(`sync-cron: ${headline}`);
  for (const line of result.removed) console.log(`- ${line}`);
  for (const line of result.added) console.log(`+ ${line}`);
}

function print(text: string): number {
  console.log(text);
  return ExitCode.ok;
}

export function main(): Promise<void> {
  return runCli('sync-cron', syncCron);
}
