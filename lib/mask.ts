// Masking known secret values wherever text leaves the process: logs, reports, history, JSON output.

/**
 * `text` with every secret of 3 characters or more replaced by `********`, also in the form it takes
 * inside JSON (the history and --json), where `"` and `\` are escaped.
 */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret === undefined || secret.length < 3) continue;
    for (const form of [secret, JSON.stringify(secret).slice(1, -1)]) out = out.split(form).join('********');
  }
  return out;
}
