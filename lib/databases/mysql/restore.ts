// Restoring a MYSQL backup into a new or empty database with the mariadb (or mysql) client, wherever the
// dump runs: this host, over SSH, or in the container. The dump streams from the zip to the client's
// stdin after the password line. MySQL cannot roll DDL back: a database this restore created is dropped
// again when it fails; one that existed (--clean) may be left partly restored, and the message says so.
import { formatBytes } from '../../format.js';
import { CommandError, type Shell } from '../../shell/shell.js';
import { restoreIntoServer } from '../server-restore.js';
import type { EngineContext } from '../engine.js';
import {
  createDatabaseSql,
  databaseExistsSql,
  dropDatabaseSql,
  objectCountSql,
  passwordLine,
  queryArgv,
  scriptArgv,
  sqlPrograms,
  withPassword,
} from './argv.js';
import type { MysqlSettings } from './settings.js';
import { findClient } from './source.js';

export const isMysqlDump = (name: string) => name.endsWith('.sql');

export async function restoreMysql(
  zipPath: string,
  settings: MysqlSettings,
  shell: Shell,
  options: { database: string; clean: boolean },
  context: EngineContext,
): Promise<string> {
  const target = options.database;
  const { program } = await findClient(shell, sqlPrograms, context);
  const password = settings.password;
  const query = async (statement: string): Promise<string> => {
    const result = await shell.run(
      withPassword(queryArgv(program, settings, statement), password),
      password === undefined ? {} : { stdin: passwordLine(password) },
    );
    if (result.exitCode !== 0) throw new CommandError([program], shell.where, result);
    return result.stdout.trim();
  };

  const report = await restoreIntoServer(
    zipPath,
    isMysqlDump,
    password === undefined ? undefined : passwordLine(password),
    {
      target,
      clean: options.clean,
      where: shell.where,
      program,
      exists: async () => (await query(databaseExistsSql(target))) !== '0',
      objects: async () => Number(await query(objectCountSql(target))),
      objectWords: 'tables, views, routines and events',
      create: async () => void (await query(createDatabaseSql(target))),
      drop: async () => void (await query(dropDatabaseSql(target))),
      run: (input) =>
        shell.run(withPassword(scriptArgv(program, settings, target), password), { stdin: input.stream }),
      transactional: false,
    },
  );
  return `restored ${report.dump} (${formatBytes(report.bytes)}) into ${report.created ? 'the new' : 'the existing'} database ${report.database}`;
}
