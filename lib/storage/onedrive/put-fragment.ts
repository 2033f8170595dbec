// One upload-session fragment, PUT with node:https instead of fetch. fetch (undici) turns a streamed body
// into a web stream and copies every piece into a new Uint8Array: a GiB of garbage per GiB uploaded,
// which took a full GC every 16 MiB to keep memory flat (~20% of the upload's CPU). Here the pieces are
// read into four reused buffers and handed straight to the socket; a buffer is refilled only once the
// socket has taken it (its write callback).
import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Fills `piece` with the fragment's bytes from `offset` (within the fragment), or throws. */
export type FragmentReader = (piece: Buffer, offset: number) => Promise<void>;

/** Bytes read from the staged archive at a time. */
export const pieceSize = 256 * 1024;
const pieces = 4;

/**
 * Sends `length` bytes from `read` as the body of a PUT to `url`. Resolves with the server's answer,
 * which may come before the whole body was sent (an error status); rejects on a network error, on
 * `timeoutMs` passing (a TimeoutError), or with the error of `read`.
 */
export function putFragment(
  url: string,
  headers: Record<string, string>,
  length: number,
  read: FragmentReader,
  timeoutMs: number,
): Promise<Response> {
  const target = new URL(url);
  const send = target.protocol === 'http:' ? httpRequest : httpsRequest;
  const signal = AbortSignal.timeout(timeoutMs);
  let answered = false;
  let sent = false;
  return new Promise<Response>((resolve, reject) => {
    // The signal's reason is a TimeoutError (a DOMException); http reports it as a plain AbortError.
    const failed = (error: unknown) => reject((signal.aborted ? signal.reason : error) as Error);
    const request = send(
      target,
      { method: 'PUT', headers: { ...headers, 'Content-Length': String(length) }, signal },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', failed);
        response.once('end', () => {
          // Answered before the whole body went: the connection is mid-request, never to be reused.
          if (!sent) request.destroy();
          resolve(asResponse(response, Buffer.concat(chunks)));
        });
      },
    );
    request.once('error', failed);
    writeBody(request, length, read, () => answered).then(
      (complete) => {
        sent = complete;
        if (complete) request.end();
      },
      (error: unknown) => {
        request.destroy();
        failed(error);
      },
    );
  });
}

async function writeBody(
  request: ClientRequest,
  length: number,
  read: FragmentReader,
  answered: () => boolean,
): Promise<boolean> {
  const buffers = Array.from({ length: pieces }, () => Buffer.allocUnsafe(Math.min(pieceSize, length)));
  const taken: Promise<void>[] = [];
  for (let offset = 0, index = 0; offset < length; index = (index + 1) % pieces) {
    await taken[index];
    const piece = (buffers[index] as Buffer).subarray(0, Math.min(pieceSize, length - offset));
    await read(piece, offset);
    // Answered early (an error status) or failed: the rest of the body is not wanted.
    if (answered() || request.destroyed) return false;
    const written = new Promise<void>((resolve, reject) =>
      request.write(piece, (error) => (error ? reject(error) : resolve())),
    );
    written.catch(() => undefined); // the request's own 'error' reports it
    taken[index] = written;
    offset += piece.length;
  }
  await Promise.all(taken);
  return true;
}

function asResponse(message: IncomingMessage, body: Buffer): Response {
  const headers = new Headers();
  for (let i = 0; i + 1 < message.rawHeaders.length; i += 2)
    headers.append(message.rawHeaders[i] as string, message.rawHeaders[i + 1] as string);
  const status = message.statusCode ?? 0;
  const empty = body.length === 0 || status === 204 || status === 304;
  return new Response(empty ? null : body, { status, statusText: message.statusMessage ?? '', headers });
}
