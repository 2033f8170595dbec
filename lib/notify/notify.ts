// Sends a report on every configured channel. Notifications are best effort by design: a channel that
// fails is logged as a warning and never changes the backup's result or exit code.
import type { NotifySettings } from '../config/model.js';
import { sendEmail, smtpSettings } from './email.js';
import type { Report } from './report.js';
import { pingHealthcheck, postWebhook, type PingPhase } from './webhook.js';

export interface NotifyContext {
  env: Readonly<Record<string, string | undefined>>;
  /** Logs one line (masked by the caller's log). */
  warn: (message: string) => void;
  /** Masks secrets in what is sent. */
  mask: (text: string) => string;
}

export async function sendReport(
  settings: NotifySettings,
  report: Report,
  context: NotifyContext,
): Promise<string[]> {
  const masked: Report = {
    ...report,
    title: context.mask(report.title),
    text: context.mask(report.text),
    fields: JSON.parse(context.mask(JSON.stringify(report.fields))) as Record<string, unknown>,
  };
  const wanted = settings.on === 'always' || !report.ok;
  const jobs: [string, () => Promise<void>][] = [];
  if (wanted && settings.email) {
    const to = settings.email.to;
    jobs.push([
      `email to ${to.join(', ')}`,
      async () => {
        const smtp = smtpSettings(context.env);
        if (typeof smtp === 'string') throw new Error(smtp);
        await sendEmail(smtp, to, masked);
      },
    ]);
  }
  if (wanted && settings.webhook) {
    const { url, format } = settings.webhook;
    jobs.push(['webhook', () => postWebhook(url, format, masked)]);
  }
  if (settings.healthcheck) {
    const url = settings.healthcheck.url;
    jobs.push(['healthcheck', () => pingHealthcheck(url, report.ok ? 'success' : 'failure', masked.text)]);
  }
  return deliver(jobs, context);
}

/** The `/start` ping at the beginning of a run, so healthchecks.io can measure it and spot hung runs. */
export async function pingStart(
  settings: NotifySettings | undefined,
  text: string,
  context: NotifyContext,
): Promise<void> {
  if (!settings?.healthcheck) return;
  const url = settings.healthcheck.url;
  await deliver(
    [['healthcheck start', () => pingHealthcheck(url, 'start' satisfies PingPhase, context.mask(text))]],
    context,
  );
}

/** Runs every channel in parallel; returns the ones that were sent. */
async function deliver(jobs: [string, () => Promise<void>][], context: NotifyContext): Promise<string[]> {
  const results = await Promise.allSettled(jobs.map(([, job]) => job()));
  const sent: string[] = [];
  results.forEach((result, index) => {
    const name = jobs[index]?.[0] ?? 'notification';
    if (result.status === 'fulfilled') sent.push(name);
    else context.warn(`warning: notification by ${name} failed: ${context.mask(messageOf(result.reason))}`);
  });
  return sent;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
