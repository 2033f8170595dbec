// A real PostgreSQL server for the tests: initdb as the `postgres` OS user (the server refuses to run as
// root) in a fresh directory, listening on a free loopback port, password (scram) authentication.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  port: number;
  host: string;
  superuser: string;
  password: string;
  binDirectory: string;
  /** Runs SQL as the superuser in `database`; returns stdout (tuples only, unaligned). */
  sql(database: string, statement: string): string;
  stop(): void;
}

export function postgresBinDirectory(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function asPostgres(argv: string[], input?: string): ReturnType<typeof spawnSync> {
  const command = userInfo().uid === 0 ? ['runuser', '-u', 'postgres', '--', ...argv] : argv;
  return spawnSync(command[0] as string, command.slice(1), {
    encoding: 'utf8',
    input,
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
}

export async function startPostgres(password = 'pg-Sup3r"secret $pw'): Promise<PostgresServer> {
  const bin = postgresBinDirectory();
  if (!bin) throw new Error('PostgreSQL server binaries are missing (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'opsbackup-pg-'));
  chmodSync(dir, 0o755);
  const data = join(dir, 'data');
  const passwordFile = join(dir, 'pwfile');
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (userInfo().uid === 0) {
    const pg = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pg.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  const init = asPostgres([
    join(bin, 'initdb'),
    '-D',
    data,
    '-U',
    'postgres',
    '--pwfile',
    passwordFile,
    '--auth',
    'scram-sha-256',
    '-E',
    'UTF8',
    '--no-instructions',
  ]);
  if (init.status !== 0) throw new Error(`initdb failed: ${String(init.stderr)}`);
  const port = await freePort();
  const start = asPostgres([
    join(bin, 'pg_ctl'),
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '30',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
    'start',
  ]);
  if (start.status !== 0)
    throw new Error(`pg_ctl start failed: ${String(start.stderr)} ${String(start.stdout)}`);
  const server: PostgresServer = {
    port,
    host: '127.0.0.1',
    superuser: 'postgres',
    password,
    binDirectory: bin,
    sql(database, statement) {
      const result = spawnSync(
        'psql',
        [
          '-X',
          '-v',
          'ON_ERROR_STOP=1',
          '-At',
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'postgres',
          '-d',
          database,
          '-c',
          statement,
        ],
        {
          encoding: 'utf8',
          env: { ...process.env, PGPASSWORD: password },
        },
      );
      if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
      return result.stdout;
    },
    stop() {
      asPostgres([join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}
