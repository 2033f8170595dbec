// What Debian's cron does to a crontab command before handing it to the shell (do_command.c of cron
// 3.0pl1 as Debian ships it, checked against the real daemon): an unescaped `%` ends the command (the rest
// becomes stdin, with `%` as newlines), and a backslash is dropped when it stands before `%` or `\`.
export function cronDecode(command: string): { command: string; stdin: string | undefined } {
  let out = '';
  let escaped = false;
  for (let i = 0; i < command.length; i++) {
    const ch = command.charAt(i);
    if (escaped) {
      escaped = false;
      if (ch === '%' || ch === '\\') {
        out = out.slice(0, -1) + ch;
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === '\\') {
      escaped = true;
      out += ch;
      continue;
    }
    if (ch === '%') return { command: out, stdin: command.slice(i + 1).replace(/%/g, '\n') };
    out += ch;
  }
  return { command: out, stdin: undefined };
}
