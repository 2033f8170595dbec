// Commands on a remote host over SSH (node-ssh / ssh2). The protocol carries a command string, so argv
// is joined here, and only here, by shellQuote. Secrets go on stdin: stock sshd accepts no environment.
import type { NodeSSH } from 'node-ssh';
import type { ClientChannel } from 'ssh2';
import { PassThrough } from 'node:stream';
import type { SshHost } from '../config/model.js';
import { connectSsh, sshWhere, type SshConnectOptions } from './ssh-connect.js';
import { shellJoin } from './quote.js';
import {
  Tail,
  type Completion,
  type RunOptions,
  type RunResult,
  type Shell,
  type Streaming,
} from './shell.js';

export { connectTimeoutMs, type SshConnectOptions } from './ssh-connect.js';

export class SshShell implements Shell {
  readonly where: string;

  private constructor(
    private readonly ssh: NodeSSH,
    host: SshHost,
  ) {
    this.where = sshWhere(host);
  }

  static async connect(options: SshConnectOptions): Promise<SshShell> {
    const ssh = await connectSsh(options);
    const shell = new SshShell(ssh, options.host);
    // A connection that dies later (reset, keepalive timeout) emits 'error' on the client; unheard, that
    // would crash run-backup with a stack trace instead of failing the run. Its channels close as well,
    // and the command's completion says the connection closed, with this reason.
    ssh.connection?.on('error', (error: Error & { code?: string }) => {
      shell.lostBecause = error.code ?? error.message;
    });
    return shell;
  }

  /** Why the connection was lost, once it was. */
  private lostBecause: string | undefined;

  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const streaming = this.stream(argv, options);
    let stdout = '';
    streaming.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const completion = await streaming.done;
    return { ...completion, stdout };
  }

  stream(argv: readonly string[], options: RunOptions = {}): Streaming {
    const stdout = new PassThrough();
    const tail = new Tail();
    let close: () => void = () => undefined;
    let timedOut = false;
    const done = new Promise<Completion>((resolve) => {
      const connection = this.ssh.connection;
      if (!connection) {
        stdout.end();
        resolve({ exitCode: 255, stderr: `not connected to ${this.where}`, timedOut: false });
        return;
      }
      connection.exec(shellJoin(argv), (error: Error | undefined, channel: ClientChannel) => {
        if (error) {
          stdout.end();
          resolve({ exitCode: 255, stderr: `${this.where}: ${error.message}`, timedOut: false });
          return;
        }
        let exitCode: number | undefined;
        const timer =
          options.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                channel.close();
              }, options.timeoutMs);
        close = () => channel.close();
        channel.pipe(stdout);
        channel.stderr.on('data', (chunk: Buffer) => tail.push(chunk));
        channel.on('exit', (code: number | null, signal?: string) => {
          exitCode = code ?? (signal ? 128 + 15 : 255);
        });
        channel.on('close', () => {
          if (timer) clearTimeout(timer);
          resolve({
            exitCode: exitCode ?? 255,
            stderr:
              tail.toString() ||
              (exitCode === undefined
                ? `the connection to ${this.where} closed before the command finished${this.lostBecause ? ` (${this.lostBecause})` : ''}`
                : ''),
            timedOut,
          });
        });
        const input = options.stdin;
        if (input === undefined || typeof input === 'string') {
          if (input !== undefined) channel.write(input);
          channel.end();
        } else {
          // A failing input must stop the command, not leave it waiting for more.
          input.once('error', () => channel.close());
          input.pipe(channel);
        }
      });
    });
    return { stdout, done, kill: () => close() };
  }

  close(): Promise<void> {
    this.ssh.dispose();
    return Promise.resolve();
  }
}
