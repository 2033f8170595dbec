// Restoring a MYSQL backup into a new or empty database with the mariadb (or mysql) client, wherever the
// dump runs: this host, over SSH, or in the container. The dump streams from the zip to the client's
// stdin after the password line. MySQL cannot roll DDL back: a database this restore created is dropped
// again when it fails; one that existed (--clean) may be left partly restored, and the message says so.
import { formatBytes } from '../../format.js';
import { ExitCode, UserError } from '../../errors.js';
import { CommandError, type Shell } from '../../shell/shell.js';
import { withDumpInput } from '../dump-input.js';
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

  const exists = (await query(databaseExistsSql(target))) !== '0';
  if (exists) {
    const objects = Number(await query(objectCountSql(target)));
    if (objects > 0 && !options.clean)
      throw new UserError(
        `database ${target} is not empty (${objects} tables, views, routines and events); nothing was restored`,
        {
          hint: 'restore into a new database name, or add --clean to replace the objects the dump holds',
        },
      );
  } else {
    await query(createDatabaseSql(target));
  }

  return await withDumpInput(
    zipPath,
    isMysqlDump,
    password === undefined ? undefined : passwordLine(password),
    async (input) => {
      const result = await shell.run(withPassword(scriptArgv(program, settings, target), password), {
        stdin: input.stream,
      });
      if (result.exitCode !== 0) {
        if (!exists) await query(dropDatabaseSql(target)).catch(() => undefined);
        throw new UserError(
          `${program} on ${shell.where} failed: ${result.stderr.trim()}; ${
            exists
              ? `database ${target} may be partly restored (MySQL cannot roll back DDL)`
              : `the new database ${target} was dropped again`
          }`,
          { exitCode: ExitCode.failed },
        );
      }
      return `restored ${input.name} (${formatBytes(input.bytes())}) into ${exists ? 'the existing' : 'the new'} database ${target}`;
    },
  );
}
