// An HTTP server on loopback that records every request (method, path, headers, body) and answers with
// a status the test chooses: the webhook and healthcheck receiver.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export class HttpReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** The status to answer with; 200 by default. */
  status = 200;
  /** Extra response headers (a `location` for a redirect, say). */
  headers: Record<string, string> = {};
  private server: Server | undefined;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.requests.push({
          method: request.method ?? '',
          path: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        response
          .writeHead(this.status, { 'content-type': 'text/plain', ...this.headers })
          .end(this.status < 300 ? 'OK' : 'no');
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
  }

  url(path: string): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}${path}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
