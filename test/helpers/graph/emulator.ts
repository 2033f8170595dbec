// A strict emulator of the parts of Microsoft Graph and the identity platform that the ONEDRIVE target
// uses, over HTTPS on loopback: the OpenID metadata and token endpoints (client credentials), drives and
// quota, items by path, folder creation, small PUT uploads, upload sessions (320 KiB multiples, contiguous
// Content-Range, 202 with nextExpectedRanges, final driveItem with quickXorHash, conflictBehavior),
// children with @odata.nextLink paging, and DELETE. Faults can be injected per request.
import { constants, createHash, createPublicKey, randomUUID, verify } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appendFileSync, readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { QuickXorHash } from '../../../lib/storage/onedrive/quickxorhash.js';
import type { TestCertificates } from './tls.js';

export interface DriveItem {
  id: string;
  name: string;
  parent: string | undefined;
  folder: boolean;
  content: Buffer;
  /** With `storageDirectory`, uploaded content lives on disk instead of in `content`. */
  disk?: { path: string; size: number; quickXorHash: string };
  created: string;
  modified: string;
}

interface UploadSession {
  id: string;
  path: string;
  size: number | undefined;
  received: Buffer[];
  /** Disk mode: the file being written and its running hash. */
  file?: { path: string; hash: QuickXorHash };
  next: number;
  expires: number;
  conflict: string;
  fileSystemInfo?: { createdDateTime?: string; lastModifiedDateTime?: string };
}

export interface Fault {
  /** Which requests: matched against "METHOD path". */
  match: RegExp;
  /** How many matching requests to hit (default 1). */
  times?: number;
  /** Skip this many matching requests first. */
  after?: number;
  /** `drop-response`: the request is processed, then the connection drops before the answer. */
  action:
    | { status: number; retryAfter?: number; body?: unknown }
    | 'reset'
    | 'hang'
    | 'reset-midway'
    | 'drop-response';
}

export interface EmulatorOptions {
  tenant?: string;
  clientId?: string;
  clientSecret?: string;
  driveId?: string;
  quotaTotal?: number;
  pageSize?: number;
  tokenLifetimeSeconds?: number;
  /** Keep uploaded content in files here instead of in memory (for multi-GB benchmarks). */
  storageDirectory?: string;
  /** PEM of the app's registered certificate: enables client assertions (certificate credentials). */
  clientCertificate?: string;
}

export class GraphEmulator {
  readonly tenant: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly driveId: string;
  readonly userId = 'ops@contoso.example';
  readonly siteId = 'contoso.example,11111111-2222,33333333-4444';
  /** Flip a byte of every file stored from an upload session: the client must notice and delete it. */
  corruptUploads = false;
  readonly items = new Map<string, DriveItem>();
  readonly sessions = new Map<string, UploadSession>();
  /** Each upload fragment is answered this much later (a slow link), for tests of concurrent targets. */
  fragmentLatencyMs = 0;
  readonly log: {
    /** When the answer was sent (ms since the epoch). */
    at: number;
    method: string;
    path: string;
    authorization: string | undefined;
    contentRange?: string;
    status: number;
  }[] = [];
  faults: Fault[] = [];
  /** Cut the connection of the next N downloads after this many bytes of the body. */
  cutDownloads: { afterBytes: number; times: number } | undefined;
  /** Download URLs handed out (token → item id); like Graph's, they need no Authorization. */
  private readonly downloadTokens = new Map<string, string>();
  quotaTotal: number;
  private readonly tokens = new Map<string, number>();
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private origin = '';

  constructor(
    private readonly certificates: TestCertificates,
    private readonly options: EmulatorOptions = {},
  ) {
    this.tenant = options.tenant ?? 'tenant-1234';
    this.clientId = options.clientId ?? 'client-5678';
    this.clientSecret = options.clientSecret ?? 'emulator-client-secret-9f3a';
    this.driveId = options.driveId ?? 'b!drive-1';
    this.quotaTotal = options.quotaTotal ?? 10 * 1024 ** 3;
    this.items.set('root', {
      id: 'root',
      name: 'root',
      parent: undefined,
      folder: true,
      content: Buffer.alloc(0),
      created: now(),
      modified: now(),
    });
  }

