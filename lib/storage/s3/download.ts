// One S3 object to a local file, streamed (never whole in memory). The SDK retries failed requests; a
// body cut off in the middle is resumed here with `Range: bytes=N-` and `If-Match` on the first answer's
// ETag, so a replaced object is never stitched onto the old one's beginning. The file's size is checked
// against what the service announced before the copy is called good.
import { open } from 'node:fs/promises';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export interface DownloadRequest {
  client: S3Client;
  bucket: string;
  key: string;
  destination: string;
  /** Requests in all, the first included. */
  attempts?: number;
}

/** Thrown when the body stopped short on every attempt; the caller names the target and object. */
export class IncompleteDownload extends Error {
  constructor(
    readonly received: number,
    readonly expected: number | undefined,
    readonly lastProblem: string,
  ) {
    super(`received ${received} of ${expected ?? '?'} bytes (${lastProblem})`);
    this.name = 'IncompleteDownload';
  }
}

/** Downloads the object to `destination` (mode 0600) and resolves its size. */
export async function downloadObject(request: DownloadRequest): Promise<number> {
  const attempts = request.attempts ?? 4;
  const file = await open(request.destination, 'w', 0o600);
  let offset = 0;
  let expected: number | undefined;
  let etag: string | undefined;
  let lastProblem = '';
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      // Errors of the request itself (no such key, access denied, the object changed) go to the caller:
      // the SDK has already retried what it could.
      const response = await request.client.send(
        new GetObjectCommand({
          Bucket: request.bucket,
          Key: request.key,
          ...(offset > 0 ? { Range: `bytes=${offset}-`, ...(etag ? { IfMatch: etag } : {}) } : {}),
        }),
      );
      if (offset === 0) {
        expected = response.ContentLength;
        etag = response.ETag;
      } else if (!response.ContentRange) {
        // The service ignored the range: this answer is the whole object again.
        offset = 0;
        await file.truncate(0);
      }
      try {
        for await (const chunk of response.Body as AsyncIterable<Uint8Array>) {
          await file.write(chunk, 0, chunk.length, offset);
          offset += chunk.length;
        }
      } catch (error) {
        lastProblem = describe(error);
        continue;
      }
      if (expected !== undefined && offset !== expected) {
        lastProblem = 'the body ended early';
        continue;
      }
      await file.sync();
      return offset;
    }
  } finally {
    await file.close();
  }
  throw new IncompleteDownload(offset, expected, lastProblem);
}

/** Why a body stopped, for the message after the last attempt. */
function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
