// The MySQL / MariaDB command lines, as data. The password never appears in them: the first line of stdin
// is an option-file line (`password="…"`), which a tiny sh wrapper turns into a here-document on fd 3 and
// the client reads with `--defaults-file=/dev/fd/3` — that file only: a `~/.my.cnf` or /etc/mysql option
// read after it would override the password (and could add `skip-comments` or `no-data` to the dump).
// The here-document lives in a pipe (dash, bash
// ≥ 5.1) or an unlinked temporary file, inside the process that runs the client — on this host, on the
// SSH host or in the container — so the secret is in no argv, no environment and no file left behind.
import type { ServerConnection } from '../connection.js';

/** The dump clients, in order of preference, and the SQL clients that go with them. */
export const dumpPrograms = ['mariadb-dump', 'mysqldump'] as const;
export const sqlPrograms = ['mariadb', 'mysql'] as const;
export type DumpProgram = (typeof dumpPrograms)[number];

/** The option file line holding the password, quoted by the option-file rules (`\\` and `\"` escaped). */
export function passwordLine(password: string): string {
  return `password="${password.replace(/[\\"]/g, (ch) => `\\${ch}`)}"\n`;
}

const wrapper = [
  'IFS= read -r opsbackup_line || exit 125',
  'exec 3<<OPSBACKUP_EOF',
  '[client]',
  '$opsbackup_line',
  'OPSBACKUP_EOF',
  'unset opsbackup_line',
  'exec "$@"',
].join('\n');

/**
 * `argv` (a client whose first option must then be the option file) with the password read from the
 * first line of stdin and no other option file; without a password, the client as it is (it reads the
 * user's ~/.my.cnf, which may hold the password instead).
 */
export function withPassword(argv: readonly string[], password: string | undefined): string[] {
  if (password === undefined) return [...argv];
  const [program, ...rest] = argv;
  return ['sh', '-c', wrapper, 'sh', program ?? '', '--defaults-file=/dev/fd/3', ...rest];
}

/** What the host has: the first of `programs` found, and its `--version` line. */
export function probeArgv(programs: readonly string[]): string[] {
  return [
    'sh',
    '-c',
    'for p in "$@"; do if command -v "$p" >/dev/null 2>&1; then echo "$p"; exec "$p" --version; fi; done; exit 127',
    'sh',
    ...programs,
  ];
}

export interface DumpClient {
  program: string;
  /** As `--version` says it. */
  version: string;
  /** MySQL's own mysqldump (not MariaDB's), with its version (major, minor). */
  mysql?: { major: number; minor: number };
}

/** Reads probeArgv's output. */
export function parseProbe(stdout: string): DumpClient | undefined {
  const [program, version = ''] = stdout.trim().split('\n');
  if (!program) return undefined;
  if (/mariadb/i.test(version)) return { program, version: version.trim() };
  const match = /Distrib (\d+)\.(\d+)/.exec(version) ?? /Ver (\d+)\.(\d+)/.exec(version);
  return {
    program,
    version: version.trim(),
    ...(match ? { mysql: { major: Number(match[1]), minor: Number(match[2]) } } : {}),
  };
}

/** `SELECT VERSION()`'s answer: whether the server is MySQL 8 or later (MariaDB says "…-MariaDB"). */
export function isMysql8Server(version: string): boolean {
  const major = Number(/^(\d+)\./.exec(version)?.[1] ?? 0);
  return !/mariadb/i.test(version) && major >= 8;
}

export function connectionArgs(connection: ServerConnection): string[] {
  return [`--host=${connection.host}`, `--port=${connection.port}`, `--user=${connection.username}`];
}

/**
 * The dump: one consistent snapshot (InnoDB) with routines, events and triggers, binary columns as hex,
 * utf8mb4. MySQL's own mysqldump also needs `--set-gtid-purged=OFF` (no GTID statement that would fail on
 * restore into a server with its own GTIDs) and, from version 8 against an older or MariaDB server,
 * `--column-statistics=0` (the table it reads there does not exist). `--` ends the options, so a database
 * named like an option is still a name.
 */
export function dumpArgv(connection: ServerConnection, client: DumpClient, serverVersion?: string): string[] {
  const mysqlOnly = client.mysql
    ? [
        '--set-gtid-purged=OFF',
        // An unknown server gets it too: without it a MySQL 8 client fails on MariaDB and older servers,
        // with it a MySQL 8 server's dump only lacks its column histograms.
        ...(client.mysql.major >= 8 && !(serverVersion !== undefined && isMysql8Server(serverVersion))
          ? ['--column-statistics=0']
          : []),
      ]
    : [];
  return [
    client.program,
    ...connectionArgs(connection),
    '--single-transaction',
    '--quick',
    '--routines',
    '--events',
    '--triggers',
    '--hex-blob',
    '--no-tablespaces',
    '--default-character-set=utf8mb4',
    ...mysqlOnly,
    '--',
    connection.name,
  ];
}

/** The SQL client running one statement (in `database`, if given): tab-separated rows, no headers. */
export function queryArgv(
  program: string,
  connection: ServerConnection,
  statement: string,
  database?: string,
): string[] {
  return [
    program,
    ...connectionArgs(connection),
    '--batch',
    '--skip-column-names',
    '--default-character-set=utf8mb4',
    ...(database === undefined ? [] : [`--database=${database}`]),
    `--execute=${statement}`,
  ];
}

/** The SQL client reading a dump from stdin into `database`, stopping at the first error. */
export function scriptArgv(program: string, connection: ServerConnection, database: string): string[] {
  return [
    program,
    ...connectionArgs(connection),
    '--batch',
    '--binary-mode',
    '--default-character-set=utf8mb4',
    `--database=${database}`,
  ];
}

export const sqlIdentifier = (name: string) => `\`${name.replace(/`/g, '``')}\``;
/** A string as a hex literal: the same under every sql_mode (NO_BACKSLASH_ESCAPES or not). */
export const sqlLiteral = (value: string) =>
  `CONVERT(X'${Buffer.from(value, 'utf8').toString('hex')}' USING utf8mb4)`;

export const databaseExistsSql = (name: string) =>
  `SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ${sqlLiteral(name)}`;

/** Tables and views, routines and events: zero means "empty". */
export const objectCountSql = (name: string) =>
  `SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ${sqlLiteral(name)})` +
  ` + (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ${sqlLiteral(name)})` +
  ` + (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = ${sqlLiteral(name)})`;

export const createDatabaseSql = (name: string) => `CREATE DATABASE ${sqlIdentifier(name)}`;
export const dropDatabaseSql = (name: string) => `DROP DATABASE IF EXISTS ${sqlIdentifier(name)}`;

/** The dump's file name in the zip. */
export function dumpEntryName(database: string): string {
  return `${database.replace(/[/\\\0]/g, '_') || 'database'}.sql`;
}
