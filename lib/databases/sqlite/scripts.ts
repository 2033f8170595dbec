// The SQLite commands, as data: small sh scripts run on the host (or in the container) that holds the
// database, with the paths as arguments, never spliced into the script text.
//
// The copy is SQLite's own `VACUUM INTO`: one read transaction, so the copy is consistent while writers
// go on (in WAL mode they are not even blocked; in rollback mode they wait, up to their busy timeout).
// It needs a seekable file, so it goes to a private temporary directory on that host, is streamed out,
// and is removed on exit: the host needs free space for one compacted copy of the database.

/** Distinct exit codes, so the caller can say what went wrong in words. */
export const sqliteExit = {
  missingDatabase: 66,
  missingSqlite: 127,
  exists: 73,
  notAFile: 72,
  shortInput: 74,
  inUse: 75,
  corrupt: 65,
} as const;

const versionPrefix = 'opsbackup-sqlite-version: ';

/** `~/…` as the home directory of the user the commands run as (SSH login, container user). */
const home = (variable: string) =>
  `case $${variable} in "~/"*) ${variable}=$HOME/\${${variable}#"~/"} ;; esac`;

/**
 * Removes what an earlier run of ours left when it was killed (SIGKILL runs no trap): our own entries
 * matching `glob` in `directory` in which nothing changed for an hour. A copy being written is younger.
 */
const sweep = (directory: string, glob: string) =>
  `for old in "${directory}"/${glob}; do [ -e "$old" ] && [ -O "$old" ] && [ -z "$(find "$old" -mmin -60 2>/dev/null | head -n 1)" ] && rm -rf "$old"; done`;

const copyScript = [
  'db=$1',
  home('db'),
  `command -v sqlite3 >/dev/null 2>&1 || { echo "sqlite3: not found" >&2; exit ${sqliteExit.missingSqlite}; }`,
  // sqlite3 would create a missing file and back up an empty database.
  `[ -f "$db" ] || { echo "no such database file: $db" >&2; exit ${sqliteExit.missingDatabase}; }`,
  'case $db in /*) ;; *) db=$PWD/$db ;; esac',
  `printf '${versionPrefix}%s\\n' "$(sqlite3 -version)" >&2`,
  sweep('${TMPDIR:-/tmp}', 'opsbackup-sqlite.*'),
  'dir=$(mktemp -d "${TMPDIR:-/tmp}/opsbackup-sqlite.XXXXXX") || exit 70',
  'trap \'rm -rf "$dir"\' EXIT',
  "trap 'exit 143' HUP INT TERM",
  // Relative to the private directory, so its name needs no SQL quoting.
  'cd "$dir" || exit 70',
  'sqlite3 -batch -bail "$db" ".timeout 60000" "VACUUM INTO \'copy.db\'" >&2 || exit $?',
  // Opened, then removed: a run killed while the copy streams leaves nothing behind.
  'exec 4<copy.db && cd / && rm -rf "$dir" || exit 70',
  'cat <&4',
].join('\n');

/** Streams a consistent copy of the database at `path` to stdout. */
export function copyArgv(path: string): string[] {
  return ['sh', '-c', copyScript, 'sh', path];
}

/** The sqlite3 version line the copy script wrote to stderr. */
export function versionFromStderr(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .find((line) => line.startsWith(versionPrefix))
    ?.slice(versionPrefix.length)
    .trim();
}

/** Stderr without the version line, for messages. */
export function withoutVersion(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith(versionPrefix))
    .join('\n')
    .trim();
}

const restoreScript = [
  'dest=$1 force=$2 size=$3',
  home('dest'),
  `command -v sqlite3 >/dev/null 2>&1 || { echo "sqlite3: not found" >&2; exit ${sqliteExit.missingSqlite}; }`,
  'case $dest in */*) dir=${dest%/*}; dir=${dir:-/} ;; *) dir=. ;; esac',
  `[ -d "$dir" ] || { echo "no such directory: $dir" >&2; exit ${sqliteExit.missingDatabase}; }`,
  `if [ -d "$dest" ] || [ -L "$dest" ]; then echo "$dest is a directory or a link, not a database file" >&2; exit ${sqliteExit.notAFile}; fi`,
  `if [ -e "$dest" ] && [ "$force" != 1 ]; then echo "$dest exists" >&2; exit ${sqliteExit.exists}; fi`,
  // A journal or WAL beside the file means it is open (or crashed): a new file under it would be damaged.
  `for f in "$dest-wal" "$dest-journal"; do [ -e "$f" ] && { echo "$f exists" >&2; exit ${sqliteExit.inUse}; }; done`,
  sweep('$dir', '.opsbackup-restore.*'),
  'tmp=$(mktemp "$dir/.opsbackup-restore.XXXXXX") || exit 70',
  'trap \'rm -f "$tmp" "$tmp-journal"\' EXIT',
  "trap 'exit 143' HUP INT TERM",
  `cat > "$tmp" || exit ${sqliteExit.shortInput}`,
  // All of it, and a database: an input cut short may still pass the integrity check (an empty file does).
  'got=$(wc -c < "$tmp" | tr -d " ")',
  `[ "$got" = "$size" ] || { echo "received $got of $size bytes" >&2; exit ${sqliteExit.shortInput}; }`,
  `[ "$(head -c 15 "$tmp")" = "SQLite format 3" ] || { echo "not a SQLite database" >&2; exit ${sqliteExit.corrupt}; }`,
  'check=$(sqlite3 -batch -bail "$tmp" "PRAGMA integrity_check" 2>&1)',
  `[ "$check" = ok ] || { printf 'integrity check: %s\\n' "$check" >&2; exit ${sqliteExit.corrupt}; }`,
  // A replaced file keeps its mode and owner, so the application can still open it.
  'if [ -e "$dest" ]; then chmod "$(stat -c %a "$dest")" "$tmp" && { chown "$(stat -c %u:%g "$dest")" "$tmp" 2>/dev/null || :; }; fi',
  // Without --force, ln fails if the name was taken meanwhile: never an overwrite.
  'if [ "$force" = 1 ]; then mv -f "$tmp" "$dest"; else ln "$tmp" "$dest" && rm -f "$tmp"; fi',
].join('\n');

/**
 * Writes stdin (`size` bytes) to `path`: a temporary name, checked, then renamed; an existing file only
 * with `force`.
 */
export function restoreArgv(path: string, force: boolean, size: number): string[] {
  return ['sh', '-c', restoreScript, 'sh', path, force ? '1' : '0', String(size)];
}

/** `PRAGMA integrity_check` of a local file, opened read-only. */
export function integrityArgv(path: string): string[] {
  return ['sqlite3', '-batch', '-readonly', path, 'PRAGMA integrity_check'];
}

/** The entry's name in the zip: the database file's own name. */
export function copyEntryName(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop()?.replace(/\\/g, '_') || 'database.sqlite';
}
