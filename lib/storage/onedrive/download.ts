// Downloading a drive item through its pre-authenticated `@microsoft.graph.downloadUrl` (no
// Authorization header: the URL is the credential, and the Graph SDK would buffer the whole body).
// Streams to disk, resumes with `Range: bytes=N-` after a cut, asks for a fresh URL when one expires,
// and checks the size and QuickXorHash Graph reported before calling the copy good.
import { open } from 'node:fs/promises';
import { ExitCode, UserError } from '../../errors.js';
import { QuickXorHash } from './quickxorhash.js';

export interface DownloadSource {
  url: string;
  size: number;
  quickXorHash?: string;
}

export interface DownloadOptions {
  attempts?: number;
  baseDelayMs?: number;
  /** Give up on a response that sends nothing for this long. */
  idleMs?: number;
}

export async function downloadToFile(
  describe: () => Promise<DownloadSource>,
  destination: string,
  label: string,
  options: DownloadOptions = {},
): Promise<void> {
  const attempts = options.attempts ?? 6;
  const idleMs = options.idleMs ?? 60_000;
  let source = await describe();
  const file = await open(destination, 'w', 0o600);
  let offset = 0;
  let hash = new QuickXorHash();
  let lastProblem = '';
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) await delay((options.baseDelayMs ?? 500) * 2 ** (attempt - 2));
      const controller = new AbortController();
      let idle = setTimeout(() => controller.abort(), idleMs);
      try {
        const response = await fetch(source.url, {
          headers: offset > 0 ? { range: `bytes=${offset}-` } : {},
          signal: controller.signal,
        });
        if ([401, 403, 404, 410].includes(response.status)) {
          // Download URLs live about an hour: get a fresh one and carry on where we were.
          await response.body?.cancel();
          lastProblem = `the download URL was refused (HTTP ${response.status})`;
          source = await describe();
          continue;
        }
        if (!response.ok || !response.body) {
          await response.body?.cancel();
          lastProblem = `HTTP ${response.status}`;
          continue;
        }
        if (offset > 0 && response.status !== 206) {
          // The server ignored the range: start over.
          offset = 0;
          hash = new QuickXorHash();
          await file.truncate(0);
        }
        for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
          clearTimeout(idle);
          idle = setTimeout(() => controller.abort(), idleMs);
          await file.write(chunk, 0, chunk.length, offset);
          hash.update(chunk);
          offset += chunk.length;
        }
      } catch (error) {
        lastProblem = controller.signal.aborted ? `no data for ${idleMs / 1000} s` : describeError(error);
        continue;
      } finally {
        clearTimeout(idle);
      }
      if (offset !== source.size) {
        lastProblem = `received ${offset} of ${source.size} bytes`;
        continue;
      }
      const digest = hash.digest();
      if (source.quickXorHash !== undefined && digest !== source.quickXorHash) {
        throw new UserError(`${label}: the downloaded copy does not match the drive's quickXorHash`, {
          exitCode: ExitCode.failed,
        });
      }
      await file.sync();
      return;
    }
  } finally {
    await file.close();
  }
  throw new UserError(`${label}: download failed after ${attempts} attempts: ${lastProblem}`, {
    exitCode: ExitCode.failed,
  });
}

function describeError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
