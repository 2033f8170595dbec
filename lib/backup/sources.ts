// Picks the source for a backup from its kind and where it runs.
import type { Backup } from '../config/model.js';
import { ExitCode, UserError } from '../errors.js';
import { LocalFileSource } from '../sources/local-files.js';
import type { Source } from '../sources/source.js';

export function sourceFor(backup: Backup): Source {
  if (backup.kind === 'files' && backup.ssh === undefined)
    return new LocalFileSource(backup.paths, backup.exclude);
  throw new UserError(
    `${backup.project}/${backup.name}: this kind of backup is not available in this version yet`,
    {
      exitCode: ExitCode.failed,
    },
  );
}
