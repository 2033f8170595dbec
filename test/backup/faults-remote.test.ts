// Faults on the far side of a backup: an SSH link cut in the middle of a transfer, sshd killed while a
// transfer stalls, a PostgreSQL server stopped in the middle of a dump. Each run must fail with a message
// a person understands, store nothing under a final name, leave the work directory empty, release its
// lock (the next run works), keep the older backup and send the failure notification.
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { HttpReceiver } from '../helpers/http-receiver.js';
import { postgresBinDirectory, startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { sshdPath, startSshd, type SshServer } from '../helpers/sshd.js';
import { CuttingProxy } from '../helpers/tcp-proxy.js';
import { makeTempDir } from '../helpers/temp.js';

describe('run-backup under remote faults', function () {
  this.timeout(120_000);
  let temp: ReturnType<typeof makeTempDir>;
  let receiver: HttpReceiver;
  let proxy: CuttingProxy | undefined;
  const older = 'p_b_20200101T000000Z.zip';

  beforeEach(async () => {
    temp = makeTempDir();
    mkdirSync(join(temp.path, 'work'));
    mkdirSync(join(temp.path, 'backups'));
    writeFileSync(join(temp.path, 'backups', older), 'an older good backup');
    receiver = new HttpReceiver();
    await receiver.start();
  });
  afterEach(async () => {
    await proxy?.stop();
    proxy = undefined;
    await receiver.stop();
    temp.remove();
  });

  const env = () => ({ OPSBACKUP_STATE_DIR: join(temp.path, 'state') });

  function config(backup: string): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `WORK_DIRECTORY: work\nNOTIFY: { WEBHOOK: { URL: '${receiver.url('/hook')}' } }\nPROJECTS:\n  - NAME: p\n    BACKUPS:\n${backup}`,
    );
    return file;
  }

  function expectCleanFailure(result: CliResult, message: RegExp): void {
    expect(result.status, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout, result.stdout).to.match(message);
    expect(result.stdout + result.stderr).to.not.match(/internal error|\n\s+at /);
    expect(readdirSync(join(temp.path, 'backups')), 'a partial file or the older backup').to.deep.equal([
      older,
    ]);
    expect(readdirSync(join(temp.path, 'work')), 'the work directory').to.deep.equal([]);
    const hooks = receiver.requests.map(
      (request) => JSON.parse(request.body) as { result: string; error: string },
    );
    expect(
      hooks.map((hook) => hook.result),
      'the failure notification',
    ).to.deep.equal(['failed']);
  }

  describe('over SSH', () => {
    let sshd: SshServer;
    let tree: string;
    before(function () {
      if (!existsSync(sshdPath)) {
        if (process.env.CI === 'true') throw new Error('sshd is missing; CI must install openssh-server');
        this.skip();
      }
    });
    beforeEach(async () => {
      sshd = await startSshd();
      tree = join(temp.path, 'tree');
      mkdirSync(tree);
      writeFileSync(join(tree, 'big.bin'), randomBytes(8 * 1024 * 1024));
      proxy = new CuttingProxy(sshd.port);
    });
    afterEach(() => sshd.stop());

    async function filesConfig(): Promise<string> {
      const port = await proxy!.start();
      return config(
        `      - FILE_BACKUP:\n          NAME: b\n          INTERVALS: ['@daily']\n          FILE_PATH: ['${tree}']\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]\n          SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${port}, KEY_PATH: '${sshd.clientKey}' }\n`,
      );
    }

    it('the connection cut in the middle of a transfer', async () => {
      const file = await filesConfig();
      proxy!.cutAfter = 2 * 1024 * 1024;
      const result = await runCli('run-backup', ['-c', file, 'p', 'b'], { env: env() });
      expect(proxy!.cut, 'the proxy never cut').to.equal(true);
      expectCleanFailure(
        result,
        /reading .*big\.bin from root@127\.0\.0\.1:\d+ broke off .*connection .*closed/i,
      );
      proxy!.cutAfter = undefined;
      const again = await runCli('run-backup', ['-c', file, 'p', 'b'], { env: env() });
      expect(again.status, again.stdout).to.equal(0);
    });

    it('sshd killed while the transfer stalls', async () => {
      const file = await filesConfig();
      proxy!.holdAfter = 1024 * 1024;
      const running = runCli('run-backup', ['-c', file, 'p', 'b'], { env: env() });
      const deadline = Date.now() + 20_000;
      while (!proxy!.holding && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(proxy!.holding, 'the transfer never started').to.equal(true);
      sshd.kill();
      const started = Date.now();
      const result = await running;
      expect(Date.now() - started, 'noticed within seconds').to.be.below(15_000);
      expectCleanFailure(result, /broke off .*connection .*closed|connection .*closed/i);
    });
  });

  describe('PostgreSQL', () => {
    let server: PostgresServer;
    before(function () {
      if (!postgresBinDirectory()) {
        if (process.env.CI === 'true')
          throw new Error('the PostgreSQL server is missing; CI must provide it');
        this.skip();
      }
    });
    beforeEach(async () => {
      server = await startPostgres();
      server.sql('postgres', `CREATE ROLE app LOGIN PASSWORD 'app-pw'`);
      server.sql('postgres', 'CREATE DATABASE big OWNER app');
      server.sql(
        'big',
        'SET ROLE app; CREATE TABLE t AS SELECT i, md5(i::text) AS v FROM generate_series(1, 300000) i',
      );
      proxy = new CuttingProxy(server.port);
    });
    afterEach(() => server.stop());

    it('the server stopped in the middle of a dump', async () => {
      const port = await proxy!.start();
      const file = config(
        `      - DB_BACKUPS:\n          NAME: b\n          INTERVALS: ['@daily']\n          DB_INFO: { USERNAME: app, PASSWORD: app-pw, HOST: 127.0.0.1, PORT: ${port}, NAME: big }\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]\n`,
      );
      // Let pg_dump's version checks and the start of the data through, then stall and stop the server.
      proxy!.holdAfter = 2 * 1024 * 1024;
      const running = runCli('run-backup', ['-c', file, 'p', 'b'], { env: env() });
      const deadline = Date.now() + 30_000;
      while (!proxy!.holding && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(proxy!.holding, 'the dump never started').to.equal(true);
      server.stop();
      const result = await running;
      expectCleanFailure(
        result,
        /pg_dump on this host exited with 1: [\s\S]*server closed the connection unexpectedly/,
      );
    });
  });
});
