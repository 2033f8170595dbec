// Content digests the reader matrix compares: `sha256:<hex>`, or `zeros:<n>` for content that is n zero
// bytes. Hashing the big shape's 8 GiB of zeros would cost every reader 5 s; checking for zeros costs a
// memcmp. The Java and Python readers (test/fixtures/readers/) compute the same strings.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

const zeroBlock = Buffer.alloc(1024 * 1024);

export class Digest {
  private zeros = 0;
  private hash: Hash | undefined;

  update(chunk: Buffer): void {
    if (!this.hash) {
      if (isZeros(chunk)) {
        this.zeros += chunk.length;
        return;
      }
      this.hash = createHash('sha256');
      for (let left = this.zeros; left > 0; left -= zeroBlock.length)
        this.hash.update(zeroBlock.subarray(0, Math.min(left, zeroBlock.length)));
    }
    this.hash.update(chunk);
  }

  value(): string {
    return this.hash ? `sha256:${this.hash.digest('hex')}` : `zeros:${this.zeros}`;
  }
}

function isZeros(chunk: Buffer): boolean {
  for (let at = 0; at < chunk.length; at += zeroBlock.length) {
    const part = chunk.subarray(at, at + zeroBlock.length);
    if (!part.equals(zeroBlock.subarray(0, part.length))) return false;
  }
  return true;
}

export function digestOf(content: Buffer | string): string {
  const digest = new Digest();
  digest.update(Buffer.from(content));
  return digest.value();
}

export async function digestStream(stream: Readable): Promise<string> {
  const digest = new Digest();
  for await (const chunk of stream as AsyncIterable<Buffer>) digest.update(chunk);
  return digest.value();
}

export function digestFile(path: string | Buffer): Promise<string> {
  return digestStream(createReadStream(path, { highWaterMark: 1024 * 1024 }));
}
