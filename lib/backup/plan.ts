// `run-backup --dry-run`: what a run would read and write, without touching anything.
import type { Backup } from '../config/model.js';

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
          `PostgreSQL database ${backup.database.name} at ${backup.database.host}:${backup.database.port} as ${backup.database.username}, ` +
            `pg_dump ${backup.format} format ${backup.docker ? `inside container ${backup.docker.container} ` : ''}${where}`,
        ];
  const writes = backup.targets.map(
    (target) =>
      `  ${target.storage} ${target.path}/${backup.project}_${backup.name}_<UTC time>.zip (+ .json manifest)`,
  );
  return [
    `${backup.project}/${backup.name} (dry run: nothing is read or written)`,
    'would read:',
    ...reads.map((line) => `  ${line}`),
    'would write:',
    ...writes,
  ].join('\n');
}
