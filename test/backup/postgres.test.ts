// run-backup of PostgreSQL against a real server the suite starts: dump, restore into a fresh database,
// compare every table row for row. Locally, and through `docker exec` via the stand-in docker.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dockerCalls, dockerStandinEnv } from '../helpers/docker-standin.js';
import { postgresBinDirectory, startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { requireCommand } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';

const appPassword = `app-S3cret 'quoted' "double" $dollar %percent`;
const tables = ['customers', 'orders'];

describe('run-backup: PostgreSQL', function () {
  this.timeout(120_000);
  let server: PostgresServer;
  let temp: ReturnType<typeof makeTempDir>;

  before(async function () {
    requireCommand(this, 'pg_dump', 'the PostgreSQL client');
    if (!postgresBinDirectory()) {
      if (process.env.CI === 'true') throw new Error('the PostgreSQL server is missing; CI must provide it');
      this.skip();
    }
    server = await startPostgres();
    server.sql('postgres', `CREATE ROLE app LOGIN CREATEDB PASSWORD '${appPassword.replace(/'/g, "''")}'`);
    server.sql('postgres', 'CREATE DATABASE shop OWNER app');
    server.sql(
      'shop',
      'SET ROLE app; CREATE TABLE customers (id serial PRIMARY KEY, name text, photo bytea, born date)',
    );
    server.sql(
      'shop',
      'SET ROLE app; CREATE TABLE orders (id bigserial PRIMARY KEY, customer int REFERENCES customers, total numeric(12,2), note text)',
    );
    server.sql(
      'shop',
      `SET ROLE app; INSERT INTO customers (name, photo, born) SELECT 'Zoë 中 ' || i, decode(md5(i::text), 'hex'), date '2000-01-01' + i FROM generate_series(1, 500) i`,
    );
    server.sql('shop', `SET ROLE app; INSERT INTO customers (name) VALUES (NULL), (E'tab\\tnew\\nline')`);
    server.sql(
      'shop',
      `SET ROLE app; INSERT INTO orders (customer, total, note) SELECT 1 + i % 500, i * 1.25, repeat('x', i % 50) FROM generate_series(1, 5000) i`,
    );
  });
  after(() => server?.stop());
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  function config(
    extra: { format?: string; docker?: string; database?: string; password?: string; port?: number } = {},
  ): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:
  - NAME: shop
    BACKUPS:
      - DB_BACKUPS:
          NAME: db
          INTERVALS: ['@daily']
          DB_INFO:
            USERNAME: app
            PASSWORD: \${DB_PASSWORD}
            HOST: 127.0.0.1
            PORT: ${extra.port ?? server.port}
            NAME: ${extra.database ?? 'shop'}
${extra.format ? `          FORMAT: ${extra.format}\n` : ''}${extra.docker ? `          DOCKER: { CONTAINER_NAME: ${extra.docker} }\n` : ''}          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]
`,
    );
    return file;
  }

  function fingerprint(database: string): string[] {
    return tables.map((table) =>
      server
        .sql(
          database,
          `SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') FROM ${table} t`,
        )
        .trim(),
    );
  }

  function unzipEntry(zip: string, entry: string, to: string): string {
    mkdirSync(to, { recursive: true });
    const result = spawnSync('unzip', ['-q', '-o', zip, entry, '-d', to], { encoding: 'utf8' });
    expect(result.status, result.stderr).to.equal(0);
    return join(to, entry);
  }

  function onlyArchive(): string {
    const zips = readdirSync(join(temp.path, 'backups')).filter((name) => name.endsWith('.zip'));
    expect(zips).to.have.length(1);
    return join(temp.path, 'backups', zips[0]!);
  }

  async function backup(file: string, env: NodeJS.ProcessEnv = {}) {
    return runCli('run-backup', ['-c', file, 'shop', 'db'], {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), DB_PASSWORD: appPassword, ...env },
    });
  }

  function restore(kind: 'custom' | 'plain', dump: string, database: string): void {
    server.sql('postgres', `CREATE DATABASE ${database}`);
    const env = { ...process.env, PGPASSWORD: server.password };
    const connection = ['-h', '127.0.0.1', '-p', String(server.port), '-U', 'postgres', '-d', database];
    const result =
      kind === 'custom'
        ? spawnSync('pg_restore', ['--no-owner', '--exit-on-error', ...connection, dump], {
            encoding: 'utf8',
            env,
          })
        : spawnSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', ...connection, '-f', dump], {
            encoding: 'utf8',
            env,
          });
    expect(result.status, result.stderr).to.equal(0);
  }

  it('dumps in custom format, kept uncompressed in the zip, and restores row for row', async () => {
    const result = await backup(config());
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    const zip = onlyArchive();
    const listing = spawnSync('unzip', ['-v', zip], { encoding: 'utf8' }).stdout;
    // Kept uncompressed (custom dumps are compressed already), in deflate's stored blocks so that
    // streaming readers (Java's ZipInputStream) accept its data descriptor: no smaller than the dump.
    const line = /^\s*(\d+)\s+Defl:N\s+(\d+)\s.*shop\.dump$/m.exec(listing);
    expect(line, listing).to.not.equal(null);
    expect(Number(line?.[2])).to.be.at.least(Number(line?.[1]));
    restore('custom', unzipEntry(zip, 'shop.dump', join(temp.path, 'out')), 'restored_custom');
    expect(fingerprint('restored_custom')).to.deep.equal(fingerprint('shop'));
    const manifest = JSON.parse(readFileSync(zip.replace(/\.zip$/, '.json'), 'utf8')) as {
      details: Record<string, string>;
      kind: string;
    };
    expect(manifest.kind).to.equal('postgres');
    expect(manifest.details.pg_dump_version).to.match(/^pg_dump \(PostgreSQL\) \d+/);
    expect(manifest.details.server_version).to.match(/^\d+\.\d+/);
  });

  it('dumps in plain format as <db>.sql, deflated, and restores with psql', async () => {
    expect((await backup(config({ format: 'plain' }))).status).to.equal(0);
    const zip = onlyArchive();
    expect(spawnSync('unzip', ['-v', zip], { encoding: 'utf8' }).stdout).to.match(/Defl:N .* shop\.sql/);
    restore('plain', unzipEntry(zip, 'shop.sql', join(temp.path, 'out')), 'restored_plain');
    expect(fingerprint('restored_plain')).to.deep.equal(fingerprint('shop'));
  });

  it('never lets the password reach the output, the log, the manifest or docker argv', async () => {
    const log = join(temp.path, 'docker.log');
    const result = await backup(config({ docker: 'pg-container' }), dockerStandinEnv(log));
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    const calls = dockerCalls(log);
    expect(calls.length).to.be.greaterThan(0);
    for (const call of calls) {
      expect(call.slice(0, 3)).to.deep.equal(['exec', '-i', 'pg-container']);
      expect(call.join(' ')).not.to.contain('S3cret');
    }
    expect(calls.some((call) => call.includes('pg_dump') && call.includes('--format=custom'))).to.equal(true);
    const everything = [
      result.stdout,
      result.stderr,
      ...readdirSync(join(temp.path, 'backups'))
        .filter((n) => n.endsWith('.json'))
        .map((n) => readFileSync(join(temp.path, 'backups', n), 'utf8')),
    ];
    for (const text of everything) expect(text).not.to.contain('S3cret');
    const zip = onlyArchive();
    restore('custom', unzipEntry(zip, 'shop.dump', join(temp.path, 'out')), 'restored_docker');
    expect(fingerprint('restored_docker')).to.deep.equal(fingerprint('shop'));
  });

  const cli = (file: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    runCli('run-backup', ['-c', file, ...args, 'shop', 'db'], {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), DB_PASSWORD: appPassword, ...env },
    });

  it('--verify lists the custom dump with pg_restore; --restore --to-database fills a new database row for row', async () => {
    const file = config();
    expect((await backup(file)).status).to.equal(0);
    const verify = await cli(file, ['--verify']);
    expect(verify.status, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.match(/pg_restore --list read (\d+) items from shop\.dump/);

    const restored = await cli(file, ['--restore', '--to-database', 'restored_by_us']);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    expect(restored.stdout).to.match(/restored shop\.dump \(.*\) into the new database restored_by_us/);
    expect(fingerprint('restored_by_us')).to.deep.equal(fingerprint('shop'));
    expect(restored.stdout + restored.stderr).not.to.contain('S3cret');

    const again = await cli(file, ['--restore', '--to-database', 'restored_by_us']);
    expect(again.status).to.equal(2);
    expect(again.stderr).to.match(
      /database restored_by_us is not empty \(\d+ relations\); nothing was restored/,
    );
    server.sql('restored_by_us', 'DELETE FROM orders WHERE id > 10');
    const clean = await cli(file, ['--restore', '--to-database', 'restored_by_us', '--clean']);
    expect(clean.status, clean.stdout + clean.stderr).to.equal(0);
    expect(fingerprint('restored_by_us')).to.deep.equal(fingerprint('shop'));
  });

  it('plain dumps: --verify checks the completion marker; --restore runs psql in one transaction', async () => {
    const file = config({ format: 'plain' });
    expect((await backup(file)).status).to.equal(0);
    const verify = await cli(file, ['--verify']);
    expect(verify.status, verify.stdout).to.equal(0);
    expect(verify.stdout).to.match(/plain dump ends with pg_dump's completion marker/);
    const restored = await cli(file, ['--restore', '--to-database', 'restored_plain_by_us']);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    expect(fingerprint('restored_plain_by_us')).to.deep.equal(fingerprint('shop'));
    const clean = await cli(file, ['--restore', '--to-database', 'restored_plain_by_us', '--clean']);
    expect(clean.status).to.equal(2);
    expect(clean.stderr).to.match(/--clean works with custom-format dumps only/);
  });

  it('a restore that fails is rolled back and drops the database it created', async () => {
    const file = config();
    expect((await backup(file)).status).to.equal(0);
    // The dump gives its tables to app; a role that is not app cannot, so pg_restore fails midway.
    server.sql('postgres', `CREATE ROLE weak LOGIN CREATEDB PASSWORD 'weak-pass'`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('USERNAME: app', 'USERNAME: weak'));
    const result = await cli(file, ['--restore', '--to-database', 'weak_target'], {
      DB_PASSWORD: 'weak-pass',
    });
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/pg_restore on this host failed and was rolled back/);
    expect(
      server.sql('postgres', `SELECT count(*) FROM pg_database WHERE datname = 'weak_target'`).trim(),
    ).to.equal('0');
  });

  it("fails with pg_dump's own message on a wrong password, storing nothing and not showing the password", async () => {
    const result = await backup(config(), { DB_PASSWORD: 'wrong-password-xyz' });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('password authentication failed for user "app"');
    expect(result.stdout).not.to.contain('wrong-password-xyz');
    expect(existsSync(join(temp.path, 'backups'))).to.equal(false);
  });

  it('fails on an unknown database and on a server that is down', async () => {
    const unknown = await backup(config({ database: 'nosuchdb' }));
    expect(unknown.status).to.equal(1);
    expect(unknown.stdout).to.contain('database "nosuchdb" does not exist');
    const down = await backup(config({ port: 1 }));
    expect(down.status).to.equal(1);
    expect(down.stdout).to.match(/Connection refused|could not connect/);
  });

  it('says pg_dump is missing in the container, with its message', async () => {
    const path = join(temp.path, 'container-bin');
    mkdirSync(path);
    symlinkSync('/bin/sh', join(path, 'sh'));
    const result = await backup(
      config({ docker: 'bare' }),
      dockerStandinEnv(join(temp.path, 'd.log'), { DOCKER_STANDIN_PATH: path }),
    );
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('pg_dump is not available on container bare on this host');
    const missing = await backup(
      config({ docker: 'ghost' }),
      dockerStandinEnv(join(temp.path, 'd.log'), { DOCKER_STANDIN_CONTAINERS: 'other' }),
    );
    expect(missing.status).to.equal(1);
    expect(missing.stdout).to.contain('No such container: ghost');
  });
});
