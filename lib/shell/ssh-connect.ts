// Opening an SSH connection the one way the tool does: host key by HOST_KEY or its own known_hosts
// (lib/shell/host-keys.ts), the key file read and checked first (key-file.ts) or the ssh-agent, and each
// failure as one line that names the endpoint. Shared by the SSH shell and the SFTP target.
import { NodeSSH } from 'node-ssh';
import type { Socket } from 'node:net';
import type { SshHost } from '../config/model.js';
import { ExitCode, UserError } from '../errors.js';
import { checkHostKey, type HostKeyVerdict } from './host-keys.js';
import { readKeyFile } from './key-file.js';

export const connectTimeoutMs = 20_000;

export interface SshConnectOptions {
  host: SshHost;
  knownHostsFile: string;
  /** Called once when a new host key was recorded (trust on first use). */
  onRecorded?: (fingerprint: string) => void;
  /** Told what deserves a warning in the log (a key file other users can read). */
  warn?: (message: string) => void;
}

export interface ConnectTuning {
  /** A TCP socket the caller opened (connecting or connected), to control it itself (ref/unref). */
  socket?: Socket;
  /** SSH-level keepalive pings; off, no timer holds the event loop while the connection is idle. */
  keepalive?: boolean;
}

/** `user@host:port`, as messages name an SSH endpoint. */
export function sshWhere(host: SshHost): string {
  return `${host.username}@${host.host}:${host.port}`;
}

/** Connects and authenticates, or throws a UserError saying why (host key, key file, refused, unreachable). */
export async function connectSsh(options: SshConnectOptions, tuning: ConnectTuning = {}): Promise<NodeSSH> {
  const { host } = options;
  const ssh = new NodeSSH();
  let verdict: HostKeyVerdict | undefined;
  const policy = {
    endpoint: `${host.host}:${host.port}`,
    strict: host.strictHostKey,
    knownHostsFile: options.knownHostsFile,
    ...(host.hostKey === undefined ? {} : { pinned: host.hostKey }),
  };
  const auth = authentication(host, options.warn ?? (() => undefined));
  const keepalive = tuning.keepalive ?? true;
  try {
    await ssh.connect({
      host: host.host,
      port: host.port,
      username: host.username,
      ...auth,
      ...(tuning.socket ? { sock: tuning.socket } : {}),
      // Bounds the TCP connect and the handshake: a server that accepts TCP and never speaks fails here.
      readyTimeout: connectTimeoutMs,
      ...(keepalive ? { keepaliveInterval: 10_000, keepaliveCountMax: 3 } : {}),
      hostVerifier: (key: Buffer) => {
        verdict = checkHostKey(policy, key);
        return verdict.ok;
      },
    });
  } catch (error) {
    ssh.dispose();
    if (verdict && !verdict.ok)
      throw new UserError(verdict.message, { exitCode: ExitCode.failed, hint: verdict.hint });
    throw new UserError(`cannot connect to ${sshWhere(host)}: ${describeConnectError(error)}`, {
      exitCode: ExitCode.failed,
    });
  }
  if (verdict?.ok && verdict.recorded) options.onRecorded?.(verdict.fingerprint);
  return ssh;
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

/** ssh2's and the socket's errors in the words a user understands. */
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
