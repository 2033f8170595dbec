// Restoring a database backup into a new or empty database, with pg_restore (custom dumps) or psql (plain
// ones), wherever the backup's pg_dump runs: this host, over SSH, or in its docker container. The dump is
// streamed from the zip to the command's stdin, after the password line the sh wrapper reads.
import { ExitCode, UserError } from '../../errors.js';
import { CommandError, type Shell } from '../../shell/shell.js';
import { withDumpInput } from '../dump-input.js';
import { psqlArgv, withPasswordFromStdin } from './argv.js';
import {
  createDatabaseSql,
  databaseExistsSql,
  dropDatabaseSql,
  pgRestoreArgv,
  psqlScriptArgv,
  userRelationsSql,
} from './restore-commands.js';
import type { PostgresSettings } from './settings.js';

export interface DatabaseRestoreReport {
  database: string;
  created: boolean;
  dump: string;
  bytes: number;
}

export async function restoreDatabase(
  zipPath: string,
  settings: PostgresSettings,
  shell: Shell,
  options: { database: string; clean: boolean; maintenanceDatabase?: string },
): Promise<DatabaseRestoreReport> {
  const target = options.database;
  if (options.clean && settings.format === 'plain') {
    throw new UserError('--clean works with custom-format dumps only; this backup is FORMAT: plain', {
      hint: 'restore into a new database name, or drop the database first',
    });
  }
  const password = settings.password;
  const wrap = (argv: string[]) => (password === undefined ? argv : withPasswordFromStdin(argv));
  const query = async (databaseName: string, statement: string): Promise<string> => {
    const argv = psqlArgv(settings, statement, databaseName);
    const result = await shell.run(wrap(argv), password === undefined ? {} : { stdin: `${password}\n` });
    if (result.exitCode !== 0) throw new CommandError(['psql'], shell.where, result);
    return result.stdout.trim();
  };

  const maintenance = options.maintenanceDatabase ?? 'postgres';
  const exists = (await query(maintenance, databaseExistsSql(target))) === '1';
  if (exists) {
    const relations = Number(await query(target, userRelationsSql));
    if (relations > 0 && !options.clean) {
      throw new UserError(`database ${target} is not empty (${relations} relations); nothing was restored`, {
        hint: 'restore into a new database name, or add --clean to replace the objects the dump holds',
      });
    }
  } else {
    await query(maintenance, createDatabaseSql(target));
  }

  return await withDumpInput(
    zipPath,
    isPostgresDump,
    password === undefined ? undefined : `${password}\n`,
    async (input) => {
      const argv =
        settings.format === 'custom'
          ? pgRestoreArgv(settings, target, options.clean)
          : psqlScriptArgv(settings, target);
      const result = await shell.run(wrap(argv), { stdin: input.stream });
      if (result.exitCode !== 0) {
        // The restore ran in one transaction; a database made for it goes too, leaving things as they were.
        if (!exists) await query(maintenance, dropDatabaseSql(target)).catch(() => undefined);
        throw new UserError(
          `${argv[0] ?? 'restore'} on ${shell.where} failed and was rolled back: ${result.stderr.trim()}`,
          { exitCode: ExitCode.failed },
        );
      }
      return { database: target, created: !exists, dump: input.name, bytes: input.bytes() };
    },
  );
}

/** A pg_dump entry: `<database>.dump` (custom) or `<database>.sql` (plain). */
export const isPostgresDump = (name: string) => /\.(dump|sql)$/.test(name);
