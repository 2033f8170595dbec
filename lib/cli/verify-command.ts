// `run-backup --verify <project> <backup> [--target N] [--archive NAME]`: verifies the newest (or named)
// archive on each target (or the N-th); exit 1 when any check fails, naming what differs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageFor, type Environment } from '../backup/targets.js';
import type { Backup, Config, Target } from '../config/model.js';
import { ExitCode, UsageError } from '../errors.js';
import { checkArchiveName, verifyArchive, type VerifyReport } from '../verify/verify.js';

export async function verifyCommand(
  config: Config,
  backup: Backup,
  options: { target?: string; archive?: string; json: boolean; env: Environment },
): Promise<number> {
  const targets = selectTargets(backup, options.target);
  if (options.archive !== undefined) checkArchiveName(backup, options.archive);
  const workDirectory = mkdtempSync(join(config.workDirectory ?? tmpdir(), 'opsbackup-verify-'));
  const reports: VerifyReport[] = [];
  try {
    for (const target of targets) {
      try {
        const storage = await storageFor(target, options.env);
        reports.push(
          await verifyArchive({
            backup,
            storage,
            workDirectory,
            ...(options.archive === undefined ? {} : { archive: options.archive }),
          }),
        );
      } catch (error) {
        reports.push({
          target: `${target.storage} ${target.path}`,
          ok: false,
          checks: [],
          problems: [error instanceof Error ? error.message : String(error)],
        });
      }
    }
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
  if (options.json) console.log(JSON.stringify(reports, null, 2));
  else for (const report of reports) console.log(formatReport(report));
  return reports.every((report) => report.ok) ? ExitCode.ok : ExitCode.failed;
}

export function formatReport(report: VerifyReport): string {
  return [
    `${report.ok ? 'ok    ' : 'FAILED'} ${report.target}${report.archive ? `: ${report.archive}` : ''}`,
    ...report.checks.map((check) => `       ${check}`),
    ...report.problems.map((problem) => `       ✗ ${problem}`),
  ].join('\n');
}

/** Every target, or the N-th (1-based, in UPLOAD_TO order). */
export function selectTargets(backup: Backup, position: string | undefined): Target[] {
  if (position === undefined) return backup.targets;
  const index = Number(position);
  const target = Number.isInteger(index) ? backup.targets[index - 1] : undefined;
  if (!target) {
    throw new UsageError(
      `--target ${position}: ${backup.project}/${backup.name} has ${backup.targets.length} target(s)`,
      backup.targets.map((t, i) => `${i + 1}: ${t.storage} ${t.path}`).join('\n    '),
    );
  }
  return [target];
}
