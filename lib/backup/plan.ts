// `run-backup --dry-run`: what a run would read and write, without touching anything. Targets with a
// RETENTION are listed (read only) to show what a run now would delete and why each archive is kept.
import type { Backup } from '../config/model.js';
import { specOf } from '../databases/registry.js';
import { describePrune, pruneTarget } from '../retention/prune.js';
import { archiveBaseName } from './naming.js';
import { dryRun } from '../storage/dry-run.js';
import { storageFor, type Environment } from './targets.js';

export function describePlan(backup: Backup): string {
  const where = backup.ssh
    ? `on ${backup.ssh.username}@${backup.ssh.host}:${backup.ssh.port}`
    : 'on this host';
  const reads =
    backup.kind === 'files'
      ? [
          `files ${where}:`,
          ...backup.paths.map((path) => `  ${path}`),
          ...(backup.exclude.length ? [`  excluding ${backup.exclude.join(', ')}`] : []),
        ]
      : [
          `${specOf(backup.database).describe(backup.database)}, ` +
            `${backup.docker ? `inside container ${backup.docker.container} ` : ''}${where}`,
        ];
  const writes = backup.targets.map(
    (target) =>
      `  ${target.storage} ${target.path}/${backup.project}_${backup.name}_<UTC time>.zip (+ .json manifest)` +
      (target.retention ? '' : ', nothing deleted (no RETENTION)'),
  );
  return [
    `${backup.project}/${backup.name} (dry run: nothing is changed)`,
    'would read:',
    ...reads.map((line) => `  ${line}`),
    'would write:',
    ...writes,
  ].join('\n');
}

/**
 * For each target with a RETENTION: what a run stored now would leave and delete. A target that cannot
 * be listed is reported and makes `ok` false.
 */
export async function previewRetention(
  backup: Backup,
  env: Environment,
  now: Date,
): Promise<{ lines: string[]; ok: boolean }> {
  const lines: string[] = [];
  let ok = true;
  const next = `${archiveBaseName(backup.project, backup.name, now)}.zip`;
  for (const target of backup.targets) {
    if (!target.retention) continue;
    lines.push(`retention on ${target.storage} ${target.path}, after a run now (${next}):`);
    try {
      const storage = dryRun(await storageFor(target, env), [{ name: next, size: 0 }]);
      const report = await pruneTarget({
        storage,
        project: backup.project,
        backup: backup.name,
        policy: target.retention,
        now,
        protect: next,
        dryRun: true,
      });
      lines.push(...describePrune(report, true).map((line) => `  ${line}`));
    } catch (error) {
      ok = false;
      lines.push(`  cannot list the target: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { lines, ok };
}
