// The values notifications bring that must be masked everywhere: the SMTP password and the webhook and
// healthcheck URLs (their path is the credential).
import type { NotifySettings } from '../config/model.js';

export function notifySecrets(
  settings: NotifySettings | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const values = [env.SMTP_PASSWORD, settings?.webhook?.url, settings?.healthcheck?.url];
  return values.filter((value): value is string => Boolean(value));
}
