import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { putFragment } from '../../../lib/storage/onedrive/put-fragment.js';

/** A loopback HTTP server answering with `handler`; its URL. */
async function serve(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/up/session`,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const reader = (data: Buffer) => (piece: Buffer, offset: number) => {
  data.copy(piece, 0, offset, offset + piece.length);
  return Promise.resolve();
};

describe('putFragment', function () {
  this.timeout(20_000);

  it('sends the whole body through its reused buffers intact, to a server that reads slowly', async () => {
    const data = randomBytes(5 * 1024 * 1024 + 12_345); // many more pieces than buffers
    const server = await serve((request, response) => {
      const hash = createHash('sha256');
      let received = 0;
      request.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        received += chunk.length;
        request.pause(); // back-pressure: the client must wait before it reuses a buffer
        setTimeout(() => request.resume(), 1);
      });
      request.on('end', () => {
        response.writeHead(202, {
          'Content-Type': 'application/json',
          'X-Range': request.headers['content-range'],
        });
        response.end(JSON.stringify({ received, sha256: hash.digest('hex') }));
      });
    });
    try {
      const response = await putFragment(
        server.url,
        { 'Content-Range': `bytes 0-${data.length - 1}/${data.length}` },
        data.length,
        reader(data),
        10_000,
      );
      expect(response.status).to.equal(202);
      expect(response.headers.get('x-range')).to.equal(`bytes 0-${data.length - 1}/${data.length}`);
      expect(await response.json()).to.deep.equal({
        received: data.length,
        sha256: createHash('sha256').update(data).digest('hex'),
      });
    } finally {
      await server.close();
    }
  });

  it('resolves with an answer that comes before the body is sent, and stops reading', async () => {
    let reads = 0;
    const server = await serve((_request, response) => {
      response.writeHead(416, { 'Content-Type': 'application/json' });
      response.end('{"error":{"code":"invalidRange"}}');
    });
    try {
      const response = await putFragment(
        server.url,
        {},
        64 * 1024 * 1024,
        async (piece) => {
          reads++;
          piece.fill(1);
          await new Promise((resolve) => setTimeout(resolve, 5));
        },
        10_000,
      );
      expect(response.status).to.equal(416);
      expect(await response.text()).to.contain('invalidRange');
      expect(reads).to.be.below(256); // 64 MiB would be 256 pieces
    } finally {
      await server.close();
    }
  });

  it('rejects with a TimeoutError when no answer comes, and with the reader error when reading fails', async () => {
    const server = await serve(() => undefined); // takes the body, never answers
    try {
      const silent = await putFragment(server.url, {}, 1000, reader(randomBytes(1000)), 300).catch(
        (e: unknown) => e,
      );
      expect((silent as Error).name).to.equal('TimeoutError');
      const failing = await putFragment(
        server.url,
        {},
        1000,
        () => Promise.reject(new Error('the staged archive is shorter than it was')),
        10_000,
      ).catch((e: unknown) => e);
      expect(String(failing)).to.contain('shorter than it was');
    } finally {
      await server.close();
    }
  });
});
