// Quoting for crontab command lines: POSIX sh single quotes, with `%` escaped as cron requires.
// Cron turns an unescaped `%` into a newline and feeds the rest to stdin; `\%` becomes a plain `%`.
// We put each `%` outside the quotes as `\%` so that a backslash inside the argument can never pair
// with it (cron only drops a backslash that stands right before `%`).

const plain = /^[A-Za-z0-9_/.,:=+@-]+$/;

/** One argument, quoted for /bin/sh and escaped for cron's `%` handling. */
export function cronShellArg(arg: string): string {
  if (/[\n\r\0]/.test(arg)) throw new Error('a crontab argument cannot contain a newline or NUL');
  if (arg !== '' && plain.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`).replace(/%/g, `'\\%'`)}'`;
}

/** A whole command: argv quoted and joined. */
export function cronCommand(argv: readonly string[]): string {
  return argv.map(cronShellArg).join(' ');
}
