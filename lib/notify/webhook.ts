// Webhooks and healthcheck pings over HTTP(S), each bounded in time. Error messages never carry the URL:
// for Slack, Teams and healthchecks.io the URL itself is the secret. Redirects are never followed: a 307
// would re-post the report to another origin (or from https to plain http), and a 302 would turn into a
// GET that still looks delivered; a 3xx is a failure whose message names where it pointed.
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
      redirect: 'manual',
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
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location') ?? '(no Location)';
    throw new Error(
      `${new URL(url).host} answered HTTP ${response.status} ${response.statusText}, a redirect to ${printable(location)}: redirects are not followed; set the URL it points to`,
    );
  }
  if (!response.ok)
    throw new Error(`${new URL(url).host} answered HTTP ${response.status} ${response.statusText}`.trim());
}

/** A header value as it may go into a log line: printable, and bounded. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 300 ? `${clean.slice(0, 297)}...` : clean;
}
