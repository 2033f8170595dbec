// Restoring a database backup into a new or empty database, with pg_restore (custom dumps) or psql (plain
// ones), wherever the backup's pg_dump runs: this host, over SSH, or in its docker container. The dump is
// streamed from the zip to the command's stdin, after the password line the sh wrapper reads.
import { UserError } from '../../errors.js';
import { CommandError, type Shell } from '../../shell/shell.js';
import { restoreIntoServer, type ServerRestoreReport } from '../server-restore.js';
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

export async function restoreDatabase(
  zipPath: string,
  settings: PostgresSettings,
  shell: Shell,
  options: { database: string; clean: boolean; maintenanceDatabase?: string },
): Promise<ServerRestoreReport> {
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
  const argv =
    settings.format === 'custom'
      ? pgRestoreArgv(settings, target, options.clean)
      : psqlScriptArgv(settings, target);
  return await restoreIntoServer(
    zipPath,
    isPostgresDump,
    password === undefined ? undefined : `${password}\n`,
    {
      target,
      clean: options.clean,
      where: shell.where,
      program: argv[0] ?? 'restore',
      exists: async () => (await query(maintenance, databaseExistsSql(target))) === '1',
      objects: async () => Number(await query(target, userRelationsSql)),
      objectWords: 'relations',
      create: async () => void (await query(maintenance, createDatabaseSql(target))),
      drop: async () => void (await query(maintenance, dropDatabaseSql(target))),
      run: (input) => shell.run(wrap(argv), { stdin: input.stream }),
      // --single-transaction: a failed restore leaves things as they were.
      transactional: true,
    },
  );
}

/** A pg_dump entry: `<database>.dump` (custom) or `<database>.sql` (plain). */
export const isPostgresDump = (name: string) => /\.(dump|sql)$/.test(name);
