// One backup, end to end: lock → read the source into a zip in a work directory → manifest → every
// target. The work directory is always removed; a failed source stores nothing; a failed target does not
// stop the others. Nothing is ever stored under a final name until it is complete.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip, type ZipResult } from '../archive/zip.js';
import type { Backup, Config } from '../config/model.js';
import { ExitCode, isUserError, UserError } from '../errors.js';
import { acquireLock } from '../lock.js';
import type { SourceReport } from '../sources/source.js';
import { lockDirectory } from '../state-dir.js';
import { ownedPrefix, sweepLeftovers } from '../leftovers.js';
import { onCleanup } from './cleanup.js';
import type { RunLog } from './log.js';
import { buildManifest } from './manifest.js';
import { archiveBaseName, manifestNameFor } from './naming.js';
import { openSource } from './sources.js';
import { Watchdog } from './watchdog.js';
import { storageFor } from './targets.js';
import type { RetentionPolicy } from '../retention/policy.js';
import { describePrune, pruneTarget } from '../retention/prune.js';
import type { Storage } from '../storage/storage.js';

export interface TargetOutcome {
  storage: string;
  path: string;
  status: 'ok' | 'failed';
  archive?: string;
  error?: string;
  /** Archives deleted by the target's RETENTION after this run stored its own. */
  pruned?: string[];
  /** Why retention did not run or did not finish; the backup itself is still good. */
  retention_warning?: string;
}

export interface RunOutcome {
  project: string;
  backup: string;
  status: 'ok' | 'failed';
  archive?: string;
  size_bytes?: number;
  sha256?: string;
  /** Bytes read from the source, before compression. */
  bytes_read?: number;
  targets: TargetOutcome[];
  duration_ms: number;
  error?: string;
}

export interface RunContext {
  config: Config;
  backup: Backup;
  log: RunLog;
  workRoot: string;
  toolVersion: string;
  /** The process environment over .env: credentials of the targets. */
  env: Readonly<Record<string, string | undefined>>;
  now?: Date;
  /** Shown as the run goes: the source being read, then each upload (backup-command's Progress). */
  progress?: ProgressSink;
  /** Called as a target receives bytes (set by performBackup to feed the watchdog). */
  onTargetProgress?: () => void;
}

export interface ProgressSink {
  phase(name: string, total?: number): void;
  setTotal(total: number): void;
  update(bytes: number): void;
}

