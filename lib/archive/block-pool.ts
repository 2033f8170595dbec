// A few reusable blocks for reading large local files: reading each 1 MiB into a fresh Buffer left V8
// with tens of MB of dead buffers between collections (it collects external memory lazily, after about
// 64 MB), and glibc with a fragmented heap. Waiting for a free block also bounds what is read ahead.
export class BlockPool {
  private readonly free: Buffer[] = [];
  private readonly waiting: ((block: Buffer) => void)[] = [];
  private allocated = 0;

  constructor(
    private readonly blockSize: number,
    private readonly capacity: number,
  ) {}

  acquire(): Promise<Buffer> {
    const block = this.free.pop();
    if (block) return Promise.resolve(block);
    if (this.allocated < this.capacity) {
      this.allocated++;
      return Promise.resolve(Buffer.allocUnsafeSlow(this.blockSize));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Gives a block back once nothing reads it any more (its deflate job is done). */
  release(block: Buffer): void {
    const next = this.waiting.shift();
    if (next) next(block);
    else this.free.push(block);
  }
}
