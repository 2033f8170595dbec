// run-backup of SQLITE with Debian's sqlite3: a consistent copy by VACUUM INTO while a writer goes on,
// PRAGMA integrity_check in --verify, --restore --to FILE; on this host, over the loopback sshd, and
// through the docker stand-in on either.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { dockerCalls, dockerStandinEnv, standinBin } from '../../helpers/docker-standin.js';
import { waitForProcess } from '../../helpers/proc-sampler.js';
import { requireCommand } from '../../helpers/services.js';
import { sshdPath, startSshd, type SshServer } from '../../helpers/sshd.js';
import { makeTempDir } from '../../helpers/temp.js';

function sqlite(file: string, sql: string): string {
  const result = spawnSync('sqlite3', ['-batch', '-bail', file], {
    input: sql,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(`sqlite3 failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** The integrity check's answer, each table's row count, and the whole content as `.dump` writes it. */
function fingerprint(file: string): string {
  const tables = sqlite(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").split(
    '\n',
  );
  const dump = sqlite(file, '.dump');
  return [
    sqlite(file, 'PRAGMA integrity_check'),
    ...tables.map((table) => `${table} ${sqlite(file, `SELECT count(*) FROM "${table}"`)}`),
    createHash('sha256').update(dump).digest('hex'),
  ].join('\n');
}

describe('run-backup: SQLite', function () {
  this.timeout(120_000);
  let sshd: SshServer;
  let shared: ReturnType<typeof makeTempDir>;
  let temp: ReturnType<typeof makeTempDir>;
  let database: string;
  let dockerLog: string;

  before(async function () {
    requireCommand(this, 'sqlite3', "Debian's sqlite3");
    if (!existsSync(sshdPath)) {
      if (process.env.CI === 'true') throw new Error('sshd is missing; CI must install openssh-server');
      this.skip();
    }
    shared = makeTempDir();
    dockerLog = join(shared.path, 'docker.log');
    sshd = await startSshd({
      setEnv: { PATH: `${standinBin}:/usr/local/bin:/usr/bin:/bin`, DOCKER_STANDIN_LOG: dockerLog },
    });
    database = join(shared.path, 'app data', 'shop.sqlite');
    mkdirSync(join(shared.path, 'app data'));
    sqlite(
      database,
      `PRAGMA journal_mode = WAL;
       CREATE TABLE customers (payload BLOB, name TEXT);
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
         INSERT INTO customers SELECT randomblob(64), 'Zoë 中 ' || i FROM n;
       CREATE INDEX customers_name ON customers (name);
       CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER NOT NULL, payload BLOB);
       WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) INSERT INTO accounts SELECT i, 1000, NULL FROM n;
       CREATE TABLE ledger (id INTEGER PRIMARY KEY, account INTEGER, payload BLOB);
       CREATE TRIGGER ledger_touch AFTER INSERT ON ledger BEGIN SELECT 1; END;
       CREATE VIEW rich AS SELECT * FROM accounts WHERE balance > 1000;`,
    );
  });
  after(() => {
    sshd?.stop();
    shared?.remove();
  });
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  function config(options: { docker?: string; ssh?: boolean; path?: string; extra?: string } = {}): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:
  - NAME: shop
    BACKUPS:
      - DB_BACKUPS:
          NAME: db
          INTERVALS: ['@daily']
          DB_INFO: { TYPE: SQLITE, PATH: '${options.path ?? database}'${options.extra ?? ''} }
${options.docker ? `          DOCKER: { CONTAINER_NAME: ${options.docker} }\n` : ''}${
        options.ssh
          ? `          SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${sshd.port}, KEY_PATH: '${sshd.clientKey}' }\n`
          : ''
      }          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]
`,
    );
    return file;
  }

  const tmp = () => join(temp.path, 'tmp');
  const cli = (file: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
    mkdirSync(tmp(), { recursive: true });
    return runCli('run-backup', ['-c', file, ...args, 'shop', 'db'], {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), TMPDIR: tmp(), ...env },
    });
  };

  it('copies the database as <basename>, deflated; --verify runs PRAGMA integrity_check; --restore --to FILE writes an equal database, refusing to overwrite without --force', async () => {
    const file = config();
    const result = await cli(file, []);
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    const zips = readdirSync(join(temp.path, 'backups')).filter((name) => name.endsWith('.zip'));
    expect(zips).to.have.length(1);
    const zip = join(temp.path, 'backups', zips[0]!);
    expect(spawnSync('unzip', ['-v', zip], { encoding: 'utf8' }).stdout).to.match(/Defl:N .* shop\.sqlite$/m);
    const manifest = JSON.parse(readFileSync(zip.replace(/\.zip$/, '.json'), 'utf8')) as {
      kind: string;
      details: Record<string, string>;
    };
    expect(manifest.kind).to.equal('sqlite');
    expect(manifest.details.sqlite_version).to.match(/^3\.\d+\.\d+/);
    expect(readdirSync(tmp()), 'the private copy is removed').to.deep.equal([]);

    const verify = await cli(file, ['--verify']);
    expect(verify.status, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.contain('shop.sqlite: PRAGMA integrity_check says ok');

    const to = join(temp.path, 'restored', 'copy.sqlite');
    mkdirSync(join(temp.path, 'restored'));
    const restored = await cli(file, ['--restore', '--to', to]);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    expect(restored.stdout).to.match(
      /restored shop\.sqlite \(.*\) to .*copy\.sqlite on this host; PRAGMA integrity_check: ok/,
    );
    expect(fingerprint(to)).to.equal(fingerprint(database));

    sqlite(to, 'DELETE FROM customers');
    const again = await cli(file, ['--restore', '--to', to]);
    expect(again.status).to.equal(2);
    expect(again.stderr).to.match(/copy\.sqlite exists on this host; nothing was restored/);
    expect(sqlite(to, 'SELECT count(*) FROM customers')).to.equal('0');
    const forced = await cli(file, ['--restore', '--to', to, '--force']);
    expect(forced.status, forced.stdout + forced.stderr).to.equal(0);
    expect(fingerprint(to)).to.equal(fingerprint(database));
    expect(readdirSync(join(temp.path, 'restored'))).to.deep.equal(['copy.sqlite']);

    writeFileSync(`${to}-wal`, '');
    const open = await cli(file, ['--restore', '--to', to, '--force']);
    expect(open.status).to.equal(1);
    expect(open.stderr).to.match(/copy\.sqlite looks open or crashed/);

    const options = await cli(file, ['--restore', '--to-database', 'x']);
    expect(options.status).to.equal(2);
    expect(options.stderr).to.contain('shop/db is a SQLite backup: use --to FILE [--force]');
  });

  it('takes a consistent copy while a writer keeps committing to two tables', async () => {
    const live = join(temp.path, 'live.sqlite');
    spawnSync('cp', [database, live]);
    const writer = spawn('sqlite3', ['-batch', live], { stdio: ['pipe', 'ignore', 'inherit'] });
    writer.stdin.write('PRAGMA journal_mode = WAL;\nPRAGMA busy_timeout = 10000;\n');
    let writing = true;
    let transactions = 0;
    const feed = (async () => {
      while (writing) {
        const account = 1 + (transactions % 100);
        const ok = writer.stdin.write(
          `BEGIN; INSERT INTO ledger (account, payload) VALUES (${account}, randomblob(200)); UPDATE accounts SET balance = balance + 1 WHERE id = ${account}; COMMIT;\n`,
        );
        transactions++;
        if (!ok) await new Promise((resolve) => writer.stdin.once('drain', resolve));
        if (transactions % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await cli(config({ path: live }), []);
      expect(result.status, result.stdout + result.stderr).to.equal(0);
    } finally {
      writing = false;
      await feed;
      writer.stdin.end();
      await new Promise((resolve) => writer.once('close', resolve));
    }
    const to = join(temp.path, 'consistent.sqlite');
    const restored = await cli(config({ path: live }), ['--restore', '--to', to]);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    const [check, drift, rows] = [
      sqlite(to, 'PRAGMA integrity_check'),
      Number(
        sqlite(to, 'SELECT (SELECT sum(balance) FROM accounts) - 100000 - (SELECT count(*) FROM ledger)'),
      ),
      Number(sqlite(to, 'SELECT count(*) FROM ledger')),
    ];
    expect(check).to.equal('ok');
    expect(drift, 'balances and ledger from one moment').to.equal(0);
    expect(rows, 'the writer had written before the copy').to.be.greaterThan(0);
    expect(Number(sqlite(live, 'SELECT count(*) FROM ledger')), 'and went on writing').to.be.greaterThan(
      rows,
    );
  });

  for (const where of ['docker', 'ssh', 'docker over ssh'] as const) {
    it(`copies and restores ${where === 'docker' ? 'inside a container on this host' : where === 'ssh' ? 'on the SSH host' : 'inside a container on the SSH host'}`, async () => {
      rmSync(dockerLog, { force: true });
      const local = join(temp.path, 'docker.log');
      const options = {
        ...(where !== 'ssh' ? { docker: 'app-container' } : {}),
        ...(where !== 'docker' ? { ssh: true } : {}),
      };
      const file = config(options);
      const env = dockerStandinEnv(local);
      const result = await cli(file, [], env);
      expect(result.status, result.stdout + result.stderr).to.equal(0);
      const to = join(temp.path, `restored ${where}.sqlite`);
      const restored = await cli(file, ['--restore', '--to', to], env);
      expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
      expect(fingerprint(to)).to.equal(fingerprint(database));
      const calls = dockerCalls(where === 'docker' ? local : dockerLog);
      if (options.docker) {
        expect(calls.length).to.equal(2);
        for (const call of calls)
          expect(call.slice(0, 5)).to.deep.equal(['exec', '-i', 'app-container', 'sh', '-c']);
        expect(calls[0]!.at(-1)).to.equal(database);
        expect(calls[1]!.slice(-3, -1)).to.deep.equal([to, '0']);
      } else {
        expect(calls).to.deep.equal([]);
      }
    });
  }

  describe('failures: exit 1, nothing stored under a final name, the older archive untouched', () => {
    let before: Map<string, string>;

    beforeEach(async () => {
      const good = await cli(config(), []);
      expect(good.status, good.stdout + good.stderr).to.equal(0);
      before = digests();
    });

    function digests(): Map<string, string> {
      const dir = join(temp.path, 'backups');
      return new Map(
        readdirSync(dir).map((name) => [
          name,
          createHash('sha256')
            .update(readFileSync(join(dir, name)))
            .digest('hex'),
        ]),
      );
    }

    function expectNothingNew(result: { status: number | null; stdout: string; stderr: string }, status = 1) {
      expect(result.status, result.stdout + result.stderr).to.equal(status);
      expect(digests()).to.deep.equal(before);
    }

    it('a database file that does not exist (never created by the attempt)', async () => {
      const missing = join(temp.path, 'nothing-here.sqlite');
      const result = await cli(config({ path: missing }), []);
      expectNothingNew(result);
      expect(result.stdout).to.contain(`no such database file: ${missing} on this host`);
      expect(existsSync(missing)).to.equal(false);
    });

    it('a host without sqlite3: names the program, the host and the package', async () => {
      const bin = join(temp.path, 'container-bin');
      mkdirSync(bin);
      for (const program of ['sh', 'mktemp', 'rm', 'cat']) symlinkSync(`/bin/${program}`, join(bin, program));
      const result = await cli(
        config({ docker: 'bare' }),
        [],
        dockerStandinEnv(join(temp.path, 'd.log'), { DOCKER_STANDIN_PATH: bin }),
      );
      expectNothingNew(result);
      expect(result.stdout).to.contain('sqlite3 is not installed on container bare on this host');
      expect(result.stdout).to.contain('the container image needs the sqlite3 command-line program');
    });

    it('a file that is not a database', async () => {
      const bogus = join(temp.path, 'bogus.sqlite');
      writeFileSync(
        bogus,
        'this is not a database, only text that is long enough to look like a file header',
      );
      const result = await cli(config({ path: bogus }), []);
      expectNothingNew(result);
      expect(result.stdout).to.match(
        /sqlite3 on this host exited with \d+: .*(not a database|file is not a database)/,
      );
    });

    it('a run stopped (SIGTERM) while the copy is made', async () => {
      const big = join(temp.path, 'big.sqlite');
      sqlite(
        big,
        'CREATE TABLE t (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) INSERT INTO t SELECT randomblob(4000) FROM n;',
      );
      writeFileSync(join(temp.path, 'config.yaml'), readFileSync(config(), 'utf8').replace(database, big));
      const running = cli(join(temp.path, 'config.yaml'), []);
      const pid = await waitForProcess(
        (line) => line.includes('bin/run-backup') && line.includes(join(temp.path, 'config.yaml')),
      );
      await waitForProcess((line) => line.includes('VACUUM INTO') && line.includes(big));
      process.kill(pid, 'SIGTERM');
      const result = await running;
      expectNothingNew(result, 143);
    });
  });

  it('refuses server keys in DB_INFO of TYPE SQLITE, naming each key and line (exit 2)', async () => {
    const result = await cli(config({ extra: ', USERNAME: app, PORT: 5432' }), []);
    expect(result.status).to.equal(2);
    expect(result.stderr).to.match(
      /config\.yaml:\d+:\d+: .*DB_INFO\.USERNAME: USERNAME does not apply to TYPE: SQLITE/,
    );
    expect(result.stderr).to.match(/DB_INFO\.PORT: PORT does not apply to TYPE: SQLITE/);
    expect(result.stderr).to.contain('a SQLite database is a file: give its PATH only');
  });
});