export async function performBackup(context: RunContext): Promise<RunOutcome> {
  const { config, backup, log } = context;
  const started = context.now ?? new Date();
  const lock = await acquireLock({
    directory: lockDirectory(),
    key: `backup ${config.file} ${backup.project} ${backup.name}`,
    waitSeconds: 0,
    what: `backup ${backup.project}/${backup.name}`,
  });
  // Under the lock, so a live run of this backup never loses its files; others' are skipped by pid.
  for (const stale of sweepLeftovers(context.workRoot, 'opsbackup-'))
    log.info(`removed ${join(context.workRoot, stale)}, left by a run that died`);
  const workDirectory = mkdtempSync(join(context.workRoot, ownedPrefix('opsbackup-')));
  const releaseWork = onCleanup(() => rmSync(workDirectory, { recursive: true, force: true }));
  const releaseLock = onCleanup(() => lock.release());
  const outcome: RunOutcome = {
    project: backup.project,
    backup: backup.name,
    status: 'failed',
    targets: [],
    duration_ms: 0,
  };
  let closeSource = (): Promise<void> => Promise.resolve();
  // On SIGINT/SIGTERM, kill the commands still running (they have their own process groups).
  const releaseSource = onCleanup(() => void closeSource().catch(() => undefined));
  const watchdog = new Watchdog(
    config.timeouts.inactivityMs,
    config.timeouts.totalMs,
    () => void closeSource().catch(() => undefined),
  );
  const withWatchdog: RunContext = { ...context, onTargetProgress: () => watchdog.touch() };
  try {
    log.info(
      `start${backup.ssh ? `: connecting to ${backup.ssh.username}@${backup.ssh.host}:${backup.ssh.port}` : ''}`,
    );
    const opened = await watchdog.guard(openSource(backup, (message) => log.info(message)));
    closeSource = () => opened.close();
    const source = opened.source;
    log.info(`reading ${source.description}`);
    const archiveName = `${archiveBaseName(backup.project, backup.name, started)}.zip`;
    const staged = join(workDirectory, archiveName);
    const report: SourceReport = { warnings: [], details: {} };
    let zip: ZipResult;
    let reading = true;
    context.progress?.phase('read');
    // Sized beside the reading (a second walk, without opening files), for percent and ETA.
    void source
      .estimateBytes?.()
      .then((total) => {
        if (reading) context.progress?.setTotal(total);
      })
      .catch(() => undefined);
    try {
      zip = await watchdog.guard(
        writeZip(source.entries(report), staged, (bytesRead) => {
          watchdog.touch();
          context.progress?.update(bytesRead);
        }),
      );
    } catch (error) {
      outcome.error = messageOf(error);
      log.info(`failed: ${outcome.error}; nothing was stored`);
      return outcome;
    } finally {
      reading = false;
    }
    for (const warning of report.warnings) log.info(`warning: ${warning}`);
    log.info(
      `archive: ${zip.entries.length} entries, ${zip.bytesRead} bytes read, ${zip.sizeBytes} bytes zipped`,
    );
    Object.assign(outcome, {
      archive: archiveName,
      size_bytes: zip.sizeBytes,
      sha256: zip.sha256,
      bytes_read: zip.bytesRead,
    });

    const archive: StagedArchive = {
      path: staged,
      name: archiveName,
      workDirectory,
      zip,
      report,
      created: started,
      sourceDescription: source.description,
    };
    // Every target at once: end to end is archiving plus the slowest target, not the sum. Each one's
    // failure stays its own.
    watchdog.touch();
    const uploads = new UploadProgress(backup.targets.length, zip.sizeBytes, context.progress);
    outcome.targets = await Promise.all(
      backup.targets.map((target, index) =>
        // A watchdog that fires fails the targets still storing; those done keep their results.
        watchdog
          .guard(storeOnTarget(withWatchdog, target, archive, index, uploads))
          .catch((error: unknown): TargetOutcome => {
            log.info(`target ${target.storage} ${target.path} failed: ${messageOf(error)}`);
            return { storage: target.storage, path: target.path, status: 'failed', error: messageOf(error) };
          }),
      ),
    );
    // A run the watchdog stopped says so, and what it kept.
    if (watchdog.firedBecause) {
      outcome.error = watchdog.firedBecause;
      const stored = outcome.targets.filter((target) => target.status === 'ok').length;
      log.info(
        `failed: ${outcome.error}; ${stored ? `stored on ${stored} target(s) before that` : 'nothing was stored'}`,
      );
    }
    const failed = outcome.targets.filter((target) => target.status === 'failed');
    outcome.status = failed.length === 0 ? 'ok' : 'failed';
    if (failed.length > 0) outcome.error ??= `${failed.length} of ${outcome.targets.length} targets failed`;
    return outcome;
  } catch (error) {
    outcome.error = messageOf(error);
    const stored = outcome.targets.filter((target) => target.status === 'ok').length;
    log.info(
      `failed: ${outcome.error}; ${stored ? `stored on ${stored} target(s) before that` : 'nothing was stored'}`,
    );
    return outcome;
  } finally {
    watchdog.stop();
    releaseSource();
    outcome.duration_ms = Date.now() - started.getTime();
    releaseWork();
    releaseLock();
  }
}

/** The archive of this run, staged in the work directory, with what its manifests need. */
interface StagedArchive {
  path: string;
  name: string;
  workDirectory: string;
  zip: ZipResult;
  report: SourceReport;
  created: Date;
  sourceDescription: string;
}

/** One progress phase for all uploads running at once: their bytes summed against the total. */
class UploadProgress {
  private readonly sent: number[];

  constructor(
    targets: number,
    size: number,
    private readonly sink: ProgressSink | undefined,
  ) {
    this.sent = new Array<number>(targets).fill(0);
    sink?.phase(targets === 1 ? 'upload' : `upload to ${targets} targets`, size * targets);
  }

