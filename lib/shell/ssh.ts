// Commands on a remote host over SSH (node-ssh / ssh2). The protocol carries a command string, so argv
// is joined here, and only here, by shellQuote. Secrets go on stdin: stock sshd accepts no environment.
import { NodeSSH } from 'node-ssh';
import type { ClientChannel } from 'ssh2';
import { PassThrough } from 'node:stream';
import type { SshHost } from '../config/model.js';
import { ExitCode, UserError } from '../errors.js';
import { checkHostKey, type HostKeyVerdict } from './host-keys.js';
import { readKeyFile } from './key-file.js';
import { shellJoin } from './quote.js';
import {
  Tail,
  type Completion,
  type RunOptions,
  type RunResult,
  type Shell,
  type Streaming,
} from './shell.js';

export const connectTimeoutMs = 20_000;

export interface SshConnectOptions {
  host: SshHost;
  knownHostsFile: string;
  /** Called once when a new host key was recorded (trust on first use). */
  onRecorded?: (fingerprint: string) => void;
  /** Told what deserves a warning in the log (a key file other users can read). */
  warn?: (message: string) => void;
}

export class SshShell implements Shell {
  readonly where: string;

  private constructor(
    private readonly ssh: NodeSSH,
    host: SshHost,
  ) {
    this.where = `${host.username}@${host.host}:${host.port}`;
  }

  static async connect(options: SshConnectOptions): Promise<SshShell> {
    const { host } = options;
    const where = `${host.username}@${host.host}:${host.port}`;
    const ssh = new NodeSSH();
    let verdict: HostKeyVerdict | undefined;
    const policy = {
      endpoint: `${host.host}:${host.port}`,
      strict: host.strictHostKey,
      knownHostsFile: options.knownHostsFile,
      ...(host.hostKey === undefined ? {} : { pinned: host.hostKey }),
    };
    const auth = authentication(host, options.warn ?? (() => undefined));
    try {
      await ssh.connect({
        host: host.host,
        port: host.port,
        username: host.username,
        ...auth,
        // Bounds the TCP connect and the handshake: a server that accepts TCP and never speaks fails here.
        readyTimeout: connectTimeoutMs,
        keepaliveInterval: 10_000,
        keepaliveCountMax: 3,
        hostVerifier: (key: Buffer) => {
          verdict = checkHostKey(policy, key);
          return verdict.ok;
        },
      });
    } catch (error) {
      ssh.dispose();
      if (verdict && !verdict.ok)
        throw new UserError(verdict.message, { exitCode: ExitCode.failed, hint: verdict.hint });
      throw new UserError(`cannot connect to ${where}: ${describeConnectError(error)}`, {
        exitCode: ExitCode.failed,
      });
    }
    if (verdict?.ok && verdict.recorded) options.onRecorded?.(verdict.fingerprint);
    const shell = new SshShell(ssh, host);
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

/** The key file (read and checked here), else the running ssh-agent; without either there is no way to log in. */
function authentication(
  host: SshHost,
  warn: (message: string) => void,
): { privateKey: string; passphrase?: string } | { agent: string } {
  if (host.keyPath !== undefined) {
    const passphrase = host.keyPassphrase;
    const { key, warnings } = readKeyFile(host.keyPath, {
      strict: host.strictHostKey,
      ...(passphrase === undefined ? {} : { passphrase }),
    });
    warnings.forEach(warn);
    return { privateKey: key, ...(passphrase === undefined ? {} : { passphrase }) };
  }
  const agent = process.env.SSH_AUTH_SOCK;
  if (agent) return { agent };
  throw new UserError(
    `no way to log in to ${host.username}@${host.host}: no KEY_PATH and no ssh-agent (SSH_AUTH_SOCK)`,
    {
      exitCode: ExitCode.failed,
      hint: 'set KEY_PATH in the SSH block; under cron there is usually no agent',
    },
  );
}

function describeConnectError(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { level?: string };
  if (err.level === 'client-authentication') return 'authentication failed (the key was refused)';
  if (/Timed out while waiting for handshake/i.test(err.message))
    return `no SSH handshake within ${connectTimeoutMs / 1000} s`;
  if (err.code === 'ECONNREFUSED') return 'connection refused';
  if (err.code === 'EHOSTUNREACH' || err.code === 'ENETUNREACH') return 'host unreachable';
  if (err.code === 'ENOTFOUND') return 'unknown host name';
  return err.message;
}
