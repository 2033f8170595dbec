// QuickXorHash, the content hash OneDrive for Business and SharePoint report for every file
// (Microsoft's published algorithm): each byte at position p is XORed into a 160-bit block at bit offset
// 11·p mod 160 (little-endian bit order, wrapping), and the length is XORed into the last 8 bytes.
// Bytes 160 positions apart land on the same offset, so we fold them first: one XOR per byte.
const width = 160;
const shift = 11;

export class QuickXorHash {
  private readonly folded = new Uint8Array(width);
  /** The same 160 bytes as 40 words: aligned input is folded a word at a time (XOR is bytewise). */
  private readonly foldedWords = new Uint32Array(this.folded.buffer);
  private position = 0;
  private length = 0n;

  update(chunk: Uint8Array): this {
    const folded = this.folded;
    let position = this.position;
    let i = 0;
    for (; i < chunk.length && position % 4 !== 0; i++) {
      folded[position] = (folded[position] as number) ^ (chunk[i] as number);
      position = position === width - 1 ? 0 : position + 1;
    }
    const count = (chunk.length - i) >>> 2;
    if (position % 4 === 0 && count > 0 && (chunk.byteOffset + i) % 4 === 0) {
      const words = new Uint32Array(chunk.buffer, chunk.byteOffset + i, count);
      const foldedWords = this.foldedWords;
      let word = position >>> 2;
      for (let j = 0; j < count; j++) {
        foldedWords[word] = (foldedWords[word] as number) ^ (words[j] as number);
        word = word === width / 4 - 1 ? 0 : word + 1;
      }
      position = word * 4;
      i += count * 4;
    }
    for (; i < chunk.length; i++) {
      folded[position] = (folded[position] as number) ^ (chunk[i] as number);
      position = position === width - 1 ? 0 : position + 1;
    }
    this.position = position;
    this.length += BigInt(chunk.length);
    return this;
  }

  /** The digest, base64 as Graph's `file.hashes.quickXorHash`. */
  digest(): string {
    const out = new Uint8Array(width / 8);
    for (let k = 0; k < width; k++) {
      const value = this.folded[k] as number;
      if (value === 0) continue;
      const offset = (shift * k) % width;
      for (let bit = 0; bit < 8; bit++) {
        if (((value >> bit) & 1) === 0) continue;
        const at = (offset + bit) % width;
        out[at >> 3] = (out[at >> 3] as number) ^ (1 << (at & 7));
      }
    }
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(this.length);
    for (let i = 0; i < 8; i++) out[12 + i] = (out[12 + i] as number) ^ (length[i] as number);
    return Buffer.from(out).toString('base64');
  }
}
