// Reusable raw-deflate streams for the zip writer's blocks. zlib.deflateRaw() builds a new zlib state
// (~270 KiB, counted by V8 as external memory) for every call and concatenates its output: with one call
// per 1 MiB block and per small file, that churn made V8 keep tens of MB of dead buffers and glibc a
// fragmented heap (peak RSS over 150 MB on a 20,000-file tree). A stream is reset and used again
// instead; its output arrives as slices of one output buffer, handed on without copying.
import { constants, createDeflateRaw, type DeflateRaw } from 'node:zlib';

const outputChunk = 256 * 1024;

export class Deflaters {
  private readonly idle: DeflateRaw[] = [];
  private readonly waiting: ((stream: DeflateRaw) => void)[] = [];
  private created = 0;
  private closed = false;

  constructor(
    private readonly level: number,
    private readonly limit: number,
  ) {}

  /**
   * Deflates `block` independently of every other block: a sync flush ends it (so blocks can be
   * concatenated, as pigz -i does), or a final block when `final`.
   */
  async deflate(block: Buffer, final: boolean): Promise<Buffer[]> {
    const stream = await this.acquire();
    try {
      return await run(stream, block, final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH);
    } finally {
      this.release(stream);
    }
  }

  /** Frees the zlib states now, and those of jobs still running when they end. */
  close(): void {
    this.closed = true;
    for (const stream of this.idle.splice(0)) stream.close();
  }

  private acquire(): Promise<DeflateRaw> {
    const stream = this.idle.pop();
    if (stream) return Promise.resolve(stream);
    if (this.created < this.limit) {
      this.created++;
      return Promise.resolve(createDeflateRaw({ level: this.level, chunkSize: outputChunk }));
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(stream: DeflateRaw): void {
    if (this.closed) {
      stream.close();
      return;
    }
    if (stream.destroyed) {
      this.created--;
    } else {
      stream.reset();
      const next = this.waiting.shift();
      if (next) return next(stream);
      this.idle.push(stream);
    }
    if (this.waiting.length > 0 && this.created < this.limit) {
      this.created++;
      this.waiting.shift()?.(createDeflateRaw({ level: this.level, chunkSize: outputChunk }));
    }
  }
}

function run(stream: DeflateRaw, block: Buffer, flush: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const output: Buffer[] = [];
    const onData = (chunk: Buffer) => output.push(chunk);
    const onError = (error: Error) => {
      stream.off('data', onData);
      reject(error);
    };
    stream.on('data', onData);
    stream.once('error', onError);
    stream.write(block);
    stream.flush(flush, () => {
      // Whatever the readable side still holds belongs to this block.
      for (let chunk = stream.read() as Buffer | null; chunk; chunk = stream.read() as Buffer | null)
        output.push(chunk);
      stream.off('data', onData);
      stream.off('error', onError);
      resolve(output);
    });
  });
}
