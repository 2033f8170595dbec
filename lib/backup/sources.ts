// Picks the shell and the source for a backup from its kind and where it runs.
import type { Backup } from '../config/model.js';
import { ExitCode, UserError } from '../errors.js';
import { DockerShell } from '../shell/docker.js';
import { LocalShell } from '../shell/local.js';
import type { Shell } from '../shell/shell.js';
import { LocalFileSource } from '../sources/local-files.js';
import { PostgresSource } from '../sources/postgres.js';
import type { Source } from '../sources/source.js';

export function sourceFor(backup: Backup): Source {
  if (backup.ssh !== undefined) {
    throw new UserError(
      `${backup.project}/${backup.name}: backups over SSH are not available in this version yet`,
      {
        exitCode: ExitCode.failed,
      },
    );
  }
  if (backup.kind === 'files') return new LocalFileSource(backup.paths, backup.exclude);
  const host: Shell = new LocalShell();
  return new PostgresSource(backup.docker ? new DockerShell(host, backup.docker.container) : host, backup);
}
