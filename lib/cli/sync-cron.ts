// sync-cron: keeps the managed block of the crontab in step with config.yaml.
// It runs every minute, so the common case (nothing changed) must stay light: the config parser is
// loaded only when the config or its inputs changed (cron/block-cache.ts), and the crontab lock is taken
// only when something has to be written (read → merge → compare → install is then redone under it).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configPathFrom, readConfigSources, type ConfigSources } from '../config/sources.js';
import { lookupBlock, storeBlock, type BlockContext, type CachedBlock } from '../cron/block-cache.js';
import { CrontabFile, UserCrontab, type CrontabStore } from '../cron/crontab.js';
import { mergeBlock, type MergeResult } from '../cron/merge.js';
import type { NotifySettings } from '../config/model.js';
import { ExitCode, isUserError, UsageError, type UserError } from '../errors.js';
import { lockDirectory, stateDirectory } from '../state-dir.js';
import { toolVersion } from '../version.js';
import { clearRejection } from '../notify/rejection-state.js';
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

type Mode = 'install' | 'remove' | 'dry-run' | 'check';

export async function syncCron(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, options, usage);
  if (values.help) return print(usage);
  if (values.version) return print(`sync-cron ${toolVersion()}`);
  if (positionals.length > 0)
    throw new UsageError(`unexpected argument ${positionals[0]}`, usage.split('\n')[0]);
  const modes = (['dry-run', 'check', 'remove'] as const).filter((mode) => values[mode]);
  if (modes.length > 1) throw new UsageError(`--${modes.join(' and --')} cannot be combined`);
  const mode: Mode = modes[0] ?? 'install';

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
  if (mode === 'remove') return update(store, null, configFile, mode);

  const envFile = values['env-file'] === undefined ? undefined : resolve(values['env-file']);
  const cacheDirectory = join(stateDirectory(), 'sync-cron');
  let sources: ConfigSources | undefined;
  try {
    sources = readConfigSources(configFile, envFile);
    return await syncFromSources(sources, store, configFile, envFile, cacheDirectory, mode);
  } catch (error) {
    if (mode === 'install' && isUserError(error) && error.exitCode === ExitCode.usage) {
      await notifyRejection(cacheDirectory, configFile, error, sources?.env ?? process.env);
    }
    throw error;
  }
}

async function syncFromSources(
  sources: ConfigSources,
  store: CrontabStore,
  configFile: string,
  envFile: string | undefined,
  cacheDirectory: string,
  mode: Mode,
): Promise<number> {
  const context: BlockContext = {
    version: toolVersion(),
    node: process.execPath,
    runBackup: runBackupPath,
    envFileOption: envFile,
    home: process.env.HOME ?? '',
  };
  const cached = lookupBlock(cacheDirectory, context, sources);
  const fresh = cached ? undefined : await render(sources, context);
  const rendering: CachedBlock | undefined = cached ?? fresh;
  if (!rendering) throw new Error('no block rendered');

  if (mode === 'dry-run') console.log(rendering.block.join('\n'));
  if (mode !== 'install') {
    const result = mergeBlock(store.read(), rendering.block, configFile);
    report(result, store, mode);
    return mode === 'check' && result.changed ? ExitCode.failed : ExitCode.ok;
  }
  mkdirSync(rendering.logDirectory, { recursive: true, mode: 0o750 });
  const status = await update(store, rendering.block, configFile, mode);
  if (cached) clearRejection(cacheDirectory, configFile);
  if (fresh) {
    storeBlock(cacheDirectory, sources, fresh);
    const { rememberAccepted } = await import('../notify/config-rejection.js');
    const used = Object.fromEntries(fresh.variables.map((name) => [name, sources.env[name]]));
    rememberAccepted(cacheDirectory, configFile, fresh.notify, used);
  }
  return status;
}

/** Tells the last accepted config's NOTIFY that this one was rejected (once per distinct error). */
async function notifyRejection(
  cacheDirectory: string,
  configFile: string,
  error: UserError,
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  try {
    const { reportRejection } = await import('../notify/config-rejection.js');
    const message = error.hint ? `${error.message}\n  hint: ${error.hint}` : error.message;
    const sent = await reportRejection(cacheDirectory, configFile, message, env, (line) =>
      console.error(`sync-cron: ${line}`),
    );
    if (sent.length) console.error(`sync-cron: reported the rejected config by ${sent.join(', ')}`);
  } catch (failure) {
    console.error(`sync-cron: warning: could not report the rejected config: ${(failure as Error).message}`);
  }
}

/** Parses the config and renders the block: the slow path, which loads the parser. */
async function render(
  sources: ConfigSources,
  context: BlockContext,
): Promise<CachedBlock & { notify?: NotifySettings }> {
  const [{ parseSources }, { renderBlock }, { blockCacheKey }, { exposureWarnings }] = await Promise.all([
    import('../config/load.js'),
    import('../cron/block.js'),
    import('../cron/block-cache.js'),
    import('../config/exposure.js'),
  ]);
  const config = parseSources(sources);
  // Said when the config changes (this slow path), not every minute.
  for (const warning of exposureWarnings(sources)) console.error(`sync-cron: warning: ${warning}`);
  const block = renderBlock({
    config,
    node: context.node,
    runBackup: context.runBackup,
    logFile: join(config.logDirectory, 'cron.log'),
    ...(context.envFileOption === undefined ? {} : { envFile: context.envFileOption }),
  });
  const checkedFiles = config.projects.flatMap((project) =>
    project.backups.flatMap((backup) =>
      [backup.ssh, ...backup.targets.map((target) => target.ssh)].flatMap((ssh) =>
        ssh?.keyPath === undefined ? [] : [ssh.keyPath],
      ),
    ),
  );
  return {
    key: blockCacheKey(context, sources, config.variables),
    variables: config.variables,
    checkedFiles,
    logDirectory: config.logDirectory,
    block,
    ...(config.notify ? { notify: config.notify } : {}),
  };
}

/**
 * Installs `block` (null removes it). Nothing to change is found without the lock; a change is made
 * under it, after reading the crontab again, so two sync-cron runs never interleave their writes.
 */
async function update(
  store: CrontabStore,
  block: string[] | null,
  configFile: string,
  mode: Mode,
): Promise<number> {
  if (!mergeBlock(store.read(), block, configFile).changed) return ExitCode.ok;
  const { acquireLock } = await import('../lock.js');
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

function report(result: MergeResult, store: CrontabStore, mode: Mode): void {
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
