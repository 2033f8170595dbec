// A config or .env that holds a secret must not be readable by other users: their permissions are
// checked on every read, and a warning names the file and the fix (the run goes on: refusing would turn
// a permission slip into a missed backup).
import { statSync } from 'node:fs';
import { parseEnv } from 'node:util';
import type { ConfigSources } from './sources.js';

/** `PASSWORD: value`, `KEY_PASSPHRASE: value` or `URL: value` written literally, not as `${VARIABLE}`. */
const literalSecret = /\b(PASSWORD|KEY_PASSPHRASE|URL)\s*:\s*(['"]?)(?!\$\{)[^\s,}'"]/;

export function exposureWarnings(sources: ConfigSources): string[] {
  const warnings: string[] = [];
  const configSecret = sources.text
    .split('\n')
    .some((line) => !/^\s*#/.test(line) && literalSecret.test(line));
  if (configSecret) {
    const warning = exposed(sources.file, 'holds a password or webhook URL written in clear');
    if (warning) warnings.push(`${warning}; or move the value to .env as \${NAME}`);
  }
  if (sources.envFile) {
    const values = Object.values(parseEnv(sources.envFile.text)).filter(Boolean);
    const warning = values.length > 0 ? exposed(sources.envFile.path, 'holds secrets') : undefined;
    if (warning) warnings.push(warning);
  }
  return warnings;
}

function exposed(path: string, what: string): string | undefined {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    return undefined;
  }
  const who = [mode & 0o040 ? 'its group' : '', mode & 0o004 ? 'every user' : '']
    .filter(Boolean)
    .join(' and ');
  if (!who) return undefined;
  return `${path} ${what} and is readable by ${who} (mode ${mode.toString(8).padStart(4, '0')}): chmod 600 ${path}`;
}
