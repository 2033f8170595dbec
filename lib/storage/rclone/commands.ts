// rclone's command lines, as data. Paths are `REMOTE:PATH/name`; every command gets the same few flags:
// rclone's own whole-command retries off (lib/storage/retry.ts is the one policy; rclone keeps its
// low-level retries of single requests) and logs as JSON lines on stderr; a copy's stderr is joined to
// its stdout, where the stats lines give its progress.

/** `gdrive:` + `Backups/shop` → `gdrive:Backups/shop`; an object in it. */
export function remotePath(remote: string, path: string, name?: string): string {
  // A leading `/` stays: `sftp:/srv/backups` is absolute, `sftp:backups` is from the login directory.
  const folder = path.replace(/(.)\/+$/, '$1');
  const joined = name === undefined ? folder : folder === '' ? name : `${folder.replace(/\/$/, '')}/${name}`;
  return `${remote}${joined}`;
}

const common = ['--retries', '1', '--use-json-log', '--log-level', 'NOTICE'];

export const versionArgv = ['rclone', 'version'];

export const mkdirArgv = (folder: string) => ['rclone', 'mkdir', ...common, folder];

/** A copy checked by hash where both ends have one (else by size), with stats every second. */
export const copyArgv = (from: string, to: string) => [
  'sh',
  '-c',
  'exec "$@" 2>&1',
  'sh',
  'rclone',
  'copyto',
  ...common,
  '--checksum',
  '--stats',
  '1s',
  '--stats-log-level',
  'NOTICE',
  from,
  to,
];

/** A server-side move where the backend has one; an existing `to` is left alone (the move is skipped). */
export const moveNoClobberArgv = (from: string, to: string) => [
  'rclone',
  'moveto',
  ...common,
  '--ignore-existing',
  from,
  to,
];

/** The folder's files (hidden ones too), no hashes or times: fast on every backend. */
export const listArgv = (folder: string) => [
  'rclone',
  'lsjson',
  ...common,
  '--files-only',
  '--no-modtime',
  '--no-mimetype',
  folder,
];

export const deleteArgv = (object: string) => ['rclone', 'deletefile', ...common, object];

/** The bytes copied so far, from one of rclone's JSON stats lines. */
export function statsBytes(line: string): number | undefined {
  const match = /"stats":\{"bytes":(\d+)/.exec(line);
  return match ? Number(match[1]) : undefined;
}

/** rclone's own words for a failure: the last error message among its JSON log lines or stderr. */
export function rcloneMessage(output: string): string {
  const messages = output
    .split('\n')
    .map((line) => {
      try {
        const parsed = JSON.parse(line) as { level?: string; msg?: string };
        return parsed.level === 'error' || parsed.level === 'critical' ? parsed.msg : undefined;
      } catch {
        return line.trim() || undefined;
      }
    })
    .filter(
      (message): message is string => Boolean(message) && !/Config file .* not found/.test(message ?? ''),
    );
  return messages[messages.length - 1] ?? 'no message';
}
