// gitignore-style EXCLUDE patterns, relative to a FILE_PATH root. A pattern without `/` matches at any
// depth (`*.log`); one with `/` is anchored at the root (`cache/**`, `/build`); a trailing `/` matches
// directories only; `!` re-includes; the last matching pattern wins. An excluded directory is not entered.

interface Rule {
  regex: RegExp;
  negate: boolean;
  directoryOnly: boolean;
}

export class ExcludeMatcher {
  private readonly rules: Rule[];

  constructor(patterns: readonly string[]) {
    this.rules = patterns.filter((pattern) => pattern.trim() !== '').map(compile);
  }

  /** `path` is relative to the root, with `/` separators and no leading slash. */
  excludes(path: string, isDirectory: boolean): boolean {
    let excluded = false;
    for (const rule of this.rules) {
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.regex.test(path)) excluded = !rule.negate;
    }
    return excluded;
  }
}

function compile(pattern: string): Rule {
  let body = pattern;
  const negate = body.startsWith('!');
  if (negate) body = body.slice(1);
  const directoryOnly = body.endsWith('/');
  if (directoryOnly) body = body.replace(/\/+$/, '');
  const anchored = body.includes('/');
  body = body.replace(/^\//, '');
  const source = anchored ? globToRegex(body) : `(?:.*/)?${globToRegex(body)}`;
  return { regex: new RegExp(`^${source}$`, 's'), negate, directoryOnly };
}

export function globToRegex(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    if (glob.startsWith('**/', i) && (i === 0 || glob[i - 1] === '/')) {
      out += '(?:.*/)?';
      i += 3;
    } else if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      out += '/.*';
      i += 3;
    } else if (glob.startsWith('**', i)) {
      out += '.*';
      i += 2;
    } else {
      const ch = glob.charAt(i);
      if (ch === '*') out += '[^/]*';
      else if (ch === '?') out += '[^/]';
      else if (ch === '\\' && i + 1 < glob.length) {
        out += escapeRegex(glob.charAt(i + 1));
        i++;
      } else if (ch === '[') {
        const end = glob.indexOf(']', i + 2);
        if (end < 0) out += '\\[';
        else {
          const inner = glob
            .slice(i + 1, end)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\');
          out += `[${inner}]`;
          i = end;
        }
      } else out += escapeRegex(ch);
      i++;
    }
  }
  return out;
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
