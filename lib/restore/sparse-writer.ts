// Writes a file's content with holes where it has whole blocks of zeros: a sparse file (a VM image, a
// database file) comes back taking the space it took, not its full length. Blocks are aligned to the
// file offset, so a block split across two chunks is gathered before it is judged; the file is cut to
// its length at the end, which also makes the trailing hole.
import type { FileHandle } from 'node:fs/promises';

/** The filesystem block of ext4, xfs and btrfs: holes are allocated in these units. */
const BLOCK = 4096;
const ZEROS = Buffer.alloc(BLOCK);
const BATCH = 256 * 1024;

export class SparseWriter {
  /** The start of a block that the next chunk completes. */
  private readonly carry = Buffer.alloc(BLOCK);
  private carried = 0;
  /** File offset of the next byte not yet written or skipped (always block-aligned when carried = 0). */
  private offset = 0;

  constructor(private readonly handle: FileHandle) {}

  /** Chunks gathered until BATCH bytes: one write per 16 KiB chunk of inflate would cost ~40 %. */
  private gathered: Buffer[] = [];
  private gatheredBytes = 0;

  async write(chunk: Buffer): Promise<void> {
    this.gathered.push(chunk);
    this.gatheredBytes += chunk.length;
    if (this.gatheredBytes >= BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.gathered.length === 0) return;
    const batch = this.gathered.length === 1 ? (this.gathered[0] as Buffer) : Buffer.concat(this.gathered);
    this.gathered = [];
    this.gatheredBytes = 0;
    await this.take(batch);
  }

  private async take(chunk: Buffer): Promise<void> {
    let at = 0;
    if (this.carried > 0) {
      at = Math.min(BLOCK - this.carried, chunk.length);
      chunk.copy(this.carry, this.carried, 0, at);
      this.carried += at;
      if (this.carried < BLOCK) return;
      await this.blocks(this.carry, 0, BLOCK);
      this.carried = 0;
    }
    const whole = at + Math.floor((chunk.length - at) / BLOCK) * BLOCK;
    await this.blocks(chunk, at, whole);
    this.carried = chunk.copy(this.carry, 0, whole);
  }

  /** Writes the last partial block and sets the length; returns it. */
  async end(): Promise<number> {
    await this.flush();
    if (this.carried > 0) {
      if (ZEROS.compare(this.carry, 0, this.carried, 0, this.carried) !== 0)
        await this.put(this.carry, 0, this.carried);
      else this.offset += this.carried;
      this.carried = 0;
    }
    await this.handle.truncate(this.offset);
    return this.offset;
  }

  /** Whole blocks of `buffer[from, to)`: runs of data written at once, zero blocks skipped. */
  private async blocks(buffer: Buffer, from: number, to: number): Promise<void> {
    let run = -1;
    for (let at = from; at < to; at += BLOCK) {
      const zero = ZEROS.compare(buffer, at, at + BLOCK) === 0;
      if (zero && run >= 0) {
        await this.put(buffer, run, at);
        run = -1;
      }
      if (zero) this.offset += BLOCK;
      else if (run < 0) run = at;
    }
    if (run >= 0) await this.put(buffer, run, to);
  }

  private async put(buffer: Buffer, from: number, to: number): Promise<void> {
    let at = from;
    while (at < to) {
      const { bytesWritten } = await this.handle.write(buffer, at, to - at, this.offset);
      at += bytesWritten;
      this.offset += bytesWritten;
    }
  }
}