  get url(): string {
    return this.origin;
  }

  async start(): Promise<void> {
    this.server = createServer(
      { key: this.certificates.key, cert: this.certificates.cert },
      (request, response) => {
        void this.handle(request, response);
      },
    );
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.origin = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** The environment that points run-backup at this emulator, trusting `caFile`. */
  clientEnv(caFile: string): NodeJS.ProcessEnv {
    return {
      NODE_EXTRA_CA_CERTS: caFile,
      AZURE_TENANT_ID: this.tenant,
      AZURE_CLIENT_ID: this.clientId,
      AZURE_CLIENT_SECRET: this.clientSecret,
      AZURE_AUTHORITY_HOST: this.origin,
      GRAPH_ENDPOINT: this.origin,
      ONEDRIVE_DRIVE_ID: this.driveId,
    };
  }

  /** The item at a path below the root, e.g. "Backups/shop/a.zip". */
  itemAt(path: string): DriveItem | undefined {
    let current = this.items.get('root');
    for (const part of path.split('/').filter(Boolean)) {
      current = [...this.items.values()].find(
        (item) => item.parent === current?.id && item.name.toLowerCase() === part.toLowerCase(),
      );
      if (!current) return undefined;
    }
    return current;
  }

  usedBytes(): number {
    return [...this.items.values()].reduce((sum, item) => sum + (item.disk?.size ?? item.content.length), 0);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.origin);
    if (url.pathname.startsWith('/download/')) return this.download(request, response, url);
    const key = `${request.method ?? 'GET'} ${url.pathname}`;
    const fault = this.takeFault(key);
    if (fault === 'reset') {
      request.socket.destroy();
      return;
    }
    if (fault === 'hang') return;
    const body = await readBody(request, fault === 'reset-midway');
    if (body === undefined) return;
    if (this.fragmentLatencyMs > 0 && url.pathname.startsWith('/upload/'))
      await new Promise((resolve) => setTimeout(resolve, this.fragmentLatencyMs));
    if (fault && typeof fault === 'object') {
      return this.send(
        request,
        response,
        fault.status,
        fault.body ?? {
          error: {
            code: fault.status === 429 ? 'tooManyRequests' : 'serviceNotAvailable',
            message: 'injected fault',
          },
        },
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) },
      );
    }
    try {
      const [status, payload, headers] = this.route(request, url, body);
      if (fault === 'drop-response') {
        request.socket.destroy();
        return;
      }
      this.send(request, response, status, payload, headers);
    } catch (error) {
      this.send(request, response, 500, { error: { code: 'emulatorBug', message: String(error) } });
    }
  }

  private takeFault(key: string): Fault['action'] | undefined {
    for (const fault of this.faults) {
      if (!fault.match.test(key)) continue;
      if ((fault.after ?? 0) > 0) {
        fault.after = (fault.after ?? 0) - 1;
        continue;
      }
      if ((fault.times ?? 1) <= 0) continue;
      fault.times = (fault.times ?? 1) - 1;
      return fault.action;
    }
    return undefined;
  }

  private send(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    payload: unknown,
    headers: Record<string, string> = {},
  ): void {
    this.log.push({
      at: Date.now(),
      method: request.method ?? '',
      path: request.url ?? '',
      authorization: request.headers.authorization,
      ...(request.headers['content-range'] ? { contentRange: String(request.headers['content-range']) } : {}),
      status,
    });
    const text = payload === undefined ? '' : JSON.stringify(payload);
    response.writeHead(status, {
      'content-type': 'application/json',
      'request-id': randomUUID(),
      ...headers,
    });
    response.end(text);
  }

  private route(
    request: IncomingMessage,
    url: URL,
    body: Buffer,
  ): [number, unknown, Record<string, string>?] {
    const method = request.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    if (method === 'GET' && path === `/${this.tenant}/v2.0/.well-known/openid-configuration`)
      return [200, this.openidConfiguration()];
    if (method === 'POST' && path === `/${this.tenant}/oauth2/v2.0/token`) return this.token(body);
    const upload = /^\/upload\/([\w-]+)$/.exec(path);
    if (upload?.[1]) return this.uploadRequest(method, upload[1], request, body);
    const auth = this.authorise(request);
    if (auth) return auth;
    // The same drive answers as a drive, as a user's OneDrive and as a site's default library.
    const prefix =
      [
        `/v1.0/drives/${this.driveId}`,
        `/v1.0/users/${this.userId}/drive`,
        `/v1.0/sites/${this.siteId}/drive`,
      ].find((candidate) => path === candidate || path.startsWith(`${candidate}/`)) ??
      `/v1.0/drives/${this.driveId}`;
    if (path === prefix && method === 'GET')
      return [200, { id: this.driveId, driveType: 'business', quota: this.quota() }];
    if (!path.startsWith(prefix)) return [404, graphError('itemNotFound', `no such resource ${path}`)];
    const rest = path.slice(prefix.length);
    const byPath = /^\/root:\/(.+?)(:\/(content|children|createUploadSession))?:?$/.exec(rest);
    if (byPath?.[1]) return this.pathRequest(method, byPath[1], byPath[3], url, body);
    const byId = /^\/items\/([\w!-]+)(\/children)?$/.exec(rest);
    if (byId?.[1]) return this.idRequest(method, byId[1], Boolean(byId[2]), url, body);
    if (rest === '/root/children') return this.idRequest(method, 'root', true, url, body);
    return [400, graphError('invalidRequest', `unsupported ${method} ${path}`)];
  }

  private openidConfiguration(): unknown {
    const base = `${this.origin}/${this.tenant}`;
    return {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      issuer: `${base}/v2.0`,
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_types_supported: ['code', 'id_token', 'token'],
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt'],
    };
  }

  private token(body: Buffer): [number, unknown] {
    const form = new URLSearchParams(body.toString());
    if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== this.clientId) {
      return [
        400,
        {
          error: 'invalid_client',
          error_description: 'AADSTS700016: Application not found in the directory.',
        },
      ];
    }
    const assertion = form.get('client_assertion');
    if (assertion !== null) {
      const problem = this.checkAssertion(assertion, form.get('client_assertion_type'));
      if (problem) return [401, { error: 'invalid_client', error_description: `AADSTS700027: ${problem}` }];
    } else if (form.get('client_secret') !== this.clientSecret) {
      return [
        401,
        { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' },
      ];
    }
    if (!form.get('scope')?.endsWith('/.default'))
      return [
        400,
        { error: 'invalid_scope', error_description: 'AADSTS1002012: scope must end in /.default' },
      ];
    const token = `emulator-token-${randomUUID()}`;
    const lifetime = this.options.tokenLifetimeSeconds ?? 3600;
    this.tokens.set(token, Date.now() + lifetime * 1000);
    return [
      200,
      { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: token },
    ];
  }

  /** A JWT signed with the app certificate's key (RS256 or PS256), for this client and this token endpoint. */
  private checkAssertion(assertion: string, type: string | null): string | undefined {
    if (type !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return 'unsupported client_assertion_type';
    if (!this.options.clientCertificate) return 'no certificate is registered for this application';
    const [header, payload, signature] = assertion.split('.');
    if (!header || !payload || !signature) return 'malformed client assertion';
    const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg?: string };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
      aud?: string;
      iss?: string;
      sub?: string;
      exp?: number;
    };
    const key = createPublicKey(this.options.clientCertificate);
    const data = Buffer.from(`${header}.${payload}`);
    const sig = Buffer.from(signature, 'base64url');
    const valid =
      head.alg === 'RS256'
        ? verify('sha256', data, key, sig)
        : head.alg === 'PS256'
          ? verify('sha256', data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, sig)
          : false;
    if (!valid) return 'Client assertion contains an invalid signature.';
    if (claims.iss !== this.clientId || claims.sub !== this.clientId)
      return 'the assertion is for another client';
    if (claims.aud !== `${this.origin}/${this.tenant}/oauth2/v2.0/token`)
      return `the assertion's audience ${String(claims.aud)} is not this token endpoint`;
    if (!claims.exp || claims.exp * 1000 < Date.now()) return 'the assertion has expired';
    return undefined;
  }

  private authorise(request: IncomingMessage): [number, unknown] | undefined {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const expires = token ? this.tokens.get(token) : undefined;
    if (!expires || expires < Date.now())
      return [401, graphError('InvalidAuthenticationToken', 'Access token is empty or expired.')];
    return undefined;
  }

  private quota() {
    const used = this.usedBytes();
    return { total: this.quotaTotal, used, remaining: Math.max(0, this.quotaTotal - used), state: 'normal' };
  }

  private pathRequest(
    method: string,
    itemPath: string,
    action: string | undefined,
    url: URL,
    body: Buffer,
  ): [number, unknown] {
    const parentPath = itemPath.split('/').slice(0, -1).join('/');
    const name = itemPath.split('/').pop() ?? '';
    if (action === 'content' && method === 'PUT') {
      const parent = this.itemAt(parentPath);
      if (!parent?.folder) return [404, graphError('itemNotFound', 'parent folder not found')];
      if (body.length > 4 * 1024 * 1024)
        return [413, graphError('requestTooLarge', 'use an upload session above 4 MiB')];
      return this.createFile(
        parent,
        name,
        body,
        url.searchParams.get('@microsoft.graph.conflictBehavior') ?? 'replace',
      );
    }
    if (action === 'createUploadSession' && method === 'POST') {
      const parent = this.itemAt(parentPath);
      if (!parent?.folder) return [404, graphError('itemNotFound', 'parent folder not found')];
      const request = JSON.parse(body.toString() || '{}') as {
        item?: { '@microsoft.graph.conflictBehavior'?: string; fileSystemInfo?: unknown };
      };
      const conflict = request.item?.['@microsoft.graph.conflictBehavior'] ?? 'replace';
      if (conflict === 'fail' && this.itemAt(itemPath))
        return [409, graphError('nameAlreadyExists', 'The specified item name already exists.')];
      const id = randomUUID();
      const session: UploadSession = {
        id,
        path: itemPath,
        size: undefined,
        received: [],
        next: 0,
        expires: Date.now() + 3600_000,
        conflict,
      };
      const info = request.item?.fileSystemInfo as UploadSession['fileSystemInfo'] | undefined;
      if (info) session.fileSystemInfo = info;
      this.sessions.set(id, session);
      return [
        200,
        {
          uploadUrl: `${this.origin}/upload/${id}`,
          expirationDateTime: new Date(session.expires).toISOString(),
          nextExpectedRanges: ['0-'],
        },
      ];
    }
    const item = this.itemAt(itemPath);
    if (action === 'children') {
      if (method === 'POST') return this.createFolder(item, body);
      return item ? this.children(item, url) : [404, graphError('itemNotFound', 'not found')];
    }
    if (!item) return [404, graphError('itemNotFound', `The resource could not be found: ${itemPath}`)];
    if (method === 'GET') return [200, this.describe(item)];
    if (method === 'DELETE') return this.remove(item);
    return [405, graphError('invalidRequest', `${method} not allowed`)];
  }

  private idRequest(
    method: string,
    id: string,
    children: boolean,
    url: URL,
    body: Buffer,
  ): [number, unknown] {
    const item = this.items.get(id);
    if (!item) return [404, graphError('itemNotFound', 'not found')];
    if (children && method === 'POST') return this.createFolder(item, body);
    if (children) return this.children(item, url);
    if (method === 'GET') return [200, this.describe(item)];
    if (method === 'DELETE') return this.remove(item);
    return [405, graphError('invalidRequest', `${method} not allowed`)];
  }

  private createFolder(parent: DriveItem | undefined, body: Buffer): [number, unknown] {
    if (!parent?.folder) return [404, graphError('itemNotFound', 'parent not found')];
    const request = JSON.parse(body.toString() || '{}') as {
      name?: string;
      folder?: unknown;
      '@microsoft.graph.conflictBehavior'?: string;
    };
    if (!request.name || request.folder === undefined)
      return [400, graphError('invalidRequest', 'name and folder are required')];
    const existing = [...this.items.values()].find(
      (item) => item.parent === parent.id && item.name.toLowerCase() === request.name?.toLowerCase(),
    );
    if (existing) {
      if (request['@microsoft.graph.conflictBehavior'] === 'fail')
        return [409, graphError('nameAlreadyExists', 'exists')];
      return [200, this.describe(existing)];
    }
    const item: DriveItem = {
      id: randomUUID(),
      name: request.name,
      parent: parent.id,
      folder: true,
      content: Buffer.alloc(0),
      created: now(),
      modified: now(),
    };
    this.items.set(item.id, item);
    return [201, this.describe(item)];
  }

  private createFile(
    parent: DriveItem,
    name: string,
    content: Buffer,
    conflict: string,
    info?: UploadSession['fileSystemInfo'],
  ): [number, unknown] {
    const existing = [...this.items.values()].find(
      (item) => item.parent === parent.id && item.name.toLowerCase() === name.toLowerCase(),
    );
    if (existing && conflict === 'fail')
      return [409, graphError('nameAlreadyExists', 'The specified item name already exists.')];
    if (this.usedBytes() + content.length > this.quotaTotal)
      return [507, graphError('quotaLimitReached', 'Insufficient Storage')];
    const item: DriveItem = existing ?? {
      id: randomUUID(),
      name,
      parent: parent.id,
      folder: false,
      content,
      created: info?.createdDateTime ?? now(),
      modified: info?.lastModifiedDateTime ?? now(),
    };
    item.content = content;
    this.items.set(item.id, item);
    return [existing ? 200 : 201, this.describe(item)];
  }

  private children(item: DriveItem, url: URL): [number, unknown] {
    const all = [...this.items.values()]
      .filter((child) => child.parent === item.id)
      .sort((a, b) => a.name.localeCompare(b.name));
    const pageSize = Number(url.searchParams.get('$top') ?? this.options.pageSize ?? 200);
    const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
    const page = all.slice(skip, skip + Math.min(pageSize, this.options.pageSize ?? 200));
    const next =
      skip + page.length < all.length
        ? `${this.origin}/v1.0/drives/${this.driveId}/items/${item.id}/children?$skiptoken=${skip + page.length}`
        : undefined;
    return [
      200,
      { value: page.map((child) => this.describe(child)), ...(next ? { '@odata.nextLink': next } : {}) },
    ];
  }

  private remove(item: DriveItem): [number, unknown] {
    if (item.id === 'root') return [403, graphError('accessDenied', 'cannot delete the root')];
    const doomed = [item.id];
    for (let i = 0; i < doomed.length; i++)
      for (const child of this.items.values()) if (child.parent === doomed[i]) doomed.push(child.id);
    for (const id of doomed) this.items.delete(id);
    return [204, undefined];
  }

  private describe(item: DriveItem): Record<string, unknown> {
    const base = {
      id: item.id,
      name: item.name,
      size: item.content.length,
      createdDateTime: item.created,
      lastModifiedDateTime: item.modified,
      fileSystemInfo: { createdDateTime: item.created, lastModifiedDateTime: item.modified },
    };
    if (item.folder)
      return {
        ...base,
        folder: { childCount: [...this.items.values()].filter((child) => child.parent === item.id).length },
      };
    const token = randomUUID();
    this.downloadTokens.set(token, item.id);
    const downloadUrl = `${this.origin}/download/${item.id}?tempauth=${token}`;
    if (item.disk) {
      return {
        ...base,
        '@microsoft.graph.downloadUrl': downloadUrl,
        size: item.disk.size,
        file: { mimeType: 'application/zip', hashes: { quickXorHash: item.disk.quickXorHash } },
      };
    }
    return {
      ...base,
      '@microsoft.graph.downloadUrl': downloadUrl,
      file: {
        mimeType: 'application/zip',
        hashes: {
          quickXorHash: new QuickXorHash().update(item.content).digest(),
          sha256Hash: createHash('sha256').update(item.content).digest('hex').toUpperCase(),
        },
      },
    };
  }

  /**
   * A pre-authenticated download URL: no Authorization header allowed (Graph's are signed URLs on
   * another host), `Range: bytes=N-` answered with 206, and faults that cut the body midway.
   */
  private download(request: IncomingMessage, response: ServerResponse, url: URL): void {
    const id = this.downloadTokens.get(url.searchParams.get('tempauth') ?? '');
    const item = id === undefined ? undefined : this.items.get(id);
    const fail = (status: number, message: string) => {
      this.log.push({
        at: Date.now(),
        method: request.method ?? '',
        path: url.pathname,
        authorization: request.headers.authorization,
        status,
      });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(message);
    };
    if (request.headers.authorization)
      return fail(401, 'pre-authenticated URLs take no Authorization header');
    if (!item || id !== url.pathname.slice('/download/'.length))
      return fail(401, 'invalid or expired tempauth');
    if (request.method !== 'GET') return fail(405, 'GET only');
    const content = item.disk ? readFileSync(item.disk.path) : item.content;
    const range = /^bytes=(\d+)-$/.exec(String(request.headers.range ?? ''));
    const start = range?.[1] ? Number(range[1]) : 0;
    if (start > content.length) return fail(416, 'range not satisfiable');
    const status = range ? 206 : 200;
    this.log.push({
      at: Date.now(),
      method: 'GET',
      path: url.pathname,
      authorization: undefined,
      status,
      ...(range ? { contentRange: `bytes ${start}-` } : {}),
    });
    response.writeHead(status, {
      'content-type': 'application/octet-stream',
      'content-length': String(content.length - start),
      ...(range ? { 'content-range': `bytes ${start}-${content.length - 1}/${content.length}` } : {}),
    });
    const body = content.subarray(start);
    const cut = this.cutDownloads;
    if (cut && cut.times > 0 && body.length > cut.afterBytes) {
      cut.times--;
      response.write(body.subarray(0, cut.afterBytes), () => setTimeout(() => request.socket.destroy(), 50));
      return;
    }
    response.end(body);
  }

  private uploadRequest(
    method: string,
    id: string,
    request: IncomingMessage,
    body: Buffer,
  ): [number, unknown, Record<string, string>?] {
    const session = this.sessions.get(id);
    if (!session || session.expires < Date.now())
      return [404, graphError('itemNotFound', 'The upload session was not found or has expired.')];
    // The upload URL is pre-authenticated: an Authorization header there is a client bug (and a leak).
    if (request.headers.authorization)
      return [401, graphError('unauthenticated', 'do not send Authorization to the upload URL')];
    if (method === 'DELETE') {
      this.sessions.delete(id);
      return [204, undefined];
    }
    if (method === 'GET')
      return [
        200,
        {
          expirationDateTime: new Date(session.expires).toISOString(),
          nextExpectedRanges: [`${session.next}-`],
        },
      ];
    if (method !== 'PUT') return [405, graphError('invalidRequest', 'PUT, GET or DELETE')];
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(request.headers['content-range'] ?? ''));
    if (!range) return [400, graphError('invalidRange', 'Content-Range is required: bytes a-b/total')];
    const [from, to, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (Number(request.headers['content-length']) !== body.length || to - from + 1 !== body.length)
      return [400, graphError('invalidRange', 'Content-Range does not match the body')];
    if (session.size !== undefined && session.size !== total)
      return [400, graphError('invalidRange', 'the total size changed')];
    if (from !== session.next)
      return [416, graphError('invalidRange', `expected the range to start at ${session.next}`)];
    if (to + 1 < total && body.length % (320 * 1024) !== 0)
      return [400, graphError('invalidRange', 'fragments must be a multiple of 320 KiB')];
    if (body.length > 60 * 1024 * 1024)
      return [413, graphError('requestTooLarge', 'fragments are at most 60 MiB')];
    session.size = total;
    if (this.options.storageDirectory) {
      session.file ??= { path: join(this.options.storageDirectory, session.id), hash: new QuickXorHash() };
      appendFileSync(session.file.path, body);
      session.file.hash.update(body);
    } else session.received.push(body);
    session.next = to + 1;
    if (session.next < total) {
      return [
        202,
        {
          expirationDateTime: new Date(session.expires).toISOString(),
          nextExpectedRanges: [`${session.next}-`],
        },
      ];
    }
    this.sessions.delete(id);
    const parentPath = session.path.split('/').slice(0, -1).join('/');
    const parent = this.itemAt(parentPath);
    if (!parent) return [404, graphError('itemNotFound', 'parent vanished')];
    const name = session.path.split('/').pop() ?? '';
    if (session.file) {
      const disk = { path: session.file.path, size: total, quickXorHash: session.file.hash.digest() };
      const item: DriveItem = {
        id: randomUUID(),
        name,
        parent: parent.id,
        folder: false,
        content: Buffer.alloc(0),
        disk,
        created: now(),
        modified: now(),
      };
      this.items.set(item.id, item);
      return [201, this.describe(item)];
    }
    return this.createFile(
      parent,
      name,
      this.maybeCorrupt(Buffer.concat(session.received)),
      session.conflict,
      session.fileSystemInfo,
    );
  }

  /** Puts a file at a path, creating folders: to prepare a drive for a test. */
  addFile(path: string, content: Buffer): void {
    let parent = this.items.get('root') as DriveItem;
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) {
      let folder = [...this.items.values()].find((item) => item.parent === parent.id && item.name === part);
      if (!folder) {
        folder = {
          id: randomUUID(),
          name: part,
          parent: parent.id,
          folder: true,
          content: Buffer.alloc(0),
          created: now(),
          modified: now(),
        };
        this.items.set(folder.id, folder);
      }
      parent = folder;
    }
    const file: DriveItem = {
      id: randomUUID(),
      name: parts[parts.length - 1] ?? '',
      parent: parent.id,
      folder: false,
      content,
      created: now(),
      modified: now(),
    };
    this.items.set(file.id, file);
  }

  private maybeCorrupt(content: Buffer): Buffer {
    if (this.corruptUploads && content.length > 0)
      content[content.length >> 1] = (content[content.length >> 1] ?? 0) ^ 0xff;
    return content;
  }

  /** Expires every open upload session, as the service does after a while. */
  expireSessions(): void {
    for (const session of this.sessions.values()) session.expires = 0;
  }
}

function graphError(code: string, message: string) {
  return { error: { code, message, innerError: { 'request-id': randomUUID(), date: now() } } };
}

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function readBody(request: IncomingMessage, resetMidway: boolean): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of request) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (resetMidway && length > 1024) {
      request.socket.destroy();
      return undefined;
    }
  }
  return Buffer.concat(chunks);
}
