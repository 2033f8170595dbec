// run-backup of MYSQL against a real MariaDB server the suite starts (Debian's mariadb-server): dump,
// verify, restore into a new database and compare every table by CHECKSUM TABLE plus routines, triggers
// and events; on this host, over the loopback sshd, and through the docker stand-in on either.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.js';
import { dockerCalls, dockerStandinEnv, standinBin } from '../../helpers/docker-standin.js';
import { hasMariadbServer, startMariadb, type MariadbServer } from '../../helpers/mariadb.js';
import { sampleCommandLines, waitForProcess } from '../../helpers/proc-sampler.js';
import { requireCommand } from '../../helpers/services.js';
import { sshdPath, startSshd, type SshServer } from '../../helpers/sshd.js';
import { makeTempDir } from '../../helpers/temp.js';

const appPassword = `my-S3cret 'q' "dq" \\back $dollar #hash  `;
const secretPart = 'S3cret';

describe('run-backup: MySQL/MariaDB', function () {
  this.timeout(180_000);
  let server: MariadbServer;
  let sshd: SshServer;
  let shared: ReturnType<typeof makeTempDir>;
  let temp: ReturnType<typeof makeTempDir>;
  let dockerLog: string;

  before(async function () {
    requireCommand(this, 'mariadb-dump', 'the MariaDB client');
    if (!hasMariadbServer() || !existsSync(sshdPath)) {
      if (process.env.CI === 'true')
        throw new Error('mariadb-server or sshd is missing; CI must install them');
      this.skip();
    }
    shared = makeTempDir();
    dockerLog = join(shared.path, 'docker.log');
    [server, sshd] = await Promise.all([
      startMariadb(),
      startSshd({
        setEnv: { PATH: `${standinBin}:/usr/local/bin:/usr/bin:/bin`, DOCKER_STANDIN_LOG: dockerLog },
      }),
    ]);
    const literal = appPassword.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    server.sql(`CREATE USER app@'127.0.0.1' IDENTIFIED BY '${literal}'; GRANT ALL ON *.* TO app@'127.0.0.1'`);
    server.sql('CREATE DATABASE shop CHARACTER SET utf8mb4');
    server.sql(
      [
        'CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100), photo BLOB, born DATE) ENGINE=InnoDB',
        "INSERT INTO customers (name, photo, born) SELECT CONCAT('Zoë 中 😀 ', seq), UNHEX(MD5(seq)), DATE_ADD('2000-01-01', INTERVAL seq DAY) FROM seq_1_to_500",
        "INSERT INTO customers (name) VALUES (NULL), ('tab\\tnew\\nline'), ('quote '' and \\\\')",
        'CREATE TABLE accounts (id INT PRIMARY KEY, balance BIGINT NOT NULL) ENGINE=InnoDB',
        'INSERT INTO accounts SELECT seq, 1000 FROM seq_1_to_100',
        'CREATE TABLE ledger (id BIGINT AUTO_INCREMENT PRIMARY KEY, account INT, amount INT) ENGINE=InnoDB',
        // Large enough that a dump takes a moment: the writer and the argv sampler act meanwhile.
        'CREATE TABLE bulk (id INT PRIMARY KEY, filler VARCHAR(255)) ENGINE=InnoDB',
        'INSERT INTO bulk SELECT seq, REPEAT(MD5(seq), 6) FROM seq_1_to_40000',
        'CREATE VIEW rich AS SELECT id, balance FROM accounts WHERE balance > 1000',
        'CREATE TRIGGER ledger_count AFTER INSERT ON ledger FOR EACH ROW SET @ledger_rows = COALESCE(@ledger_rows, 0) + 1',
        'CREATE FUNCTION double_it (x INT) RETURNS INT DETERMINISTIC RETURN x * 2',
        'CREATE PROCEDURE touch_all () UPDATE accounts SET balance = balance',
        'CREATE EVENT nightly ON SCHEDULE EVERY 1 DAY DO DELETE FROM ledger WHERE amount = 0',
      ].join(';\n'),
      'shop',
    );
  });
  before(() => {
    if (!server) return;
    server.sql('CREATE DATABASE tiny CHARACTER SET utf8mb4');
    server.sql(
      [
        'CREATE TABLE customers AS SELECT * FROM shop.customers',
        'CREATE TRIGGER stamp BEFORE INSERT ON customers FOR EACH ROW SET NEW.born = COALESCE(NEW.born, CURRENT_DATE)',
        'CREATE FUNCTION triple (x INT) RETURNS INT DETERMINISTIC RETURN x * 3',
        'CREATE EVENT weekly ON SCHEDULE EVERY 1 WEEK DO DELETE FROM customers WHERE id < 0',
      ].join(';\n'),
      'tiny',
    );
  });
  after(() => {
    server?.stop();
    sshd?.stop();
    shared?.remove();
  });
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  interface Options {
    docker?: string;
    ssh?: boolean;
    database?: string;
    port?: number;
  }

  function config(options: Options = {}): string {
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
            TYPE: MYSQL
            USERNAME: app
            PASSWORD: \${DB_PASSWORD}
            HOST: 127.0.0.1
            PORT: ${options.port ?? server.port}
            NAME: ${options.database ?? 'shop'}
${options.docker ? `          DOCKER: { CONTAINER_NAME: ${options.docker} }\n` : ''}${
        options.ssh
          ? `          SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${sshd.port}, KEY_PATH: '${sshd.clientKey}' }\n`
          : ''
      }          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]
`,
    );
    return file;
  }

  const cli = (file: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
    runCli('run-backup', ['-c', file, ...args, 'shop', 'db'], {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), DB_PASSWORD: appPassword, ...env },
    });

  /** Every table's CHECKSUM TABLE, and the routines, triggers, events and views by definition. */
  function fingerprint(database: string): string[] {
    const tables = server
      .sql(
        `SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = '${database}' AND TABLE_TYPE = 'BASE TABLE' ORDER BY 1`,
      )
      .split('\n')
      .filter(Boolean);
    const checksums = tables.map((table) =>
      server.sql(`CHECKSUM TABLE \`${table}\``, database).split('\t')[1]?.trim(),
    );
    const objects = server.sql(
      [
        `SELECT CONCAT('routine ', ROUTINE_TYPE, ' ', ROUTINE_NAME, ' ', MD5(ROUTINE_DEFINITION)) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '${database}'`,
        `SELECT CONCAT('trigger ', TRIGGER_NAME, ' ', MD5(ACTION_STATEMENT)) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = '${database}'`,
        `SELECT CONCAT('event ', EVENT_NAME, ' ', MD5(EVENT_DEFINITION)) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '${database}'`,
        `SELECT CONCAT('view ', TABLE_NAME) FROM information_schema.VIEWS WHERE TABLE_SCHEMA = '${database}'`,
      ].join(' UNION ALL ') + ' ORDER BY 1',
    );
    return [
      ...tables.map((table, i) => `${table} ${checksums[i] ?? ''}`),
      ...objects.split('\n').filter(Boolean),
    ];
  }

  function archives(): string[] {
    const dir = join(temp.path, 'backups');
    return existsSync(dir) ? readdirSync(dir).sort() : [];
  }

  it('dumps <NAME>.sql deflated; --verify checks the completion comment; --restore fills a new database equal by CHECKSUM TABLE, with routines, triggers, events and views', async () => {
    const file = config();
    const result = await cli(file, []);
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    const zip = archives().find((name) => name.endsWith('.zip'));
    expect(zip).to.be.a('string');
    const listing = spawnSync('unzip', ['-v', join(temp.path, 'backups', zip!)], { encoding: 'utf8' }).stdout;
    expect(listing).to.match(/Defl:N .* shop\.sql$/m);
    const manifest = JSON.parse(
      readFileSync(join(temp.path, 'backups', zip!.replace(/\.zip$/, '.json')), 'utf8'),
    ) as {
      kind: string;
      details: Record<string, string>;
    };
    expect(manifest.kind).to.equal('mysql');
    expect(manifest.details.dump_client).to.match(/^mariadb-dump .*MariaDB/);
    expect(manifest.details.server_version).to.match(/^\d+\.\d+\.\d+-MariaDB/);

    const verify = await cli(file, ['--verify']);
    expect(verify.status, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.contain('shop.sql: the dump ends with its completion comment');

    const restored = await cli(file, ['--restore', '--to-database', 'restored_local']);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    expect(restored.stdout).to.match(/restored shop\.sql \(.*\) into the new database restored_local/);
    const original = fingerprint('shop');
    expect(original.filter((line) => /^(routine|trigger|event|view) /.test(line))).to.have.length(5);
    expect(fingerprint('restored_local')).to.deep.equal(original);

    const again = await cli(file, ['--restore', '--to-database', 'restored_local']);
    expect(again.status).to.equal(2);
    expect(again.stderr).to.match(
      /database restored_local is not empty \(\d+ tables, views, routines and events\); nothing was restored/,
    );
    server.sql('DELETE FROM customers WHERE id > 10; DROP PROCEDURE touch_all', 'restored_local');
    const clean = await cli(file, ['--restore', '--to-database', 'restored_local', '--clean']);
    expect(clean.status, clean.stdout + clean.stderr).to.equal(0);
    expect(fingerprint('restored_local')).to.deep.equal(original);

    const wrong = await cli(file, ['--restore', '--to', join(temp.path, 'x')]);
    expect([wrong.status, wrong.stderr.trim()]).to.deep.equal([
      2,
      'run-backup: shop/db is a MySQL/MariaDB backup: use --to-database NAME [--clean]',
    ]);
    const none = await cli(file, ['--restore']);
    expect(none.stderr).to.contain('--restore of a MySQL/MariaDB backup needs --to-database NAME');
  });

  it('keeps the password out of every argv during the dump and the restore (sampled from /proc), the output, the log and the manifest', async () => {
    const sampler = sampleCommandLines();
    const result = await cli(config(), []);
    const restored = await cli(config(), ['--restore', '--to-database', 'restored_sampled']);
    const { samples, lines } = await sampler.stop();
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    const dumps = [...lines].filter(
      (line) => line.includes('mariadb-dump') && line.includes(`--port=${server.port}`),
    );
    expect(dumps.length, `${samples} samples saw the dump running`).to.be.greaterThan(0);
    expect(dumps.some((line) => line.includes('--defaults-file=/dev/fd/3'))).to.equal(true);
    for (const line of lines) expect(line).not.to.contain(secretPart);
    const logs = join(temp.path, 'logs');
    expect(existsSync(logs), 'the run wrote its log').to.equal(true);
    const texts = [
      result.stdout,
      result.stderr,
      restored.stdout,
      restored.stderr,
      ...archives()
        .filter((name) => name.endsWith('.json'))
        .map((name) => readFileSync(join(temp.path, 'backups', name), 'utf8')),
      ...(existsSync(logs)
        ? readdirSync(logs, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
        : []),
    ];
    for (const text of texts) expect(text).not.to.contain(secretPart);
  });

  for (const where of ['docker', 'ssh', 'docker over ssh'] as const) {
    it(`dumps and restores ${where === 'docker' ? 'inside a container on this host' : where === 'ssh' ? 'on the SSH host' : 'inside a container on the SSH host'}, the password in no argv`, async () => {
      rmSync(dockerLog, { force: true });
      const local = join(temp.path, 'docker.log');
      const options: Options = {
        ...(where !== 'ssh' ? { docker: 'db-container' } : {}),
        ...(where !== 'docker' ? { ssh: true } : {}),
      };
      // A small database: these tests are about the path (SSH, docker), not the data's size.
      const file = config({ ...options, database: 'tiny' });
      const env = dockerStandinEnv(local);
      const sampler = sampleCommandLines();
      const result = await cli(file, [], env);
      expect(result.status, result.stdout + result.stderr).to.equal(0);
      const database = `restored_${where.replace(/ /g, '_')}`;
      const restored = await cli(file, ['--restore', '--to-database', database], env);
      const { lines } = await sampler.stop();
      for (const line of lines) expect(line).not.to.contain(secretPart);
      expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
      expect(fingerprint(database)).to.deep.equal(fingerprint('tiny'));
      const calls = dockerCalls(where === 'docker' ? local : dockerLog);
      if (options.docker) {
        for (const program of ['mariadb-dump', 'mariadb'])
          expect(
            calls.some(
              (call) =>
                call.slice(0, 3).join(' ') === 'exec -i db-container' &&
                call.includes(program) &&
                call.includes('--defaults-file=/dev/fd/3'),
            ),
            `${program} ran in the container`,
          ).to.equal(true);
        for (const call of calls) expect(call.join(' ')).not.to.contain(secretPart);
      } else {
        expect(calls).to.deep.equal([]);
      }
      expect(result.stdout + restored.stdout + restored.stderr).not.to.contain(secretPart);
    });
  }

  it('uses PASSWORD alone: a ~/.my.cnf with another password and skip-comments changes nothing', async () => {
    const home = join(temp.path, 'home');
    mkdirSync(home);
    writeFileSync(
      join(home, '.my.cnf'),
      '[client]\npassword=from-home\nuser=someone-else\n[mysqldump]\nskip-comments\nno-data\n[mariadb-dump]\nskip-comments\n',
    );
    const file = config();
    const result = await cli(file, [], { HOME: home });
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    const restored = await cli(file, ['--restore', '--to-database', 'restored_home'], { HOME: home });
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    expect(fingerprint('restored_home')).to.deep.equal(fingerprint('shop'));
  });

  it('a restore that fails drops the database it created; a wrong password creates nothing', async () => {
    const file = config();
    expect((await cli(file, [])).status).to.equal(0);
    // Allowed to create databases and tables, not views, routines, triggers or events: fails midway.
    server.sql(
      "CREATE USER weak@'127.0.0.1' IDENTIFIED BY 'weak-pass'; GRANT CREATE, DROP, SELECT, INSERT, ALTER, INDEX, LOCK TABLES ON *.* TO weak@'127.0.0.1'",
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('USERNAME: app', 'USERNAME: weak'));
    const failed = await cli(file, ['--restore', '--to-database', 'weak_target'], {
      DB_PASSWORD: 'weak-pass',
    });
    expect(failed.status, failed.stdout + failed.stderr).to.equal(1);
    expect(failed.stderr).to.match(
      /mariadb on this host failed: [^]*; the new database weak_target was dropped again/,
    );
    const exists = (name: string) =>
      server.sql(`SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '${name}'`).trim();
    expect(exists('weak_target')).to.equal('0');
    const denied = await cli(file, ['--restore', '--to-database', 'denied_target'], {
      DB_PASSWORD: 'not-it',
    });
    expect(denied.status).to.equal(1);
    expect(denied.stderr).to.match(/Access denied for user 'weak'/);
    expect(exists('denied_target')).to.equal('0');
  });

  it('an archive made under another TYPE is refused by --verify and --restore, in words', async () => {
    const file = config();
    expect((await cli(file, [])).status).to.equal(0);
    writeFileSync(file, readFileSync(file, 'utf8').replace('TYPE: MYSQL', 'TYPE: POSTGRES'));
    const verify = await cli(file, ['--verify']);
    expect(verify.status).to.equal(1);
    expect(verify.stdout).to.contain(
      'the archive holds a mysql backup, but shop/db is now postgres in the config',
    );
    const restore = await cli(file, ['--restore', '--to-database', 'never_made']);
    expect(restore.status).to.equal(1);
    expect(restore.stderr).to.contain('nothing was restored');
  });

  it('takes one consistent snapshot while a writer keeps committing to two tables', async () => {
    server.sql(
      'CREATE TABLE IF NOT EXISTS accounts_start AS SELECT SUM(balance) AS total FROM accounts',
      'shop',
    );
    const writer = spawn('mariadb', ['--no-defaults', `--socket=${server.socket}`, '-uroot', 'shop'], {
      stdio: ['pipe', 'ignore', 'inherit'],
    });
    let writing = true;
    let transactions = 0;
    const feed = (async () => {
      while (writing) {
        const account = 1 + (transactions % 100);
        const ok = writer.stdin.write(
          `START TRANSACTION; INSERT INTO ledger (account, amount) VALUES (${account}, 1); UPDATE accounts SET balance = balance + 1 WHERE id = ${account}; COMMIT;\n`,
        );
        transactions++;
        if (!ok) await new Promise((resolve) => writer.stdin.once('drain', resolve));
        if (transactions % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await cli(config(), []);
      expect(result.status, result.stdout + result.stderr).to.equal(0);
    } finally {
      writing = false;
      await feed;
      writer.stdin.end();
      await new Promise((resolve) => writer.once('close', resolve));
    }
    const restored = await cli(config(), ['--restore', '--to-database', 'restored_consistent']);
    expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
    const invariant = (database: string) =>
      server
        .sql(
          'SELECT (SELECT SUM(balance) FROM accounts) - (SELECT total FROM accounts_start) - (SELECT COUNT(*) FROM ledger), (SELECT COUNT(*) FROM ledger)',
          database,
        )
        .trim()
        .split('\t')
        .map(Number);
    const [drift, rows] = invariant('restored_consistent');
    const [, liveRows] = invariant('shop');
    expect(drift, 'balances and ledger from one moment').to.equal(0);
    expect(rows, 'the writer had written before the dump').to.be.greaterThan(0);
    expect(liveRows, 'and went on writing while it ran').to.be.greaterThan(rows!);
  });

  describe('failures: exit 1, nothing stored under a final name, the older archive untouched', () => {
    let file: string;
    let before: Map<string, string>;

    beforeEach(async () => {
      file = config();
      const good = await cli(file, []);
      expect(good.status, good.stdout + good.stderr).to.equal(0);
      before = digests();
    });

    function digests(): Map<string, string> {
      return new Map(
        archives().map((name) => [
          name,
          createHash('sha256')
            .update(readFileSync(join(temp.path, 'backups', name)))
            .digest('hex'),
        ]),
      );
    }

    function expectNothingNew(result: { status: number | null; stdout: string; stderr: string }): void {
      expect(result.status, result.stdout + result.stderr).to.equal(1);
      expect(digests()).to.deep.equal(before);
      expect(result.stdout + result.stderr).not.to.contain(secretPart);
    }

    it('a wrong password', async () => {
      const result = await cli(file, [], { DB_PASSWORD: 'wrong-password-xyz' });
      expectNothingNew(result);
      expect(result.stdout).to.match(
        /mariadb-dump on this host exited with 2: .*Access denied for user 'app'/,
      );
      expect(result.stdout).not.to.contain('wrong-password-xyz');
    });

    it('a server that is down, and a database that does not exist', async () => {
      const down = await cli(config({ port: 1 }), []);
      expectNothingNew(down);
      expect(down.stdout).to.match(/Can't connect to (MySQL |MariaDB )?server/);
      const missing = await cli(config({ database: 'nosuchdb' }), []);
      expectNothingNew(missing);
      expect(missing.stdout).to.contain("Unknown database 'nosuchdb'");
    });

    it('a dump killed midway', async () => {
      const running = cli(file, []);
      const pid = await waitForProcess(
        (line) => line.startsWith('mariadb-dump') && line.includes(`--port=${server.port}`),
      );
      process.kill(pid, 'SIGKILL');
      const result = await running;
      expectNothingNew(result);
      expect(result.stdout).to.match(/mariadb-dump on this host exited with 137/);
    });

    it('a dump that exits 0 without its completion comment', async () => {
      const bin = join(temp.path, 'fake-bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'mariadb-dump'),
        '#!/bin/sh\n[ "$1" = --version ] && { echo "mariadb-dump  Ver 10.19 Distrib 10.11.19-MariaDB"; exit 0; }\ncat >/dev/null\nprintf -- "-- MariaDB dump 10.19\\nCREATE TABLE t (id int);\\n"\n',
        { mode: 0o755 },
      );
      const result = await cli(file, [], { PATH: `${bin}:${process.env.PATH ?? ''}` });
      expectNothingNew(result);
      expect(result.stdout).to.contain(
        'the dump does not end with "-- Dump completed": it is cut short, and was not stored',
      );
    });

    it('a host without the client: names the programs, the host and the package', async () => {
      const bin = join(temp.path, 'container-bin');
      mkdirSync(bin);
      symlinkSync('/bin/sh', join(bin, 'sh'));
      const result = await cli(
        config({ docker: 'bare' }),
        [],
        dockerStandinEnv(join(temp.path, 'd.log'), { DOCKER_STANDIN_PATH: bin }),
      );
      expectNothingNew(result);
      expect(result.stdout).to.contain(
        'neither mariadb-dump nor mysqldump is installed on container bare on this host',
      );
      expect(result.stdout).to.contain('its image has the MariaDB or MySQL client');
    });
  });
});
