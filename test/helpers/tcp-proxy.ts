// A TCP proxy on loopback that forwards to a port and, when told, cuts every connection after a number
// of bytes has come back from the server (a link that dies in the middle of a transfer), or holds them
// (a link that stalls, while the test kills the server behind it).
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export class CuttingProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  /** Bytes from the server after which the connection is cut; undefined forwards everything. */
  cutAfter: number | undefined;
  /** Bytes from the server after which the proxy stops passing them on (a stalled link). */
  holdAfter: number | undefined;
  /** Whether a cut happened. */
  cut = false;
  /** Whether a connection is being held. */
  holding = false;

  constructor(private readonly targetPort: number) {}

  async start(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      this.sockets.add(client).add(upstream);
      let received = 0;
      client.pipe(upstream);
      upstream.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (this.cutAfter !== undefined && received > this.cutAfter) {
          this.cut = true;
          client.destroy();
          upstream.destroy();
          return;
        }
        if (this.holdAfter !== undefined && received > this.holdAfter) {
          // Dropped, not paused: the proxy must still notice when the server goes away.
          this.holding = true;
          return;
        }
        client.write(chunk);
      });
      upstream.on('end', () => client.end());
      for (const socket of [client, upstream]) {
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return (this.server?.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
