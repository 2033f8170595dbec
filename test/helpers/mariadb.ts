// A real MariaDB server for the tests (Debian's mariadb-server): mariadb-install-db into a fresh data
// directory, mariadbd as the `mysql` OS user on a free loopback port with its own socket, root reachable
// through that socket only. Started once per suite file, stopped (and its directory removed) afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './postgres.js';

export interface MariadbServer {
  port: number;
  host: string;
  socket: string;
  /** Runs SQL as root (through the socket) in `database`; returns stdout (tab-separated, no headers). */
  sql(statement: string, database?: string): string;
  /** Stops the server at once (as a crash would): later connections fail. */
  kill(): void;
  stop(): void;
}

export const mariadbdPath = '/usr/sbin/mariadbd';

export function hasMariadbServer(): boolean {
  return (
    existsSync(mariadbdPath) &&
    spawnSync('sh', ['-c', 'command -v mariadb-install-db'], { stdio: 'ignore' }).status === 0
  );
}

function asMysql(argv: string[]): string[] {
  return userInfo().uid === 0 ? ['runuser', '-u', 'mysql', '--', ...argv] : argv;
}

export async function startMariadb(): Promise<MariadbServer> {
  const dir = mkdtempSync(join(tmpdir(), 'opsbackup-mariadb-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  if (userInfo().uid === 0) {
    const id = (flag: string) => Number(spawnSync('id', [flag, 'mysql'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const [install, ...installArgs] = asMysql([
    'mariadb-install-db',
    '--no-defaults',
    `--datadir=${data}`,
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
    '--skip-name-resolve',
  ]);
  const installed = spawnSync(install as string, installArgs, { encoding: 'utf8' });
  if (installed.status !== 0)
    throw new Error(`mariadb-install-db failed: ${installed.stderr}${installed.stdout}`);
  const port = await freePort();
  const [daemon, ...daemonArgs] = asMysql([
    mariadbdPath,
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--pid-file=${join(dir, 'mysqld.pid')}`,
    '--skip-name-resolve',
    '--innodb-buffer-pool-size=64M',
    '--innodb-log-file-size=48M',
    '--innodb-flush-log-at-trx-commit=0',
    '--event-scheduler=OFF',
    '--character-set-server=utf8mb4',
    `--log-error=${join(dir, 'error.log')}`,
  ]);
  const child: ChildProcess = spawn(daemon as string, daemonArgs, { stdio: 'ignore' });
  const sql = (statement: string, database?: string): string => {
    const result = spawnSync(
      'mariadb',
      [
        '--no-defaults',
        `--socket=${socket}`,
        '-uroot',
        '--default-character-set=utf8mb4',
        '--batch',
        '--skip-column-names',
        ...(database ? [database] : []),
        '-e',
        statement,
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`mariadb failed: ${result.stderr}`);
    return result.stdout;
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      sql('SELECT 1');
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) {
        const log = spawnSync('tail', ['-20', join(dir, 'error.log')], { encoding: 'utf8' }).stdout;
        rmSync(dir, { recursive: true, force: true });
        throw new Error(`mariadbd did not start: ${(error as Error).message}\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  let stopped = false;
  const end = (signal: NodeJS.Signals) => {
    if (stopped) return;
    stopped = true;
    child.kill(signal);
    spawnSync('sh', ['-c', `while kill -0 ${child.pid ?? 0} 2>/dev/null; do sleep 0.1; done`], {
      timeout: 30_000,
    });
  };
  return {
    port,
    host: '127.0.0.1',
    socket,
    sql,
    kill: () => end('SIGKILL'),
    stop() {
      end('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
