// run-backup: lists the configured backups, or runs one of them.
import { parseSources } from '../config/load.js';
import { configPathFrom, readConfigSources } from '../config/sources.js';
import { exposureWarnings } from '../config/exposure.js';
import type { Config } from '../config/model.js';
import { ExitCode, UsageError } from '../errors.js';
import { parseCommandLine } from './args.js';
import { runCli } from './main.js';

const usage = `usage: run-backup [-c|--config PATH] [--env-file PATH] [--dry-run] [--json] <project> <backup>
       run-backup --list [-c|--config PATH] [--json]
       run-backup --check-targets [-c|--config PATH] [--json] <project> <backup>
       run-backup --status [-c|--config PATH] [--json]
       run-backup --verify [--target N] [--archive NAME] [--json] <project> <backup>
       run-backup --restore [--target N] [--archive NAME] --to DIR [--force] [--allow-outside-links]
                  [--no-same-owner] <project> <backup>
       run-backup --restore [--target N] [--archive NAME] --to-database NAME [--clean] <project> <backup>

  -c, --config PATH    the config (default: $BACKUP_CONFIG, else ./config.yaml)
      --env-file PATH  the .env file for \${VAR} (default: .env next to the config)
      --dry-run        say what would be read, written and (by RETENTION) deleted; change nothing
      --json           print the result (or, with --list, the listing) as JSON on stdout
      --list           the projects, backups, their kind, intervals and next three runs
      --check-targets  for <project> <backup>: reach each target, write a probe file and delete it
      --verify         fetch the newest (or --archive) archive from each target (or --target N, 1-based)
                       and check size, sha256, every entry's CRC and, for databases, pg_restore --list
      --restore        check the archive against its manifest, then extract a file backup into
                       --to DIR (empty, unless --force) or restore a database backup into
                       --to-database NAME (new or empty, unless --clean; custom dumps only);
                       links pointing outside DIR are refused unless --allow-outside-links;
                       as root, owners are restored unless --no-same-owner (setuid/setgid then dropped)
      --target N       with --verify / --restore: only the N-th target of UPLOAD_TO
      --archive NAME   with --verify / --restore: this archive instead of the newest
      --status         each backup's last run, last success, next run; STALE when the last success
                       is older than twice the schedule's longest gap; exit 1 if any is STALE or FAILING
  -h, --help           this help
  -V, --version        the version

Exit codes: 0 ok, 1 a backup or a target failed, 2 usage or config error,
3 skipped because another run of the same backup holds its lock.`;

