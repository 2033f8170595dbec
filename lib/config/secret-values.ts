// Which config values are secrets, so that no message about the config ever shows one: database
// passwords, the SSH key passphrase, and webhook and healthcheck URLs (their path is the credential).
import { maskSecrets } from '../mask.js';
import type { ConfigIssue, Segment } from './issues.js';

const secretKeys = new Set(['PASSWORD', 'KEY_PASSPHRASE']);
const secretBlocks = new Set(['WEBHOOK', 'HEALTHCHECK']);
/** Secrets the tool reads from the environment; a config may bring them in with `${NAME}`. */
const secretVariables = [
  'SMTP_PASSWORD',
  'AZURE_CLIENT_SECRET',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'RCLONE_CONFIG_PASS',
];
// eslint-disable-next-line no-control-regex -- control characters are exactly what splits a value
const controlCharacters = /[\u0000-\u001f\u007f]+/;

/**
 * Whether the value at `path` is a secret: a PASSWORD or KEY_PASSPHRASE, or anything inside a WEBHOOK or
 * HEALTHCHECK but its FORMAT (a URL, or the block written by mistake as a bare URL string or a list).
 */
export function isSecretPath(path: readonly Segment[]): boolean {
  const last = String(path[path.length - 1]);
  if (secretKeys.has(last)) return true;
  return path.some((segment) => secretBlocks.has(String(segment))) && last !== 'FORMAT';
}

/** Every string at a secret path of `data` (the config after `${VAR}` substitution), and the environment's. */
export function secretValues(data: unknown, env: Readonly<Record<string, string | undefined>>): string[] {
  const found = secretVariables.map((name) => env[name]).filter((value): value is string => Boolean(value));
  const walk = (node: unknown, path: Segment[]): void => {
    // Also each part between control characters: a value refused for holding one is quoted elsewhere
    // (through its variable) without it.
    if (typeof node === 'string' && isSecretPath(path)) found.push(node, ...node.split(controlCharacters));
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(data, []);
  return found;
}

/** `issues` with every secret value masked in messages and hints, wherever it appears. */
export function maskIssues(
  issues: readonly ConfigIssue[],
  secrets: readonly (string | undefined)[],
): ConfigIssue[] {
  return issues.map((issue) => {
    const masked: ConfigIssue = { ...issue, message: maskSecrets(issue.message, secrets) };
    if (issue.hint !== undefined) masked.hint = maskSecrets(issue.hint, secrets);
    return masked;
  });
}
