// Restoring a database backup into a new or empty database, with pg_restore (custom dumps) or psql (plain
// ones), wherever the backup's pg_dump runs: this host, over SSH, or in its docker container. The dump is
// streamed from the zip to the command's stdin, after the password line the sh wrapper reads.
import { Readable, Transform } from 'node:stream';
import { readZip } from '../archive/read-zip.js';
import type { DbBackup } from '../config/model.js';
import { ExitCode, UserError } from '../errors.js';
import { CommandError, type Shell } from '../shell/shell.js';
import { psqlArgv, withPasswordFromStdin } from '../sources/pg-dump.js';
import {
  createDatabaseSql,
  databaseExistsSql,
  dropDatabaseSql,
  pgRestoreArgv,
  psqlScriptArgv,
  userRelationsSql,
} from './database-commands.js';

export interface DatabaseRestoreReport {
  database: string;
  created: boolean;
  dump: string;
  bytes: number;
}

export async function restoreDatabase(
  zipPath: string,
  backup: DbBackup,
  shell: Shell,
  options: { database: string; clean: boolean; maintenanceDatabase?: string },
): Promise<DatabaseRestoreReport> {
  const target = options.database;
  if (options.clean && backup.format === 'plain') {
    throw new UserError('--clean works with custom-format dumps only; this backup is FORMAT: plain', {
      hint: 'restore into a new database name, or drop the database first',
    });
  }
  const password = backup.database.password;
  const wrap = (argv: string[]) => (password === undefined ? argv : withPasswordFromStdin(argv));
  const query = async (databaseName: string, statement: string): Promise<string> => {
    const argv = psqlArgv(backup.database, statement, databaseName);
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

  for await (const entry of readZip(zipPath)) {
    if (entry.type !== 'file' || !/\.(dump|sql)$/.test(entry.name)) continue;
    let bytes = 0;
    const dump = await entry.open();
    const counting = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    dump.once('error', (error) => counting.destroy(error));
    dump.pipe(counting);
    const input = Readable.from(
      (async function* () {
        if (password !== undefined) yield Buffer.from(`${password}\n`);
        yield* counting;
      })(),
    );
    const argv =
      backup.format === 'custom'
        ? pgRestoreArgv(backup.database, target, options.clean)
        : psqlScriptArgv(backup.database, target);
    const result = await shell.run(wrap(argv), { stdin: input });
    if (result.exitCode !== 0) {
      // The restore ran in one transaction; a database made for it goes too, leaving things as they were.
      if (!exists) await query(maintenance, dropDatabaseSql(target)).catch(() => undefined);
      throw new UserError(
        `${argv[0] ?? 'restore'} on ${shell.where} failed and was rolled back: ${result.stderr.trim()}`,
        { exitCode: ExitCode.failed },
      );
    }
    return { database: target, created: !exists, dump: entry.name, bytes };
  }
  throw new UserError(`${zipPath} holds no database dump`, { exitCode: ExitCode.failed });
}
