// Building pg_dump's command line: a pure function, tested on its own. The password never appears here:
// it is fed on stdin to a tiny sh wrapper that exports PGPASSWORD and then execs pg_dump.
import type { DatabaseConnection } from '../config/model.js';

export type DumpFormat = 'custom' | 'plain';

/** libpq conninfo quoting: single quotes, with `'` and `\` escaped by a backslash. */
export function conninfoValue(value: string): string {
  return `'${value.replace(/[\\']/g, (ch) => `\\${ch}`)}'`;
}

export function pgDumpArgv(database: DatabaseConnection, format: DumpFormat): string[] {
  return [
    'pg_dump',
    `--host=${database.host}`,
    `--port=${database.port}`,
    `--username=${database.username}`,
    // As conninfo, so a database name holding `=` or looking like a URI is still just a name.
    `--dbname=dbname=${conninfoValue(database.name)}`,
    `--format=${format}`,
    '--no-password',
  ];
}

/** psql running one statement, unaligned tuples only, never prompting. */
export function psqlArgv(database: DatabaseConnection, statement: string): string[] {
  return [
    'psql',
    '-X',
    '-A',
    '-t',
    '-w',
    `--host=${database.host}`,
    `--port=${database.port}`,
    `--username=${database.username}`,
    `--dbname=dbname=${conninfoValue(database.name)}`,
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