const options = {
  config: { type: 'string', short: 'c' },
  'env-file': { type: 'string' },
  list: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  'check-targets': { type: 'boolean' },
  status: { type: 'boolean' },
  verify: { type: 'boolean' },
  target: { type: 'string' },
  archive: { type: 'string' },
  restore: { type: 'boolean' },
  to: { type: 'string' },
  'to-database': { type: 'string' },
  force: { type: 'boolean' },
  'allow-outside-links': { type: 'boolean' },
  'no-same-owner': { type: 'boolean' },
  clean: { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
} as const;

export async function runBackup(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, options, usage);
  if (values.help) return print(usage);
  if (values.version) return print(`run-backup ${(await import('../version.js')).toolVersion()}`);
  checkModes(values);
  const envFile = values['env-file'];
  const sources = readConfigSources(configPathFrom(values.config), envFile);
  const config = parseSources(sources);
  for (const warning of exposureWarnings(sources)) console.error(`run-backup: warning: ${warning}`);
  if (values.list) {
    if (positionals.length > 0)
      throw new UsageError('--list takes no project or backup', usage.split('\n')[1]);
    // Loaded only here: cron-parser alone is ~20 ms, paid before every backup's source started otherwise.
    const { listBackups, formatListing } = await import('./list.js');
    const listing = listBackups(config, new Date());
    return print(values.json ? JSON.stringify(listing, null, 2) : formatListing(listing));
  }
  if (values.status) {
    if (positionals.length > 0)
      throw new UsageError('--status takes no project or backup', usage.split('\n')[3]);
    const { statusCommand } = await import('./status.js');
    return statusCommand(config, { json: values.json === true });
  }
  const [projectName, backupName, ...extra] = positionals;
  if (projectName === undefined || backupName === undefined || extra.length > 0) {
    throw new UsageError('expected a project and a backup', `${usage.split('\n')[0]}\n${validNames(config)}`);
  }
  const backup = findBackup(config, projectName, backupName);
  if (values.restore) {
    const { restoreCommand } = await import('./restore-command.js');
    return restoreCommand(config, backup, {
      force: values.force === true,
      allowOutsideLinks: values['allow-outside-links'] === true,
      noSameOwner: values['no-same-owner'] === true,
      clean: values.clean === true,
      env: sources.env,
      ...(values.to === undefined ? {} : { to: values.to }),
      ...(values['to-database'] === undefined ? {} : { toDatabase: values['to-database'] }),
      ...(values.target === undefined ? {} : { target: values.target }),
      ...(values.archive === undefined ? {} : { archive: values.archive }),
    });
  }
  if (values.verify) {
    const { verifyCommand } = await import('./verify-command.js');
    return verifyCommand(config, backup, {
      json: values.json === true,
      env: sources.env,
      ...(values.target === undefined ? {} : { target: values.target }),
      ...(values.archive === undefined ? {} : { archive: values.archive }),
    });
  }
  if (values['dry-run']) {
    const { describePlan, previewRetention } = await import('../backup/plan.js');
    print(describePlan(backup));
    const preview = await previewRetention(backup, sources.env, new Date());
    if (preview.lines.length) print(preview.lines.join('\n'));
    return preview.ok ? ExitCode.ok : ExitCode.failed;
  }
  if (values['check-targets']) {
    const { checkTargets } = await import('../backup/check-targets.js');
    const checks = await checkTargets(backup, sources.env);
    if (values.json) print(JSON.stringify(checks, null, 2));
    else {
      for (const check of checks) {
        print(`${check.ok ? 'ok    ' : 'FAILED'} ${check.target}`);
        for (const step of check.steps) print(`       ${step}`);
        if (check.error) print(`       ${check.error}`);
      }
    }
    return checks.every((check) => check.ok) ? ExitCode.ok : ExitCode.failed;
  }
  const { backupCommand } = await import('./backup-command.js');
  return backupCommand(config, backup, { json: values.json === true, env: sources.env });
}

const modes = ['list', 'status', 'verify', 'restore', 'dry-run', 'check-targets'] as const;
const belongsTo: Record<string, readonly string[]> = {
  to: ['restore'],
  'to-database': ['restore'],
  force: ['restore'],
  clean: ['restore'],
  'allow-outside-links': ['restore'],
  'no-same-owner': ['restore'],
  target: ['verify', 'restore'],
  archive: ['verify', 'restore'],
};

/** One mode at a time, and no option that the chosen mode would silently ignore. */
function checkModes(values: Record<string, unknown>): void {
  const chosen = modes.filter((mode) => values[mode] !== undefined);
  if (chosen.length > 1) throw new UsageError(`--${chosen.join(' and --')} cannot be combined`);
  for (const [option, owners] of Object.entries(belongsTo)) {
    if (values[option] === undefined) continue;
    if (!owners.some((owner) => chosen.includes(owner as (typeof modes)[number]))) {
      throw new UsageError(`--${option} works only with --${owners.join(' or --')}`);
    }
  }
}

/** The backup named on the command line, or a usage error that lists the valid names. */
export function findBackup(config: Config, projectName: string, backupName: string) {
  const project = config.projects.find((candidate) => candidate.name === projectName);
  if (!project)
    throw new UsageError(`no project named "${projectName}" in ${config.file}`, validNames(config));
  const backup = project.backups.find((candidate) => candidate.name === backupName);
  if (!backup) {
    throw new UsageError(
      `project "${projectName}" has no backup named "${backupName}"`,
      validNames(config, projectName),
    );
  }
  return backup;
}

function validNames(config: Config, only?: string): string {
  const projects = config.projects.filter((project) => only === undefined || project.name === only);
  if (projects.length === 0) return `${config.file} defines no projects`;
  const lines = projects.map(
    (project) => `${project.name}: ${project.backups.map((b) => b.name).join(', ') || '(no backups)'}`,
  );
  return `valid names (project: backups):\n    ${lines.join('\n    ')}`;
}

function print(text: string): number {
  console.log(text);
  return ExitCode.ok;
}

export function main(): Promise<void> {
  return runCli('run-backup', runBackup, { exitWhenDone: true });
}
