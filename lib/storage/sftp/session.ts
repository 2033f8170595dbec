// One SSH connection and SFTP channel per SFTP target, opened on first use and opened again after a
// loss. The Storage seam has no close(), so an idle session holds nothing on the event loop: the socket
// is unref'd between requests and SSH keepalives (a timer) are off, as Node's HTTP agent does with idle
// sockets. A command therefore exits when its work is done; a run that hangs is the watchdog's to stop.
import { connect as tcpConnect, type Socket } from 'node:net';
import type { NodeSSH } from 'node-ssh';
import type { SFTPWrapper } from 'ssh2';
import { ExitCode, UserError } from '../../errors.js';
import { connectSsh, connectTimeoutMs, type SshConnectOptions } from '../../shell/ssh-connect.js';
import { markEnded } from './calls.js';

interface Open {
  ssh: NodeSSH;
  socket: Socket;
  sftp: SFTPWrapper;
}

export class SftpSession {
  private current: Open | undefined;
  private opening: Promise<Open> | undefined;
  private busy = 0;
  /** Why the last connection was lost, once it was (for the error of the request it cut short). */
  lostBecause: string | undefined;
  /** Counts the connections opened, so tests can see a reconnect. */
  connections = 0;

  constructor(private readonly options: SshConnectOptions) {}

  /** Runs `work` on an open session; the socket holds the event loop only while some work runs. */
  async use<T>(work: (sftp: SFTPWrapper) => Promise<T>): Promise<T> {
    this.busy++;
    let open: Open | undefined;
    try {
      open = await this.open();
      open.socket.ref();
      return await work(open.sftp);
    } finally {
      this.busy--;
      if (open && this.busy === 0) open.socket.unref();
    }
  }

  /** Ends the connection (a later use() opens a new one). */
  close(): void {
    this.current?.ssh.dispose();
    this.current = undefined;
  }

  private open(): Promise<Open> {
    if (this.current) return Promise.resolve(this.current);
    // Concurrent requests share one attempt; a failed attempt is not kept, the next request tries again.
    this.opening ??= this.connect().finally(() => (this.opening = undefined));
    return this.opening;
  }

  private async connect(): Promise<Open> {
    const socket = await openSocket(this.options.host.host, this.options.host.port);
    // Without SSH keepalives, the kernel notices a peer that vanished during a long idle stretch.
    socket.setKeepAlive(true, 30_000);
    // SFTP is request and answer: with Nagle's algorithm, each small request waits for the delayed ACK
    // of the one before (40 ms on Linux), which made a 9-byte put take ~0.5 s on loopback.
    socket.setNoDelay(true);
    let ssh: NodeSSH;
    try {
      ssh = await connectSsh(this.options, { socket, keepalive: false });
    } catch (error) {
      socket.destroy();
      throw error;
    }
    this.connections++;
    const client = ssh.connection;
    if (!client) throw new Error('node-ssh connected without a connection');
    // Filled in once the channel is open; the listeners below are attached before that.
    const made: { open?: Open } = {};
    const forget = () => {
      if (made.open && this.current === made.open) this.current = undefined;
    };
    // Unheard, a later 'error' (reset, broken pipe) would crash the process with a stack trace.
    client.on('error', (error: Error & { code?: string }) => {
      this.lostBecause = error.code ?? error.message;
      forget();
    });
    let sftp: SFTPWrapper;
    try {
      sftp = await ssh.requestSFTP();
    } catch (error) {
      ssh.dispose();
      throw new UserError(`the server offers no SFTP: ${(error as Error).message}`, {
        exitCode: ExitCode.failed,
        hint: 'sshd needs a `Subsystem sftp` line (internal-sftp or sftp-server), and a login shell that prints nothing',
      });
    }
    const ended = () => {
      markEnded(sftp);
      forget();
    };
    sftp.on('end', ended);
    sftp.on('close', ended);
    client.on('close', ended);
    const open: Open = { ssh, socket, sftp };
    made.open = open;
    this.current = open;
    return open;
  }
}

/** A TCP connection to the server, or a UserError in plain words (refused, unreachable, timed out). */
function openSocket(host: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(failure(`no TCP connection within ${connectTimeoutMs / 1000} s`));
    }, connectTimeoutMs);
    socket.once('connect', () => {
      // The 'error' listener stays (its promise is settled): ssh2 adds its own when it takes the socket.
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(failure(socketReason(error)));
    });
  });
}

function socketReason(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'host unreachable',
    ENOTFOUND: 'unknown host name',
    EAI_AGAIN: 'the host name could not be resolved now',
    ETIMEDOUT: 'the connection timed out',
  };
  return words[error.code ?? ''] ?? error.code ?? error.message;
}

function failure(cause: string): UserError {
  return new UserError(`cannot connect: ${cause}`, { exitCode: ExitCode.failed });
}
