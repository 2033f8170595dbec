// The commands of a database restore, as data (argv and SQL), tested on their own (psql's for one
// statement is argv.ts's psqlArgv). Identifiers and
// literals are quoted by PostgreSQL's rules; the password never appears here (it goes on stdin).
import type { ServerConnection } from '../connection.js';
import { connectionArgs } from './argv.js';

export const sqlIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;
export const sqlLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** pg_restore reading a custom-format dump on stdin, all or nothing. */
export function pgRestoreArgv(database: ServerConnection, name: string, clean: boolean): string[] {
  return [
    'pg_restore',
    '--no-password',
    '--exit-on-error',
    '--single-transaction',
    ...(clean ? ['--clean', '--if-exists'] : []),
    ...connectionArgs(database, name),
  ];
}

/** psql running a plain SQL dump from stdin, all or nothing. */
export function psqlScriptArgv(database: ServerConnection, name: string): string[] {
  return [
    'psql',
    '-X',
    '-q',
    '-w',
    '-v',
    'ON_ERROR_STOP=1',
    '--single-transaction',
    ...connectionArgs(database, name),
    '-f',
    '-',
  ];
}

export const databaseExistsSql = (name: string) =>
  `SELECT 1 FROM pg_database WHERE datname = ${sqlLiteral(name)}`;

export const dropDatabaseSql = (name: string) => `DROP DATABASE IF EXISTS ${sqlIdentifier(name)}`;

export const createDatabaseSql = (name: string) => `CREATE DATABASE ${sqlIdentifier(name)}`;

/** User relations (tables, views, sequences …) outside the system schemas: zero means "empty". */
export const userRelationsSql =
  "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' AND c.relkind IN ('r', 'v', 'm', 'S', 'f', 'p')";
