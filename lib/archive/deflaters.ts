// Reusable raw-deflate streams for the zip writer's blocks. zlib.deflateRaw() builds a new zlib state
// (~270 KiB, counted by V8 as external memory) for every call and concatenates its output: with one call
// per 1 MiB block and per small file, that churn made V8 keep tens of MB of dead buffers and glibc a
// fragmented heap (peak RSS over 150 MB on a 20,000-file tree). A stream is reset and used again
// instead; its output arrives as slices of one output buffer, handed on without copying.
//
// Before a block is deflated, samples of it are compressed at level 1: a block they show to be
// incompressible (already compressed or encrypted data) is kept as stored blocks instead: no copy, no
// level-6 search that gains nothing (random data: ~20 ms per MiB on this machine).
import { constants, createDeflateRaw, type DeflateRaw, type ZlibOptions } from 'node:zlib';
import { storedBlocks } from './stored-blocks.js';

const outputChunk = 256 * 1024;
/** Smaller blocks are deflated without a probe: most are small text files, where it would only cost. */
const probeFrom = 64 * 1024;
/** Three samples (start, middle, end) of at most this size each: ~5% of a 1 MiB block. */
const maxSample = 16 * 1024;
/** A probe that saves less than this share of its samples marks the block incompressible. */
const minSaving = 0.02;

export class Deflaters {
  private readonly streams: StreamPool;
  private readonly probes: StreamPool;

  constructor(level: number, limit: number) {
    this.streams = new StreamPool(limit, { level, chunkSize: outputChunk });
    // Probes are quick and small: two streams with a 16 KiB window (the samples' size) and small buffers.
    this.probes = new StreamPool(Math.min(limit, 2), {
      level: 1,
      windowBits: 14,
      memLevel: 7,
      chunkSize: 3 * maxSample,
    });
  }

  /**
   * Deflates `block` independently of every other block: a sync flush ends it (so blocks can be
   * concatenated, as pigz -i does), or a final block when `final`. The result may be views of `block`
   * (stored blocks): keep it unchanged until the result is written.
   */
  async deflate(block: Buffer, final: boolean): Promise<Buffer[]> {
    if (block.length >= probeFrom && (await this.incompressible(block))) return storedBlocks(block, final);
    return await this.streams.run(block, final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH);
  }

  /** Frees the zlib states now, and those of jobs still running when they end. */
  close(): void {
    this.streams.close();
    this.probes.close();
  }

  private async incompressible(block: Buffer): Promise<boolean> {
    const piece = Math.min(maxSample, Math.floor(block.length / 48));
    const middle = Math.floor((block.length - piece) / 2);
    const samples = [
      block.subarray(0, piece),
      block.subarray(middle, middle + piece),
      block.subarray(block.length - piece),
    ];
    const compressed = await this.probes.run(samples, constants.Z_FINISH);
    return lengthOf(compressed) > 3 * piece * (1 - minSaving);
  }
}

/** Deflate streams of one level, at most `limit` of them, reset and reused between jobs. */
class StreamPool {
  private readonly idle: DeflateRaw[] = [];
  private readonly waiting: ((stream: DeflateRaw) => void)[] = [];
  private created = 0;
  private closed = false;

  constructor(
    private readonly limit: number,
    private readonly options: ZlibOptions,
  ) {}

  async run(input: Buffer | Buffer[], flush: number): Promise<Buffer[]> {
    const stream = await this.acquire();
    try {
      return await run(stream, input, flush);
    } finally {
      this.release(stream);
    }
  }

  close(): void {
    this.closed = true;
    for (const stream of this.idle.splice(0)) stream.close();
  }

  private create(): DeflateRaw {
    this.created++;
    return createDeflateRaw(this.options);
  }

  private acquire(): Promise<DeflateRaw> {
    const stream = this.idle.pop();
    if (stream) return Promise.resolve(stream);
    if (this.created < this.limit) return Promise.resolve(this.create());
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
    if (this.waiting.length > 0 && this.created < this.limit) this.waiting.shift()?.(this.create());
  }
}

/** The bytes in a block's output. */
export function lengthOf(buffers: readonly Buffer[]): number {
  return buffers.reduce((sum, buffer) => sum + buffer.length, 0);
}

function run(stream: DeflateRaw, input: Buffer | Buffer[], flush: number): Promise<Buffer[]> {
  return new Promise((resolve, reject) => {
    const output: Buffer[] = [];
    const onData = (chunk: Buffer) => output.push(chunk);
    const onError = (error: Error) => {
      stream.off('data', onData);
      reject(error);
    };
    stream.on('data', onData);
    stream.once('error', onError);
    for (const buffer of Array.isArray(input) ? input : [input]) stream.write(buffer);
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
