import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { QuickXorHash } from '../../../lib/storage/onedrive/quickxorhash.js';

/** The algorithm as published, bit by bit, to check the folded implementation against. */
function reference(data: Uint8Array): string {
  const bits = new Uint8Array(160);
  data.forEach((byte, position) => {
    for (let bit = 0; bit < 8; bit++) if ((byte >> bit) & 1) bits[(11 * position + bit) % 160]! ^= 1;
  });
  const out = Buffer.alloc(20);
  bits.forEach((value, at) => value && (out[at >> 3]! ^= 1 << (at & 7)));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(data.length));
  for (let i = 0; i < 8; i++) out[12 + i]! ^= length[i]!;
  return out.toString('base64');
}

describe('QuickXorHash', () => {
  it('matches the published test vector', () => {
    expect(new QuickXorHash().update(Buffer.from('hello world')).digest()).to.equal(
      'aCgDG9jwBhDc4Q1yawMZAAAAAAA=',
    );
    expect(new QuickXorHash().digest()).to.equal('AAAAAAAAAAAAAAAAAAAAAAAAAAA=');
  });

  it('matches the bitwise reference for random data, however it is chunked', () => {
    for (const size of [1, 159, 160, 161, 1000, 70_001]) {
      const data = randomBytes(size);
      const hash = new QuickXorHash();
      for (let at = 0; at < size; at += 777) hash.update(data.subarray(at, at + 777));
      expect(hash.digest(), `size ${size}`).to.equal(reference(data));
    }
  });

  it('gives the same digest on word-aligned and unaligned buffers, and chunks ending mid-word', () => {
    const data = randomBytes(10_003);
    for (const shiftBy of [0, 1, 2, 3]) {
      for (const step of [1, 3, 4, 6, 161, 4096]) {
        const host = Buffer.alloc(data.length + shiftBy);
        data.copy(host, shiftBy);
        const view = new Uint8Array(host.buffer, host.byteOffset + shiftBy, data.length);
        const hash = new QuickXorHash();
        for (let at = 0; at < data.length; at += step) hash.update(view.subarray(at, at + step));
        expect(hash.digest(), `offset ${shiftBy}, step ${step}`).to.equal(reference(data));
      }
    }
  });
});
