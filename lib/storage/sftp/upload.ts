// Writes a local file to an open SFTP handle with several WRITE requests in flight: one at a time, each
// chunk waits a full round trip, and even on loopback that is a fraction of the link (docs/benchmarks.md).
// The handle stays open, so the caller can fsync it before closing.
import { open } from 'node:fs/promises';
import type { SFTPWrapper } from 'ssh2';
import { write } from './calls.js';

export interface UploadTuning {
  /** Bytes per WRITE request; OpenSSH takes up to 255 KiB (limits@openssh.com), ssh2 splits larger ones. */
  chunkSize: number;
  /** WRITE requests in flight at once. */
  concurrency: number;
}

/** 8 × 255 KiB ≈ 2 MiB, OpenSSH's channel window: more in flight only queues (docs/benchmarks.md). */
export const uploadTuning: UploadTuning = { chunkSize: 255 * 1024, concurrency: 8 };

/**
 * Sends `source` to `handle`, reporting bytes acknowledged so far; returns the bytes written. Settles only
 * when no request is in flight any more, so nothing lands after the caller closes or deletes the file.
 */
export async function uploadToHandle(
  sftp: SFTPWrapper,
  handle: Buffer,
  source: string,
  options: { tuning?: UploadTuning; onProgress?: (bytes: number) => void } = {},
): Promise<number> {
  const { chunkSize, concurrency } = options.tuning ?? uploadTuning;
  const file = await open(source, 'r');
  let next = 0;
  let written = 0;
  let failed = false;
  // Each worker reads its chunk and sends it; positions are handed out in order, before any await.
  const worker = async (): Promise<void> => {
    const buffer = Buffer.allocUnsafe(chunkSize);
    while (!failed) {
      const position = next;
      next += chunkSize;
      const { bytesRead } = await file.read(buffer, 0, chunkSize, position);
      if (bytesRead === 0) return;
      // ssh2 copies the bytes into its packet before write() returns, so the buffer is free at once.
      await write(sftp, handle, buffer, bytesRead, position);
      written += bytesRead;
      options.onProgress?.(written);
      if (bytesRead < chunkSize) return;
    }
  };
  try {
    const results = await Promise.allSettled(
      Array.from({ length: concurrency }, () =>
        worker().catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
    const rejected = results.find((result) => result.status === 'rejected');
    if (rejected) throw rejected.reason;
    return written;
  } finally {
    await file.close();
  }
}
