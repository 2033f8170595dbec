// Quoting for crontab command lines: POSIX sh single quotes, with `%` escaped as cron requires.
// Cron turns an unescaped `%` into a newline and feeds the rest to stdin; `\%` becomes a plain `%`, and
// Debian's cron also turns `\\` into `\`. So every `%` goes outside the quotes as `\%`, and every
// backslash of the argument is followed by `''` (closing and reopening the quotes), so that no backslash
// of ours ever stands before a `%` or another backslash.

const escapes: Record<string, string> = { "'": `'\\''`, '%': `'\\%'`, '\\': `\\''` };

const plain = /^[A-Za-z0-9_/.,:=+@-]+$/;

/** One argument, quoted for /bin/sh and escaped for cron's `%` handling. */
export function cronShellArg(arg: string): string {
  if (/[\n\r\0]/.test(arg)) throw new Error('a crontab argument cannot contain a newline or NUL');
  if (arg !== '' && plain.test(arg)) return arg;
  return `'${arg.replace(/['%\\]/g, (ch) => escapes[ch] ?? ch)}'`;
}

/** A whole command: argv quoted and joined. */
export function cronCommand(argv: readonly string[]): string {
  return argv.map(cronShellArg).join(' ');
}
