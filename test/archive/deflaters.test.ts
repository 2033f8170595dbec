import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { BlockPool } from '../../lib/archive/block-pool.js';
import { Deflaters } from '../../lib/archive/deflaters.js';
import { storedBlocks } from '../../lib/archive/stored-blocks.js';

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

  it('keeps incompressible blocks as stored blocks and still deflates text and mixed blocks', async () => {
    const deflaters = new Deflaters(6, 2);
    try {
      const random = randomBytes(1024 * 1024);
      const text = Buffer.from('a line of a log file, 2026-11-22 19:00:00 INFO\n'.repeat(22_000)).subarray(
        0,
        1024 * 1024,
      );
      const mixed = Buffer.concat([text.subarray(0, 512 * 1024), random.subarray(0, 512 * 1024)]);
      const [stored, deflated, half] = await Promise.all([
        deflaters.deflate(random, false),
        deflaters.deflate(text, false),
        deflaters.deflate(mixed, true),
      ]);
      // 1 MiB is 17 stored blocks of at most 65,535 bytes, 5 bytes of header each.
      expect(Buffer.concat(stored).length).to.equal(random.length + 17 * 5);
      expect(Buffer.concat(deflated).length).to.be.below(text.length / 10);
      expect(Buffer.concat(half).length).to.be.below(mixed.length * 0.6);
      const inflated = inflateRawSync(Buffer.concat([...stored, ...deflated, ...half]));
      expect(inflated.equals(Buffer.concat([random, text, mixed]))).to.equal(true);
    } finally {
      deflaters.close();
    }
  });
});

describe('storedBlocks', () => {
  it('frames any length as stored blocks that inflate back, final or followed by more', () => {
    for (const length of [0, 1, 65_535, 65_536, 200_000]) {
      const data = randomBytes(length);
      const alone = Buffer.concat(storedBlocks(data, true));
      expect(alone.length, `${length}`).to.equal(length + 5 * Math.max(1, Math.ceil(length / 65_535)));
      expect(inflateRawSync(alone).equals(data), `${length} final`).to.equal(true);
      const followed = Buffer.concat([
        ...storedBlocks(data, false),
        ...storedBlocks(Buffer.from('end'), true),
      ]);
      expect(inflateRawSync(followed).toString('latin1'), `${length} followed`).to.equal(
        data.toString('latin1') + 'end',
      );
      expect(() => inflateRawSync(Buffer.concat(storedBlocks(data, false)), { finishFlush: 4 })).to.throw(
        /unexpected end/,
      );
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