  update(index: number, bytes: number): void {
    this.sent[index] = bytes;
    this.sink?.update(this.sent.reduce((sum, value) => sum + value, 0));
  }
}

async function storeOnTarget(
  context: RunContext,
  target: Backup['targets'][number],
  archive: StagedArchive,
  index: number,
  uploads: UploadProgress,
): Promise<TargetOutcome> {
  let storage: { description: string } = { description: `${target.storage} ${target.path}` };
  const result: TargetOutcome = { storage: target.storage, path: target.path, status: 'failed' };
  try {
    const opened = await storageFor(target, context.env, (line) => context.log.info(line));
    storage = opened;
    const stored = await opened.put(archive.path, archive.name, {
      onProgress: (bytes) => {
        context.onTargetProgress?.();
        uploads.update(index, bytes);
      },
      immutable: true,
    });
    result.archive = stored.name;
    const manifest = buildManifest({
      backup: context.backup,
      archive: stored.name,
      created: archive.created,
      sources: [archive.sourceDescription],
      zip: archive.zip,
      report: archive.report,
      toolVersion: context.toolVersion,
    });
    // One file per target: they run at once, and may store under different names (-2).
    const manifestFile = join(archive.workDirectory, `${index}-${stored.name}.manifest`);
    writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    try {
      await opened.put(manifestFile, manifestNameFor(stored.name), { exact: true, immutable: true });
    } catch (error) {
      // An archive without its manifest is not a good backup: take it back.
      await opened.remove(stored.name).catch(() => undefined);
      throw error;
    }
    context.log.info(`stored on ${storage.description}: ${stored.name}`);
    if (context.backup.verify) await verifyStored(context, opened, stored.name, archive.workDirectory);
    result.status = 'ok';
    if (target.retention)
      await applyTargetRetention(context, opened, target.retention, stored.name, archive.created, result);
  } catch (error) {
    result.error = messageOf(error);
    context.log.info(`target ${storage.description} failed: ${result.error}`);
  }
  return result;
}

/** VERIFY: true — read the stored copy back as `--verify` would; a failure fails this target (and so skips its retention). */
async function verifyStored(
  context: RunContext,
  storage: Storage,
  archive: string,
  workDirectory: string,
): Promise<void> {
  const { verifyArchive } = await import('../verify/verify.js');
  // Its own directory: targets verify at once, and a download is named after the archive.
  const directory = mkdtempSync(join(workDirectory, 'verify-'));
  const report = await verifyArchive({ backup: context.backup, storage, archive, workDirectory: directory });
  for (const check of report.checks) context.log.info(`verify on ${storage.description}: ${check}`);
  if (!report.ok) {
    throw new UserError(`verification of ${archive} failed: ${report.problems.join('; ')}`, {
      exitCode: ExitCode.failed,
    });
  }
}

/** Retention after a good store; its failures are warnings, since this run's backup is safe either way. */
async function applyTargetRetention(
  context: RunContext,
  storage: Storage,
  policy: RetentionPolicy,
  stored: string,
  now: Date,
  result: TargetOutcome,
): Promise<void> {
  try {
    const report = await pruneTarget({
      storage,
      project: context.backup.project,
      backup: context.backup.name,
      policy,
      now,
      protect: stored,
    });
    result.pruned = report.removed;
    for (const line of describePrune(report, false))
      context.log.info(`retention on ${storage.description}: ${line}`);
    const problems = [report.skipped, ...report.failed.map((f) => `could not delete ${f.name}: ${f.error}`)];
    const warning = problems.filter((problem) => problem !== undefined).join('; ');
    if (warning) result.retention_warning = warning;
  } catch (error) {
    result.retention_warning = `retention failed: ${messageOf(error)}`;
    context.log.info(`retention on ${storage.description} failed: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  if (isUserError(error)) return error.hint ? `${error.message} (hint: ${error.hint})` : error.message;
  return error instanceof Error ? `${error.message}` : String(error);
}
