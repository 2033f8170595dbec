// The PostgreSQL command lines, as data: exact argv, names quoted as conninfo, SQL quoted by its rules.
import { expect } from 'chai';
import type { ServerConnection } from '../../../lib/databases/connection.js';
import {
  createDatabaseSql,
  databaseExistsSql,
  dropDatabaseSql,
  pgRestoreArgv,
  psqlScriptArgv,
} from '../../../lib/databases/postgres/restore-commands.js';
import { pgDumpArgv, psqlArgv, withPasswordFromStdin } from '../../../lib/databases/postgres/argv.js';

const database: ServerConnection = {
  username: 'app',
  host: 'db.local',
  port: 5433,
  name: "shop 'x'\\y",
  password: 'never shown',
};
const connection = [
  '--host=db.local',
  '--port=5433',
  '--username=app',
  "--dbname=dbname='shop \\'x\\'\\\\y'",
];

describe('PostgreSQL command lines', () => {
  it('pg_dump and psql connect with the same options, the database name as a conninfo value', () => {
    expect(pgDumpArgv(database, 'custom')).to.deep.equal([
      'pg_dump',
      ...connection,
      '--format=custom',
      '--no-password',
    ]);
    expect(psqlArgv(database, 'SHOW server_version')).to.deep.equal([
      'psql',
      '-X',
      '-A',
      '-t',
      '-w',
      '-v',
      'ON_ERROR_STOP=1',
      ...connection,
      '-c',
      'SHOW server_version',
    ]);
    expect(psqlArgv(database, 'SELECT 1', 'postgres')).to.include("--dbname=dbname='postgres'");
  });

  it('restores in one transaction, stopping at the first error; --clean only when asked', () => {
    const target = ['--host=db.local', '--port=5433', '--username=app', "--dbname=dbname='copy'"];
    expect(pgRestoreArgv(database, 'copy', false)).to.deep.equal([
      'pg_restore',
      '--no-password',
      '--exit-on-error',
      '--single-transaction',
      ...target,
    ]);
    expect(pgRestoreArgv(database, 'copy', true)).to.include.members(['--clean', '--if-exists']);
    expect(psqlScriptArgv(database, 'copy')).to.deep.equal([
      'psql',
      '-X',
      '-q',
      '-w',
      '-v',
      'ON_ERROR_STOP=1',
      '--single-transaction',
      ...target,
      '-f',
      '-',
    ]);
  });

  it('never puts the password in argv, and quotes names in SQL', () => {
    for (const argv of [
      pgDumpArgv(database, 'plain'),
      psqlArgv(database, 'x'),
      withPasswordFromStdin(['pg_dump']),
    ])
      expect(argv.join(' ')).to.not.contain('never shown');
    expect(databaseExistsSql("a'b")).to.equal("SELECT 1 FROM pg_database WHERE datname = 'a''b'");
    expect(createDatabaseSql('a"b')).to.equal('CREATE DATABASE "a""b"');
    expect(dropDatabaseSql('a"b')).to.equal('DROP DATABASE IF EXISTS "a""b"');
  });
});
