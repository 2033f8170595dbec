// Building pg_dump's command line: a pure function, tested on its own. The password never appears here:
// it is fed on stdin to a tiny sh wrapper that exports PGPASSWORD and then execs pg_dump.
import type { ServerConnection } from '../connection.js';

export type DumpFormat = 'custom' | 'plain';

/** libpq conninfo quoting: single quotes, with `'` and `\` escaped by a backslash. */
export function conninfoValue(value: string): string {
  return `'${value.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;
}

/**
 * The connection options every PostgreSQL client command takes; `name` is the database (the backup's by
 * default). As conninfo, so a database name holding `=` or looking like a URI is still just a name.
 */
export function connectionArgs(database: ServerConnection, name = database.name): string[] {
  return [
    `--host=${database.host}`,
    `--port=${database.port}`,
    `--username=${database.username}`,
    `--dbname=dbname=${conninfoValue(name)}`,
  ];
}

export function pgDumpArgv(database: ServerConnection, format: DumpFormat): string[] {
  return ['pg_dump', ...connectionArgs(database), `--format=${format}`, '--no-password'];
}

/**
 * psql running one statement (in database `name`, the backup's by default), unaligned tuples only,
 * never prompting, stopping at the first error.
 */
export function psqlArgv(database: ServerConnection, statement: string, name = database.name): string[] {
  return [
    'psql',
    '-X',
    '-A',
    '-t',
    '-w',
    '-v',
    'ON_ERROR_STOP=1',
    ...connectionArgs(database, name),
    '-c',
    statement,
  ];
}

/** Wraps a command so that the first line of stdin becomes PGPASSWORD in its environment. */
export function withPasswordFromStdin(argv: readonly string[]): string[] {
  return ['sh', '-c', 'IFS= read -r PGPASSWORD; export PGPASSWORD; exec "$@"', 'sh', ...argv];
}

/** The file name of the dump inside the zip. */
export function dumpEntryName(database: string, format: DumpFormat): string {
  const safe = database.replace(/[/\\\0]/g, '_') || 'database';
  return `${safe}.${format === 'custom' ? 'dump' : 'sql'}`;
}
