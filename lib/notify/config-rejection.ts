// sync-cron runs every minute, so a config it rejects would be reported 1,440 times a day. It reports a
// rejection once per distinct error, through the NOTIFY of the last config it accepted (the rejected one
// cannot be trusted to say where to send), and forgets the error once a config is accepted again.
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { NotifySettings } from '../config/model.js';
import { ensureStateDirectory } from '../state-dir.js';
import { sendReport } from './notify.js';
import { configRejectedReport } from './report.js';
import { acceptedNotifyFile, clearRejection, rejectionMarker } from './rejection-state.js';
import { notifySecrets } from './secrets.js';
import { maskSecrets } from '../mask.js';

/**
 * After a config was accepted: remember where to report, and that no rejection is pending. Values that
 * came from variables (webhook URLs, say) are kept as `${NAME}` and resolved again when a report is sent,
 * so no secret is written to the state directory.
 */
export function rememberAccepted(
  directory: string,
  configFile: string,
  notify: NotifySettings | undefined,
  variables: Readonly<Record<string, string | undefined>> = {},
): void {
  ensureStateDirectory(directory);
  clearRejection(directory, configFile);
  const file = acceptedNotifyFile(directory, configFile);
  if (notify)
    writeFileSync(file, JSON.stringify(mapStrings(notify, (text) => unresolve(text, variables))), {
      mode: 0o600,
    });
  else rmSync(file, { force: true });
}

/** Reports a rejected config unless this very error was reported already; returns what was sent. */
export async function reportRejection(
  directory: string,
  configFile: string,
  message: string,
  env: Readonly<Record<string, string | undefined>>,
  warn: (line: string) => void,
): Promise<string[]> {
  let settings: NotifySettings;
  try {
    const stored = JSON.parse(
      readFileSync(acceptedNotifyFile(directory, configFile), 'utf8'),
    ) as NotifySettings;
    settings = mapStrings(stored, (text) =>
      text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (all, name: string) => env[name] ?? all),
    );
  } catch {
    return []; // No accepted config with a NOTIFY yet: nobody to tell.
  }
  const marker = rejectionMarker(directory, configFile);
  const digest = createHash('sha256').update(message).digest('hex');
  let previous = '';
  try {
    previous = readFileSync(marker, 'utf8');
  } catch {
    // Not reported before.
  }
  if (previous === digest) return [];
  const secrets = [...notifySecrets(settings, env), env.AZURE_CLIENT_SECRET];
  const mask = (text: string) => maskSecrets(text, secrets);
  // A rejected config always matters, whatever ON says.
  const sent = await sendReport(
    { ...settings, on: 'always' },
    configRejectedReport(configFile, message, hostname()),
    {
      env,
      warn,
      mask,
    },
  );
  if (sent.length > 0) writeFileSync(marker, digest, { mode: 0o600 });
  return sent;
}

/** `text` with each variable's value (3 characters or more) written back as `${NAME}`. */
function unresolve(text: string, variables: Readonly<Record<string, string | undefined>>): string {
  let out = text;
  const known = Object.entries(variables).filter(
    (entry): entry is [string, string] => (entry[1]?.length ?? 0) >= 3,
  );
  // Longest values first, so a value containing another is replaced whole.
  for (const [name, value] of known.sort((a, b) => b[1].length - a[1].length))
    out = out.split(value).join(`\${${name}}`);
  return out;
}

function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, map)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)])) as T;
  return value;
}
