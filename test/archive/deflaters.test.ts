import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { BlockPool } from '../../lib/archive/block-pool.js';
import { Deflaters } from '../../lib/archive/deflaters.js';

describe('Deflaters (reused zlib streams)', () => {
  it('deflates blocks independently: concatenated in order they inflate to the input, the last one final', async () => {
    const deflaters = new Deflaters(6, 2);
    try {
      for (let round = 0; round < 5; round++) {
        const blocks = [
          Buffer.from('text '.repeat(100_000 + round)),
          randomBytes(300_000),
          Buffer.alloc(0),
          Buffer.from('more text '.repeat(5_000)),
        ];
        // Five jobs on two streams: some wait for a stream, and every stream is reset between jobs.
        const outputs = await Promise.all(
          blocks.map((block, i) => deflaters.deflate(block, i === blocks.length - 1)),
        );
        const inflated = inflateRawSync(Buffer.concat(outputs.flat()));
        expect(inflated.equals(Buffer.concat(blocks)), `round ${round}`).to.equal(true);
      }
    } finally {
      deflaters.close();
    }
  });

  it('ends a block without the final bit unless asked, so more blocks may follow', async () => {
    const deflaters = new Deflaters(6, 1);
    try {
      const first = Buffer.concat(await deflaters.deflate(Buffer.from('a'.repeat(1000)), false));
      // A stream without its final block is incomplete: inflate says so rather than ending cleanly.
      expect(() => inflateRawSync(first, { finishFlush: 4 /* Z_FINISH */ })).to.throw(/unexpected end/);
      const last = Buffer.concat(await deflaters.deflate(Buffer.from('b'.repeat(10)), true));
      expect(inflateRawSync(Buffer.concat([first, last])).toString()).to.equal(
        `${'a'.repeat(1000)}${'b'.repeat(10)}`,
      );
    } finally {
      deflaters.close();
    }
  });
});

describe('BlockPool', () => {
  it('hands out at most its capacity and makes the next caller wait for a released block', async () => {
    const pool = new BlockPool(16, 2);
    const a = await pool.acquire();
    const b = await pool.acquire();
    expect(a).to.not.equal(b);
    let third: Buffer | undefined;
    const waiting = pool.acquire().then((block) => (third = block));
    await new Promise((resolve) => setImmediate(resolve));
    expect(third).to.equal(undefined);
    pool.release(a);
    await waiting;
    expect(third).to.equal(a);
  });
});
