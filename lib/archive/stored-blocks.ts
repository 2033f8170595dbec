// Deflate's stored blocks (RFC 1951, 3.2.4): data kept as it is inside a deflate stream. The zip writer
// uses them for blocks that would not compress (media, compressed logs, encrypted files): the entry stays
// one deflate stream, so any unzip reads it, at the cost of 5 bytes per 64 KiB instead of a level-6
// search over data that gains nothing from it.

const maxStored = 0xffff;

/**
 * `data` as stored blocks, starting on a byte boundary (as every segment of the zip writer does: they end
 * with a sync flush or are the first). The last block is marked final when `final`. The result holds
 * views of `data`, not a copy: keep it unchanged until the result is written.
 */
export function storedBlocks(data: Buffer, final: boolean): Buffer[] {
  const count = Math.max(1, Math.ceil(data.length / maxStored));
  const headers = Buffer.allocUnsafe(count * 5);
  const output: Buffer[] = [];
  for (let index = 0; index < count; index++) {
    const start = index * maxStored;
    const length = Math.min(maxStored, data.length - start);
    const header = headers.subarray(index * 5, index * 5 + 5);
    // BFINAL in bit 0, BTYPE 00 in bits 1-2, the rest of the byte is padding; then LEN and its complement.
    header[0] = final && index === count - 1 ? 1 : 0;
    header.writeUInt16LE(length, 1);
    header.writeUInt16LE(~length & 0xffff, 3);
    output.push(header, data.subarray(start, start + length));
  }
  return output;
}
