// A SQLITE backup: a consistent copy of the database file (sqlite3's VACUUM INTO, see scripts.ts) streamed
// into the zip under the file's own name, deflated.
import { ExitCode, UserError } from '../../errors.js';
import type { Completion, Shell, Streaming } from '../../shell/shell.js';
import type { ArchiveEntry, Source, SourceReport } from '../../sources/source.js';
import type { EngineContext } from '../engine.js';
import { copyArgv, copyEntryName, sqliteExit, versionFromStderr, withoutVersion } from './scripts.js';
import type { SqliteSettings } from './settings.js';

export class SqliteSource implements Source {
  readonly description: string;

  constructor(
    private readonly shell: Shell,
    private readonly settings: SqliteSettings,
    private readonly context: EngineContext = {},
  ) {
    this.description = `SQLite database ${settings.path} on ${shell.where}`;
  }

  // One entry, known at once: nothing to await before it, but the source seam is asynchronous.
  // eslint-disable-next-line @typescript-eslint/require-await
  async *entries(report: SourceReport): AsyncIterable<ArchiveEntry> {
    let streaming: Streaming | undefined;
    yield {
      type: 'file',
      name: copyEntryName(this.settings.path),
      mode: 0o600,
      mtime: new Date(),
      size: undefined,
      open: () => {
        streaming = this.shell.stream(copyArgv(this.settings.path));
        return streaming.stdout;
      },
      finish: async () => {
        const completion = await streaming?.done;
        if (!completion) return;
        const version = versionFromStderr(completion.stderr);
        if (version) report.details.sqlite_version = version;
        if (completion.exitCode !== 0)
          throw sqliteFailure(completion, this.settings.path, this.shell.where, this.context);
      },
    };
  }
}

/** The script's exit codes in words, naming the program, the host and the package where one is missing. */
export function sqliteFailure(
  completion: Completion,
  path: string,
  where: string,
  context: EngineContext,
): UserError {
  const stderr = withoutVersion(completion.stderr);
  const detail = completion.timedOut
    ? 'timed out'
    : `exited with ${completion.exitCode}${stderr ? `: ${stderr}` : ''}`;
  switch (completion.exitCode) {
    case sqliteExit.missingSqlite:
      return new UserError(`sqlite3 is not installed on ${where}`, {
        exitCode: ExitCode.failed,
        hint: context.container
          ? 'the container image needs the sqlite3 command-line program'
          : 'install it there (Debian: apt-get install sqlite3)',
      });
    case sqliteExit.missingDatabase:
      return new UserError(`${stderr || `no such database file: ${path}`} on ${where}`, {
        exitCode: ExitCode.failed,
      });
    default:
      return new UserError(`sqlite3 on ${where} ${detail}`, { exitCode: ExitCode.failed });
  }
}
