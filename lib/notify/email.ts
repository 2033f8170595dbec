// Email through nodemailer, configured by the environment (SMTP_* in .env), so no secret sits in config.yaml.
import type { Report } from './report.js';

export type TlsMode = 'starttls' | 'tls' | 'none';

export interface SmtpSettings {
  host: string;
  port: number;
  tls: TlsMode;
  from: string;
  user?: string;
  password?: string;
}

/** SMTP settings from the environment, or the reason they are incomplete. */
export function smtpSettings(env: Readonly<Record<string, string | undefined>>): SmtpSettings | string {
  const tls = (env.SMTP_TLS ?? 'starttls').toLowerCase();
  if (tls !== 'starttls' && tls !== 'tls' && tls !== 'none') {
    return `SMTP_TLS is "${tls}"; use starttls (default), tls or none`;
  }
  const missing = ['SMTP_HOST', 'SMTP_FROM'].filter((name) => !env[name]);
  if (missing.length) return `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set`;
  const defaultPort = { starttls: 587, tls: 465, none: 25 }[tls];
  const port = env.SMTP_PORT ? Number(env.SMTP_PORT) : defaultPort;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return `SMTP_PORT "${env.SMTP_PORT ?? ''}" is not a port`;
  if (env.SMTP_USER && !env.SMTP_PASSWORD) return 'SMTP_USER is set but SMTP_PASSWORD is not';
  return {
    host: env.SMTP_HOST ?? '',
    port,
    tls,
    from: env.SMTP_FROM ?? '',
    ...(env.SMTP_USER ? { user: env.SMTP_USER, password: env.SMTP_PASSWORD ?? '' } : {}),
  };
}

export async function sendEmail(
  settings: SmtpSettings,
  to: readonly string[],
  report: Report,
): Promise<void> {
  const { createTransport } = await import('nodemailer');
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'tls',
    requireTLS: settings.tls === 'starttls',
    ignoreTLS: settings.tls === 'none',
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({
      from: settings.from,
      to: [...to],
      subject: report.title,
      text: `${report.text}\n`,
    });
  } finally {
    transport.close();
  }
}
