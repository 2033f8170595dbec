// `run-backup --restore <project> <backup> [--archive NAME] [--target N] --to DIR [--force]
// [--allow-outside-links] [--no-same-owner]` for files, `… --to-database NAME [--clean]` for databases on a
// server, `… --to FILE [--force]` for databases that are a file (SQLite).
// `--archive` must be a plain archive name of this backup that the target lists; the archive's size and
// sha256 are checked against its manifest before anything is written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseShell, engineContext, openHostShell } from '../backup/sources.js';
import { storageFor, type Environment } from '../backup/targets.js';
import type { Backup, Config, DbBackup } from '../config/model.js';
import { loadEngine, specOf } from '../databases/registry.js';
import { ExitCode, UsageError, UserError } from '../errors.js';
import { formatBytes } from '../format.js';
import { restoreFiles, type RestoreFilesOptions } from '../restore/files.js';
import {
  checkArchiveName,
  checkChecksums,
  chooseArchive,
  kindMismatch,
  withFetchedArchive,
  type VerifyReport,
} from '../verify/verify.js';
import { selectTargets } from './verify-command.js';

export interface RestoreOptions {
  to?: string;
  toDatabase?: string;
  force: boolean;
  clean: boolean;
  allowOutsideLinks: boolean;
  /** --no-same-owner: as root, leave files owned by root (setuid and setgid then dropped). */
  noSameOwner: boolean;
  target?: string;
  archive?: string;
  env: Environment;
}

export async function restoreCommand(
  config: Config,
  backup: Backup,
  options: RestoreOptions,
): Promise<number> {
  checkOptions(backup, options);
  if (options.archive !== undefined) checkArchiveName(backup, options.archive);
  const [target] = selectTargets(backup, options.target ?? '1');
  if (!target) throw new UsageError(`${backup.project}/${backup.name} has no targets`);
  const storage = await storageFor(target, options.env);
  const archive = await chooseArchive(storage, backup, options.archive);
  if (!archive) {
    throw new UserError(`no archive of ${backup.project}/${backup.name} on ${storage.description}`, {
      exitCode: ExitCode.failed,
    });
  }
  const workDirectory = mkdtempSync(join(config.workDirectory ?? tmpdir(), 'opsbackup-restore-'));
  try {
    console.log(`restoring ${archive} from ${storage.description}`);
    return await withFetchedArchive(storage, archive, workDirectory, async (zip, manifest) => {
      const check: VerifyReport = { target: storage.description, ok: false, checks: [], problems: [] };
      await checkChecksums(zip, manifest, check);
      if (check.problems.length > 0) {
        throw new UserError(
          `${archive} does not match its manifest; nothing was restored: ${check.problems.join('; ')}`,
          { exitCode: ExitCode.failed },
        );
      }
      const mismatch = kindMismatch(manifest, backup);
      if (mismatch) throw new UserError(`${mismatch}; nothing was restored`, { exitCode: ExitCode.failed });
      console.log(check.checks.join('\n'));
      return backup.kind === 'files'
        ? await restoreFilesTo(zip, options.to ?? '', {
            force: options.force,
            allowOutsideLinks: options.allowOutsideLinks,
            sameOwner: !options.noSameOwner,
          })
        : await restoreDatabaseTo(zip, backup, options);
    });
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}

/** The options each kind of restore takes: into a directory (files), a database, or a file (SQLite). */
const restoreForms = {
  directory: {
    usage: '--to DIR [--force] [--allow-outside-links] [--no-same-owner]',
    flags: ['--to', '--force', '--allow-outside-links', '--no-same-owner'],
  },
  database: { usage: '--to-database NAME [--clean]', flags: ['--to-database', '--clean'] },
  file: { usage: '--to FILE [--force]', flags: ['--to', '--force'] },
} as const;

function checkOptions(backup: Backup, options: RestoreOptions): void {
  const [what, form] =
    backup.kind === 'files'
      ? ['a file backup', restoreForms.directory]
      : [`a ${specOf(backup.database).title} backup`, restoreForms[specOf(backup.database).restoreInto]];
  const given: Record<string, boolean> = {
    '--to': options.to !== undefined,
    '--to-database': options.toDatabase !== undefined,
    '--force': options.force,
    '--clean': options.clean,
    '--allow-outside-links': options.allowOutsideLinks,
    '--no-same-owner': options.noSameOwner,
  };
  const allowed: readonly string[] = form.flags;
  if (Object.entries(given).some(([flag, on]) => on && !allowed.includes(flag)))
    throw new UsageError(`${backup.project}/${backup.name} is ${what}: use ${form.usage}`);
  // The first flag names the destination, which every restore needs.
  const destination = form.flags[0] === '--to' ? options.to : options.toDatabase;
  if (!destination) throw new UsageError(`--restore of ${what} needs ${form.usage.split(' [')[0] ?? ''}`);
}

async function restoreFilesTo(zip: string, directory: string, options: RestoreFilesOptions): Promise<number> {
  const report = await restoreFiles(zip, directory, options);
  const hardLinks = report.hardLinks ? `, ${report.hardLinks} hard links` : '';
  console.log(
    `restored ${report.files} files (${formatBytes(report.bytes)}), ${report.directories} directories and ${report.symlinks} links${hardLinks} into ${directory}`,
  );
  for (const warning of report.warnings) console.error(`warning: ${warning}`);
  for (const refused of report.refused)
    console.error(`refused ${JSON.stringify(refused.name)}: ${refused.reason}`);
  if (report.refused.length > 0) {
    console.error(`${report.refused.length} entries were not restored`);
    return ExitCode.failed;
  }
  return ExitCode.ok;
}

async function restoreDatabaseTo(zip: string, backup: DbBackup, options: RestoreOptions): Promise<number> {
  const engine = await loadEngine(backup.database, engineContext(backup));
  const host = await openHostShell(backup, (line) => console.log(line));
  try {
    const done = await engine.restore(zip, await databaseShell(backup, host), {
      ...(options.toDatabase === undefined ? {} : { database: options.toDatabase }),
      ...(options.to === undefined ? {} : { file: options.to }),
      clean: options.clean,
      force: options.force,
    });
    console.log(done);
    return ExitCode.ok;
  } finally {
    await host.close();
  }
}
