// An HTTP proxy on loopback in front of a server (s3rver): records each request (method, URL, headers,
// the body's size and MD5) and, when a test says so, answers a matching request itself the way a real
// service can (a 403 or 412 with an S3 error document), holds it unanswered, or cuts the connection
// after part of the server's answer. Everything else goes to the server untouched.
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  bodyBytes: number;
  /** Base64, as a Content-MD5 header writes it. */
  bodyMd5: string;
  status?: number;
}

export type ProxyAction =
  | { status: number; code: string; message?: string; headers?: Record<string, string> }
  | { hold: true }
  | { cutAfterBytes: number };

export interface ProxyFault {
  match: (request: ProxiedRequest) => boolean;
  action: ProxyAction;
  /** How many matching requests get the action; unlimited when left out. */
  times?: number;
}

export class RecordingProxy {
  readonly requests: ProxiedRequest[] = [];
  faults: ProxyFault[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {}

  async start(): Promise<number> {
    this.server = createServer((incoming, outgoing) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks);
        const entry: ProxiedRequest = {
          method: incoming.method ?? '',
          url: incoming.url ?? '',
          headers: incoming.headers,
          bodyBytes: body.length,
          bodyMd5: createHash('md5').update(body).digest('base64'),
        };
        this.requests.push(entry);
        const action = this.actionFor(entry);
        if (action && 'hold' in action) return;
        if (action && 'status' in action) {
          entry.status = action.status;
          outgoing.writeHead(action.status, { 'content-type': 'application/xml', ...action.headers });
          outgoing.end(
            `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${action.code}</Code><Message>${action.message ?? action.code}</Message><RequestId>proxy</RequestId></Error>`,
          );
          return;
        }
        const forwarded = httpRequest(
          {
            host: '127.0.0.1',
            port: this.targetPort,
            method: entry.method,
            path: entry.url,
            headers: incoming.headers,
          },
          (answer) => {
            if (answer.statusCode !== undefined) entry.status = answer.statusCode;
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            let sent = 0;
            answer.on('data', (chunk: Buffer) => {
              if (action && 'cutAfterBytes' in action && sent + chunk.length > action.cutAfterBytes) {
                outgoing.write(chunk.subarray(0, action.cutAfterBytes - sent));
                outgoing.socket?.destroy();
                answer.destroy();
                return;
              }
              sent += chunk.length;
              outgoing.write(chunk);
            });
            answer.on('end', () => outgoing.end());
          },
        );
        forwarded.on('error', () => outgoing.socket?.destroy());
        forwarded.end(body);
      });
    });
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forgets what was recorded and the faults, between tests. */
  reset(): void {
    this.requests.length = 0;
    this.faults = [];
  }

  private actionFor(entry: ProxiedRequest): ProxyAction | undefined {
    const fault = this.faults.find((candidate) => candidate.match(entry) && (candidate.times ?? 1) > 0);
    if (!fault) return undefined;
    if (fault.times !== undefined) fault.times--;
    return fault.action;
  }
}

/** The S3 operation a recorded request stands for, from its method and query (enough for the tests). */
export function operationOf(request: Pick<ProxiedRequest, 'method' | 'url'>): string {
  const query = new URL(request.url, 'http://proxy').searchParams;
  if (request.method === 'POST' && query.has('uploads')) return 'CreateMultipartUpload';
  if (request.method === 'POST' && query.has('uploadId')) return 'CompleteMultipartUpload';
  if (request.method === 'PUT' && query.has('partNumber')) return 'UploadPart';
  if (request.method === 'DELETE' && query.has('uploadId')) return 'AbortMultipartUpload';
  if (request.method === 'PUT') return 'PutObject';
  const depth = new URL(request.url, 'http://proxy').pathname.split('/').filter(Boolean).length;
  if (request.method === 'HEAD') return depth > 1 ? 'HeadObject' : 'HeadBucket';
  if (request.method === 'GET' && query.get('list-type') === '2') return 'ListObjectsV2';
  if (request.method === 'GET') return 'GetObject';
  if (request.method === 'DELETE') return 'DeleteObject';
  return `${request.method} ${request.url}`;
}
