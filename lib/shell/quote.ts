// POSIX shell quoting: the one place where argv becomes a command string (for SSH, whose protocol carries
// a string). Single quotes, with a single quote written as '\''.
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_/.,:=+@%-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
