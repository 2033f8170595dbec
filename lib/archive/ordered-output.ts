// Writes an archive's pieces in order while later ones are still being compressed: headers and
// descriptors of tens of bytes are gathered into large writes, pooled blocks are written at once and
// given back, the sha256 is computed as the bytes pass, and the file is synced in the background as it
// grows.
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { GarbageNudge } from '../gc-nudge.js';

const writeSize = 1024 * 1024;
/**
 * Written bytes between background fdatasyncs. With lots of free memory the kernel writes a new file back
 * only when told; one fsync at the end then stalls the run for all of it (0.3 s for 1 GiB here). Syncing
 * as the archive grows overlaps that with compression and leaves the final fsync little to do.
 */
const syncEvery = 64 * 1024 * 1024;

export type Piece = {
  data: Promise<Buffer[]>;
  bytes: number;
  /** Called with the piece's offset in the archive, as it is queued for writing. */
  written?: (offset: number) => void;
  /** Called once the piece is in the file: its data may be views of a pooled block. */
  release?: () => void;
};

/** Writes pieces in order while later ones are still being compressed. */
export class OrderedOutput {
  private readonly queue: Piece[] = [];
  private readonly hash = createHash('sha256');
  private readonly nudge = new GarbageNudge(16 * 2 ** 20);
  private queuedBytes = 0;
  private queuedJobs = 0;
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private releases: (() => void)[] = [];
  private unsynced = 0;
  private syncing: Promise<void> | undefined;
  private syncError: Error | undefined;
  /** Bytes handed to the file so far (written, or gathered for the next write). */
  offset = 0;

  /** `maxJobs`: pieces of source data (compression jobs) allowed in the queue before drain waits. */
  constructor(
    private readonly file: FileHandle,
    private readonly maxJobs: number,
  ) {}

  push(piece: Piece): void {
    piece.data.catch(() => undefined); // a failed run abandons its queue; no unhandled rejection
    this.queue.push(piece);
    this.queuedBytes += piece.bytes;
    if (piece.bytes > 0) this.queuedJobs++;
  }

  /** Writes until at most `keepBytes` of source data are pending (0: everything). */
  async drain(keepBytes = 0): Promise<void> {
    while (
      this.queue.length > 0 &&
      (keepBytes === 0 || this.queuedBytes > keepBytes || this.queuedJobs > this.maxJobs)
    ) {
      const piece = this.queue.shift() as Piece;
      this.queuedBytes -= piece.bytes;
      if (piece.bytes > 0) this.queuedJobs--;
      const buffers = await piece.data;
      piece.written?.(this.offset);
      for (const buffer of buffers) {
        this.hash.update(buffer);
        this.offset += buffer.length;
        this.buffered.push(buffer);
        this.bufferedBytes += buffer.length;
      }
      if (piece.release) this.releases.push(piece.release);
      // Headers and descriptors are tens of bytes: gathered into large writes, not one syscall each. A
      // pooled block is written at once: the reader waits for it to come back.
      if (this.bufferedBytes >= writeSize || this.releases.length > 0) await this.flush();
    }
    if (keepBytes === 0) await this.flush();
  }

  private async flush(): Promise<void> {
    let buffers = this.buffered;
    const bytes = this.bufferedBytes;
    this.buffered = [];
    this.bufferedBytes = 0;
    const releases = this.releases;
    this.releases = [];
    while (buffers.length > 0) {
      const { bytesWritten } = await this.file.writev(buffers);
      buffers = skipWritten(buffers, bytesWritten);
    }
    for (const release of releases) release();
    this.nudge.add(bytes);
    this.unsynced += bytes;
    if (this.unsynced >= syncEvery && !this.syncing) {
      this.unsynced = 0;
      // Not awaited: writing goes on meanwhile. A failure is kept for settle(): the kernel reports a
      // write-back error once, so the final fsync through another descriptor might not see it again.
      this.syncing = this.file
        .datasync()
        .catch(
          (error: unknown) => (this.syncError ??= error instanceof Error ? error : new Error(String(error))),
        )
        .then(() => (this.syncing = undefined));
    }
  }

  /** Waits for a background sync, so that the file can be closed; throws what one of them met. */
  async settle(): Promise<void> {
    await this.syncing;
    if (this.syncError !== undefined) throw this.syncError;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** What is left of `buffers` after a (possibly short) writev of `written` bytes. */
function skipWritten(buffers: Buffer[], written: number): Buffer[] {
  let left = written;
  const rest: Buffer[] = [];
  for (const buffer of buffers) {
    if (left >= buffer.length) left -= buffer.length;
    else {
      rest.push(left > 0 ? buffer.subarray(left) : buffer);
      left = 0;
    }
  }
  return rest;
}
