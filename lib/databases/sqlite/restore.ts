// Restoring a SQLITE backup: the copy streams from the zip to a temporary file beside FILE on the host (or
// in the container) that holds the database, passes PRAGMA integrity_check there, and only then takes
// FILE's name; an existing FILE is replaced only with --force.
import { formatBytes } from '../../format.js';
import { ExitCode, UserError } from '../../errors.js';
import type { Shell } from '../../shell/shell.js';
import { withDumpInput } from '../dump-input.js';
import type { EngineContext } from '../engine.js';
import { restoreArgv, sqliteExit } from './scripts.js';
import { sqliteFailure } from './source.js';

export async function restoreSqlite(
  zipPath: string,
  shell: Shell,
  options: { file: string; force: boolean },
  context: EngineContext,
): Promise<string> {
  return await withDumpInput(
    zipPath,
    () => true,
    undefined,
    async (input) => {
      const result = await shell.run(restoreArgv(options.file, options.force, input.size), {
        stdin: input.stream,
      });
      if (result.exitCode === sqliteExit.exists)
        throw new UserError(`${options.file} exists on ${shell.where}; nothing was restored`, {
          hint: 'restore to a new file name, or add --force to replace it',
        });
      if (result.exitCode === sqliteExit.notAFile)
        throw new UserError(`${result.stderr.trim()} on ${shell.where}; nothing was restored`, {
          hint: 'name the database file itself',
        });
      if (result.exitCode === sqliteExit.inUse)
        throw new UserError(
          `${options.file} looks open or crashed on ${shell.where} (${result.stderr.trim()}); nothing was restored`,
          {
            exitCode: ExitCode.failed,
            hint: 'stop what uses the database (its -wal or -journal file goes when the last connection closes), or restore to a new file name',
          },
        );
      const unread = input.readError();
      if (result.exitCode !== 0 || unread)
        throw unread && result.exitCode === sqliteExit.shortInput
          ? new UserError(
              `reading ${input.name} from the archive failed (${unread.message}); nothing was restored`,
              {
                exitCode: ExitCode.failed,
              },
            )
          : sqliteFailure(result, options.file, shell.where, context);
      return `restored ${input.name} (${formatBytes(input.bytes())}) to ${options.file} on ${shell.where}; PRAGMA integrity_check: ok`;
    },
  );
}
