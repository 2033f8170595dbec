// One retry policy for every storage: exponential backoff with full jitter, or the server's Retry-After,
// a bounded number of attempts. A storage marks what may be retried by throwing TransientStorageError;
// `withRetries` wraps any storage with it. The run's watchdog bounds the waiting as it bounds all else
// (an operation that keeps failing makes no progress, and the inactivity timeout ends the run).
import { ExitCode, UserError } from '../errors.js';
import type { FetchedObject, PutOptions, Storage, StoredObject } from './storage.js';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  requestTimeoutMs: number;
}

export const defaultRetry: RetryPolicy = {
  attempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  requestTimeoutMs: 120_000,
};

/** Exponential backoff with full jitter, or the server's Retry-After (seconds) when it gives one. */
export function backoff(
  failures: number,
  retry: RetryPolicy,
  retryAfter: string | null | undefined,
  random = Math.random,
): number {
  const seconds = retryAfter === null || retryAfter === undefined ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, retry.maxDelayMs * 4);
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * A failure worth another attempt (a reset connection, 429, 5xx). For `put`, only when the storage knows
 * nothing was stored under the final name: a put whose answer was lost may have succeeded, and trying
 * again would store a second copy as `-2`.
 */
export class TransientStorageError extends UserError {
  constructor(
    message: string,
    readonly options: { retryAfter?: string; putCommitted?: 'no' | 'unknown' } = {},
  ) {
    super(message, { exitCode: ExitCode.failed });
    this.name = 'TransientStorageError';
  }
}

export interface RetryHooks {
  sleep?: (ms: number) => Promise<void>;
  /** Told before each wait, for the log. */
  onRetry?: (what: string, failures: number, delayMs: number, error: Error) => void;
  random?: () => number;
}

/** `storage` with its transient failures retried under `policy`. */
export function withRetries(
  storage: Storage,
  policy: RetryPolicy = defaultRetry,
  hooks: RetryHooks = {},
): Storage {
  const sleep = hooks.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempt = async <T>(what: string, work: () => Promise<T>, isPut = false): Promise<T> => {
    for (let failures = 1; ; failures++) {
      try {
        return await work();
      } catch (error) {
        const transient = error instanceof TransientStorageError;
        const retryable = transient && (!isPut || error.options.putCommitted === 'no');
        if (!retryable || failures > policy.attempts) throw error;
        const delay = backoff(failures, policy, error.options.retryAfter, hooks.random);
        hooks.onRetry?.(what, failures, delay, error);
        await sleep(delay);
      }
    }
  };
  const probe = storage.probe?.bind(storage);
  return {
    description: storage.description,
    capabilities: storage.capabilities,
    ...(probe ? { probe: () => attempt('probing', probe) } : {}),
    put: (source: string, name: string, options?: PutOptions): Promise<StoredObject> =>
      attempt(`storing ${name}`, () => storage.put(source, name, options), true),
    list: () => attempt('listing', () => storage.list()),
    remove: (name: string) => attempt(`deleting ${name}`, () => storage.remove(name)),
    fetch: (name: string, directory: string): Promise<FetchedObject> =>
      attempt(`reading ${name}`, () => storage.fetch(name, directory)),
  };
}
