// What a MySQL / MariaDB dump says about itself: its first lines name the client and the server's version,
// and its last line is the completion comment, written only when the dump finished. Read on the way
// through, so no extra command asks for them.
import { Transform, type TransformCallback } from 'node:stream';

export const completionComment = '-- Dump completed';
const window = 4096;

/** Whether a dump's last line is the completion comment (`-- Dump completed on 2026-12-02 16:41:02`). */
export function endsComplete(tail: string): boolean {
  return /(^|\n)-- Dump completed[^\n]*\s*$/.test(tail);
}

/** `-- Server version\t10.11.19-MariaDB-0+deb12u1` in the dump's first lines. */
export function serverVersionOf(head: string): string | undefined {
  return /^-- Server version\s+(.+)$/m.exec(head)?.[1]?.trim();
}

/** Passes a dump through unchanged, keeping its first and last few KiB. */
export class DumpTap extends Transform {
  head = '';
  tail = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.head.length < window) this.head += chunk.toString('latin1', 0, window - this.head.length);
    this.tail = (this.tail + chunk.toString('latin1', Math.max(0, chunk.length - window))).slice(-window);
    callback(null, chunk);
  }
}
