// A real OpenSSH server for the tests: its own config, host key and client key, on a free loopback port,
// accepting the client key for the running user.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres.js';

export interface SshServer {
  port: number;
  host: string;
  username: string;
  clientKey: string;
  /** The server's host key fingerprint, `SHA256:…` as OpenSSH prints it. */
  fingerprint: string;
  directory: string;
  stop(): void;
  /** SIGKILL for sshd and every process serving its open connections. */
  kill(): void;
}

export const sshdPath = '/usr/sbin/sshd';

function keygen(file: string): void {
  const result = spawnSync(
    'ssh-keygen',
    ['-q', '-t', 'ed25519', '-N', '', '-C', 'opsbackup-test', '-f', file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`ssh-keygen failed: ${result.stderr}`);
}

export async function startSshd(options: { setEnv?: Record<string, string> } = {}): Promise<SshServer> {
  const dir = mkdtempSync(join(tmpdir(), 'opsbackup-sshd-'));
  keygen(join(dir, 'host_key'));
  keygen(join(dir, 'client_key'));
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')), { mode: 0o600 });
  const port = await freePort();
  const config = join(dir, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'StrictModes no',
      'PermitRootLogin prohibit-password',
      'Subsystem sftp internal-sftp',
      'LogLevel ERROR',
      // One SetEnv line: sshd takes only the first one it reads.
      ...(options.setEnv
        ? [
            `SetEnv ${Object.entries(options.setEnv)
              .map(([name, value]) => `"${name}=${value}"`)
              .join(' ')}`,
          ]
        : []),
      '',
    ].join('\n'),
  );
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const child: ChildProcess = spawn(sshdPath, ['-D', '-e', '-f', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await waitForPort(port, () => stderr);
  const fingerprint =
    /SHA256:\S+/.exec(
      spawnSync('ssh-keygen', ['-l', '-f', join(dir, 'host_key.pub')], { encoding: 'utf8' }).stdout,
    )?.[0] ?? '';
  return {
    port,
    host: '127.0.0.1',
    username: userInfo().username,
    clientKey: join(dir, 'client_key'),
    fingerprint,
    directory: dir,
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
    kill() {
      // sshd's connection processes start sessions of their own (setsid): find them as descendants.
      for (const pid of [...descendants(child.pid ?? 0), child.pid ?? 0].reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    },
  };
}

async function waitForPort(port: number, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`sshd did not start: ${stderr()}`);
}

/** The pids below `root` in the process tree, parents before children. */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const out: number[] = [];
  const walk = (pid: number) => {
    for (const child of parents.get(pid) ?? []) {
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}
