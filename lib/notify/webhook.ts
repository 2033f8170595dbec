// Webhooks and healthcheck pings over HTTP(S), each bounded in time. Error messages never carry the URL:
// for Slack, Teams and healthchecks.io the URL itself is the secret.
import type { Report } from './report.js';

const timeoutMs = 15_000;

export async function postWebhook(url: string, format: 'full' | 'text', report: Report): Promise<void> {
  const body = format === 'text' ? { text: report.text } : { text: report.text, ...report.fields };
  await post(url, 'application/json', JSON.stringify(body));
}

export type PingPhase = 'start' | 'success' | 'failure';

/** healthchecks.io's protocol: `/start`, the bare URL for success, `/fail`; the report as the body. */
export async function pingHealthcheck(url: string, phase: PingPhase, body: string): Promise<void> {
  const base = url.replace(/\/+$/, '');
  const target = phase === 'start' ? `${base}/start` : phase === 'failure' ? `${base}/fail` : base;
  await post(target, 'text/plain; charset=utf-8', body);
}

async function post(url: string, contentType: string, body: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': contentType, 'user-agent': 'opsbackup' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'follow',
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new Error(`${new URL(url).host} could not be reached: ${reason}`);
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new Error(`${new URL(url).host} answered HTTP ${response.status} ${response.statusText}`.trim());
}
