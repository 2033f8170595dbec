// Large uploads through a Graph upload session, with our own retry and resume loop (the SDK's
// LargeFileUploadTask neither retries a failed fragment nor keeps Retry-After, and after a lost response
// to the last fragment its resume gets 404 although the file exists). Fragments are read one at a time
// from the staged archive (memory stays flat), sent with an exact Content-Range and no Authorization
// header (the upload URL is pre-authenticated), and hashed (QuickXorHash) as they are read.
import { open } from 'node:fs/promises';
import { ExitCode, UserError } from '../../errors.js';
import { pieceSize, putFragment, type FragmentReader } from './put-fragment.js';
import { QuickXorHash } from './quickxorhash.js';
import { backoff, defaultRetry, type RetryPolicy } from '../retry.js';

export interface SessionTarget {
  /** Creates a fresh session; returns its upload URL. */
  create(): Promise<string>;
  /** The item, if it already exists (after a lost final response), with its size and hash. */
  existing(): Promise<DriveItemInfo | undefined>;
}

export interface UploadResult {
  item: DriveItemInfo;
  quickXorHash: string;
}

export interface DriveItemInfo {
  id?: string;
  name?: string;
  size?: number;
  file?: { hashes?: { quickXorHash?: string } };
  /** A short-lived URL that needs no Authorization header. */
  '@microsoft.graph.downloadUrl'?: string;
}

const retryable = new Set([429, 500, 502, 503, 504]);

export async function uploadBySession(
  file: string,
  size: number,
  chunkSize: number,
  target: SessionTarget,
  options: {
    retry?: RetryPolicy;
    onProgress?: (bytes: number) => void;
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<UploadResult> {
  const retry = options.retry ?? defaultRetry;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const handle = await open(file, 'r');
  const buffer = Buffer.alloc(Math.min(pieceSize, size)); // for hashing what was never sent
  // The hash covers each byte once, in order, however often a fragment is resent.
  const hash = new QuickXorHash();
  let hashed = 0;
  const hashPiece = (piece: Buffer, at: number) => {
    if (at > hashed || at + piece.length <= hashed) return;
    hash.update(piece.subarray(hashed - at));
    hashed = at + piece.length;
  };
  let uploadUrl = await target.create();
  let next = 0;
  let failures = 0;
  try {
    for (;;) {
      const length = Math.min(chunkSize, size - next);
      const body = fragmentReader(handle, next, hashPiece);
      let response: Response | undefined;
      let networkError: unknown;
      try {
        response = await putFragment(
          uploadUrl,
          { 'Content-Range': `bytes ${next}-${next + length - 1}/${size}` },
          length,
          body.read,
          retry.requestTimeoutMs,
        );
      } catch (error) {
        networkError = error;
      }
      if (body.changed())
        throw new UserError(`the staged archive ${file} changed while it was uploaded`, {
          exitCode: ExitCode.failed,
        });
      if (response && (response.status === 200 || response.status === 201)) {
        const item = (await response.json()) as DriveItemInfo;
        options.onProgress?.(size);
        // Bytes skipped by a forward jump of nextExpectedRanges are hashed now, in order.
        const digest = hashed === size ? hash.digest() : await hashRest(handle, buffer, hash, hashed, size);
        return { item, quickXorHash: digest };
      }
      if (response?.status === 202) {
        const status = (await response.json()) as { nextExpectedRanges?: string[] };
        next = firstExpected(status.nextExpectedRanges) ?? next + length;
        failures = 0;
        options.onProgress?.(next);
        continue;
      }
      const status = response?.status;
      const detail = response ? await errorText(response) : describeNetworkError(networkError);
      if (status === 507)
        throw new UserError(`OneDrive: the drive is full (HTTP 507 insufficientStorage)`, {
          exitCode: ExitCode.failed,
        });
      if (status === 404 || status === 410) {
        // The session expired or was lost; after a lost final response the file may already be there.
        const existing = await target.existing();
        if (existing && existing.size === size) {
          const localHash = await fullHash(handle, buffer, size);
          if (existing.file?.hashes?.quickXorHash === localHash)
            return { item: existing, quickXorHash: localHash };
        }
        if (++failures > retry.attempts)
          throw new UserError(`OneDrive: the upload session kept disappearing (${detail})`, {
            exitCode: ExitCode.failed,
          });
        uploadUrl = await target.create();
        next = 0;
        continue;
      }
      if (status !== undefined && !retryable.has(status) && status !== 416) {
        throw new UserError(`OneDrive: uploading failed: HTTP ${status}: ${detail}`, {
          exitCode: ExitCode.failed,
        });
      }
      if (++failures > retry.attempts) {
        throw new UserError(
          `OneDrive: uploading failed after ${retry.attempts} retries: ${status ? `HTTP ${status}: ` : ''}${detail}`,
          { exitCode: ExitCode.failed },
        );
      }
      await sleep(backoff(failures, retry, response?.headers.get('retry-after')));
      next = (await sessionStatus(uploadUrl, retry)) ?? next;
    }
  } catch (error) {
    // Leave no session behind on the server when we give up.
    await fetch(uploadUrl, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
    throw error;
  } finally {
    await handle.close();
  }
}

/** Reads a fragment's pieces from the staged archive, hashing each (in order) as it is read. */
function fragmentReader(
  handle: Awaited<ReturnType<typeof open>>,
  from: number,
  onPiece: (piece: Buffer, at: number) => void,
): { read: FragmentReader; changed: () => boolean } {
  let short = false;
  const read = async (piece: Buffer, offset: number) => {
    const { bytesRead } = await handle.read(piece, 0, piece.length, from + offset);
    if (bytesRead !== piece.length) {
      short = true;
      throw new Error('the staged archive is shorter than it was');
    }
    onPiece(piece, from + offset);
  };
  return { read, changed: () => short };
}

async function sessionStatus(uploadUrl: string, retry: RetryPolicy): Promise<number | undefined> {
  try {
    const response = await fetch(uploadUrl, { signal: AbortSignal.timeout(retry.requestTimeoutMs) });
    if (!response.ok) return undefined;
    return firstExpected(((await response.json()) as { nextExpectedRanges?: string[] }).nextExpectedRanges);
  } catch {
    return undefined;
  }
}

function firstExpected(ranges: string[] | undefined): number | undefined {
  const first = ranges?.[0];
  if (!first) return undefined;
  const start = Number(first.split('-')[0]);
  return Number.isFinite(start) ? start : undefined;
}

async function hashRest(
  handle: Awaited<ReturnType<typeof open>>,
  buffer: Buffer,
  hash: QuickXorHash,
  from: number,
  size: number,
): Promise<string> {
  for (let at = from; at < size;) {
    const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - at), at);
    hash.update(buffer.subarray(0, bytesRead));
    at += bytesRead;
  }
  return hash.digest();
}

async function fullHash(
  handle: Awaited<ReturnType<typeof open>>,
  buffer: Buffer,
  size: number,
): Promise<string> {
  return hashRest(handle, buffer, new QuickXorHash(), 0, size);
}

async function errorText(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const parsed = JSON.parse(text) as { error?: { code?: string; message?: string } };
    const requestId = response.headers.get('request-id');
    return [parsed.error?.code, parsed.error?.message, requestId ? `request-id ${requestId}` : undefined]
      .filter(Boolean)
      .join(': ');
  } catch {
    return text.slice(0, 200) || response.statusText;
  }
}

function describeNetworkError(error: unknown): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string } };
  if (err?.name === 'TimeoutError') return 'no response in time';
  return err?.cause?.code ?? err?.message ?? String(error);
}
