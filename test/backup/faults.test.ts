// Faults during a run: hung commands, signals, full and read-only targets, missing or mismatched
// pg_dump, unreadable files. Each ends in a clear message, exit 1 (or 130/143), no partial file under a
// final name, an empty work directory, a released lock and older backups intact.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { binDir, runCli } from '../helpers/cli.js';
import { dockerStandinEnv } from '../helpers/docker-standin.js';
import { isRoot } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';

describe('run-backup under faults', function () {
  this.timeout(90_000);
  let temp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  const marker = `opsbackup-hang-${process.pid}`;

  beforeEach(() => {
    temp = makeTempDir();
    chmodSync(temp.path, 0o755);
    mkdirSync(join(temp.path, 'work'));
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
  });
  afterEach(() => {
    spawnSync('pkill', ['-f', marker]);
    spawnSync('sh', ['-c', `grep -q ' ${temp.path}/' /proc/mounts && umount ${temp.path}/*`]);
    temp.remove();
  });

  /** A container whose pg_dump answers --version and then does `behaviour` (hang, fail). */
  function fakeContainer(behaviour: string): NodeJS.ProcessEnv {
    const bin = join(temp.path, 'container-bin');
    mkdirSync(bin, { recursive: true });
    if (!existsSync(join(bin, 'sh'))) symlinkSync('/bin/sh', join(bin, 'sh'));
    // A copy of sleep named after the marker, so pgrep -f finds a hung "pg_dump" by its command line.
    if (!existsSync(join(bin, marker))) copyFileSync('/bin/sleep', join(bin, marker));
    writeFileSync(
      join(bin, 'pg_dump'),
      `#!/bin/sh\n[ "$1" = --version ] && { echo 'pg_dump (PostgreSQL) 13.9'; exit 0; }\n${behaviour}\n`,
    );
    chmodSync(join(bin, 'pg_dump'), 0o755);
    return dockerStandinEnv(join(temp.path, 'docker.log'), { DOCKER_STANDIN_PATH: bin });
  }

  function dbConfig(extra = ''): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `WORK_DIRECTORY: work\n${extra}PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - DB_BACKUPS:\n          NAME: db\n          INTERVALS: ['@daily']\n          DB_INFO: { USERNAME: u, PASSWORD: pw-secret, NAME: app }\n          DOCKER: { CONTAINER_NAME: c }\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]\n`,
    );
    return file;
  }

  function filesConfig(target: string, source = 'data'): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `WORK_DIRECTORY: work\nPROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP:\n          NAME: files\n          INTERVALS: ['@daily']\n          FILE_PATH: [${source}]\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: '${target}' }]\n`,
    );
    return file;
  }

  function hangingProcesses(): number {
    return spawnSync('pgrep', ['-f', marker]).stdout.toString().trim().split('\n').filter(Boolean).length;
  }

  it('stops a pg_dump that makes no progress after INACTIVITY_SECONDS, killing it', async () => {
    const config = dbConfig('TIMEOUTS: { INACTIVITY_SECONDS: 5 }\n');
    const started = Date.now();
    const watcher = setInterval(() => (sawHung ||= hangingProcesses() > 0), 200);
    let sawHung = false;
    const result = await runCli('run-backup', ['-c', config, 'p', 'db'], {
      env: { ...env, ...fakeContainer(`exec ${join(temp.path, 'container-bin', marker)} 300`) },
    });
    expect(result.status, result.stdout).to.equal(1);
    expect(result.stdout).to.contain('stopped: no progress for 5 s (TIMEOUTS.INACTIVITY_SECONDS)');
    clearInterval(watcher);
    expect(sawHung, 'the fake pg_dump never started').to.equal(true);
    expect(Date.now() - started).to.be.within(4_000, 20_000);
    expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
    expect(existsSync(join(temp.path, 'backups'))).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hangingProcesses(), 'the hung pg_dump survived').to.equal(0);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} kills its commands, removes the work directory, releases the lock and exits ${signal === 'SIGTERM' ? 143 : 130}`, async () => {
      const config = dbConfig();
      const child = spawn(join(binDir, 'run-backup'), ['-c', config, 'p', 'db'], {
        env: {
          ...process.env,
          ...env,
          ...fakeContainer(`exec ${join(temp.path, 'container-bin', marker)} 300`),
        },
      });
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const deadline = Date.now() + 15_000;
      while (hangingProcesses() === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(readdirSync(join(temp.path, 'work'))).to.have.length(1);
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code, stdout).to.equal(signal === 'SIGTERM' ? 143 : 130);
      expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(hangingProcesses(), 'the pg_dump survived').to.equal(0);
      const again = await runCli('run-backup', ['-c', config, 'p', 'db'], {
        env: { ...env, ...fakeContainer('echo broken >&2; exit 1') },
      });
      expect(again.status, 'the lock was not released').to.equal(1);
    });
  }

  it('after kill -9 mid-run: its commands die with it, and the next run takes the lock and removes the leftovers', async () => {
    const config = dbConfig();
    mkdirSync(join(temp.path, 'backups'));
    writeFileSync(join(temp.path, 'backups/p_db_20200101T000000Z.zip'), 'an older good backup');
    const child = spawn(join(binDir, 'run-backup'), ['-c', config, 'p', 'db'], {
      env: {
        ...process.env,
        ...env,
        // Some bytes of "dump" first, so the work directory holds a partial zip when the kill comes.
        ...fakeContainer(`head -c 200000 /dev/urandom; exec ${join(temp.path, 'container-bin', marker)} 300`),
      },
    });
    const deadline = Date.now() + 15_000;
    while (hangingProcesses() === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hangingProcesses(), 'the fake pg_dump never started').to.equal(1);
    const [leftover] = readdirSync(join(temp.path, 'work'));
    expect(leftover).to.match(/^opsbackup-/);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const gone = Date.now() + 5_000;
    while (hangingProcesses() > 0 && Date.now() < gone)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hangingProcesses(), 'the hung pg_dump outlived run-backup').to.equal(0);
    expect(readdirSync(join(temp.path, 'work')), 'kill -9 leaves its work directory').to.deep.equal([
      leftover,
    ]);

    const next = await runCli('run-backup', ['-c', config, 'p', 'db'], {
      env: { ...env, ...fakeContainer('echo "some dump"') },
    });
    expect(next.status, next.stdout + next.stderr).to.equal(0);
    expect(next.stdout).to.contain(`removed ${join(temp.path, 'work', leftover!)}, left by a run that died`);
    expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
    const archives = readdirSync(join(temp.path, 'backups')).filter((name) => name.endsWith('.zip'));
    expect(archives).to.have.length(2);
    expect(archives).to.include('p_db_20200101T000000Z.zip');
  });

  it("removes a LOCAL target's partial copy left by a dead run on this host, and nobody else's", async () => {
    mkdirSync(join(temp.path, 'data'));
    writeFileSync(join(temp.path, 'data/a'), 'a');
    mkdirSync(join(temp.path, 'backups'));
    const host = hostname().replace(/[^A-Za-z0-9]/g, '');
    const dead = `.partial-${host}-999999-p_files_20200101T000000Z.zip`;
    const alive = `.partial-${host}-${process.pid}-p_files_20200101T000000Z.zip`;
    const otherHost = `.partial-otherhost-999999-p_files_20200101T000000Z.zip`;
    for (const name of [dead, alive, otherHost]) writeFileSync(join(temp.path, 'backups', name), 'half');
    const result = await runCli('run-backup', ['-c', filesConfig('backups'), 'p', 'files'], { env });
    expect(result.status, result.stdout).to.equal(0);
    const names = readdirSync(join(temp.path, 'backups'));
    expect(names).to.not.include(dead);
    expect(names).to.include.members([alive, otherHost]);
  });

  it('explains a pg_dump older than the server in plain words, pointing to DOCKER', async () => {
    const config = dbConfig();
    const result = await runCli('run-backup', ['-c', config, 'p', 'db'], {
      env: {
        ...env,
        ...fakeContainer(
          `echo 'pg_dump: error: aborting because of server version mismatch' >&2\necho 'pg_dump: detail: server version: 16.2; pg_dump version: 13.9' >&2\nexit 1`,
        ),
      },
    });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('is older than the PostgreSQL server and cannot dump it');
    expect(result.stdout + result.stderr).to.contain('DOCKER');
    expect(result.stdout).not.to.contain('pw-secret');
  });

  it('says so when pg_dump is missing on this host', async () => {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - DB_BACKUPS: { NAME: db, INTERVALS: ['@daily'], DB_INFO: { USERNAME: u, NAME: app }, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }] }\n`,
    );
    const emptyBin = join(temp.path, 'empty-bin');
    mkdirSync(emptyBin);
    symlinkSync(process.execPath, join(emptyBin, 'node'));
    const result = await runCli('run-backup', ['-c', file, 'p', 'db'], { env: { ...env, PATH: emptyBin } });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('pg_dump is not available on this host: cannot run pg_dump: not found');
  });

  describe('targets on small file systems (tmpfs)', function () {
    before(function () {
      if (!isRoot()) this.skip();
    });

    function mountTmpfs(dir: string, options: string): void {
      mkdirSync(dir, { recursive: true });
      const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`mount failed: ${result.stderr}`);
    }

    it('fails on a full target without a partial file, keeping the older backup', async () => {
      const target = join(temp.path, 'small');
      mountTmpfs(target, 'size=512k');
      writeFileSync(join(target, 'p_files_20200101T000000Z.zip'), 'older good backup');
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(
        join(temp.path, 'data/big.bin'),
        spawnSync('head', ['-c', '2000000', '/dev/urandom']).stdout,
      );
      const result = await runCli('run-backup', ['-c', filesConfig(target), 'p', 'files'], { env });
      expect(result.status).to.equal(1);
      expect(result.stdout).to.contain(`LOCAL ${target}: cannot write: the disk is full`);
      expect(readdirSync(target)).to.deep.equal(['p_files_20200101T000000Z.zip']);
      expect(readFileSync(join(target, 'p_files_20200101T000000Z.zip'), 'utf8')).to.equal(
        'older good backup',
      );
      expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
    });

    it('fails on a read-only target', async () => {
      const target = join(temp.path, 'ro');
      mountTmpfs(target, 'ro,size=1m');
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(join(temp.path, 'data/f'), 'x');
      const result = await runCli('run-backup', ['-c', filesConfig(target), 'p', 'files'], { env });
      expect(result.status).to.equal(1);
      expect(result.stdout).to.contain(`LOCAL ${target}: cannot write: read-only file system`);
    });

    it('fails cleanly when the work directory is full', async () => {
      mountTmpfs(join(temp.path, 'work'), 'size=256k');
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(
        join(temp.path, 'data/big.bin'),
        spawnSync('head', ['-c', '1000000', '/dev/urandom']).stdout,
      );
      const result = await runCli(
        'run-backup',
        ['-c', filesConfig(join(temp.path, 'backups')), 'p', 'files'],
        { env },
      );
      expect(result.status).to.equal(1);
      expect(result.stdout).to.match(/ENOSPC|disk is full/);
      expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
      expect(existsSync(join(temp.path, 'backups'))).to.equal(false);
    });
  });

  it('names an unreadable file (root without the capabilities that bypass file permissions)', function () {
    if (!isRoot()) this.skip();
    mkdirSync(join(temp.path, 'data'));
    writeFileSync(join(temp.path, 'data/readable'), 'ok');
    writeFileSync(join(temp.path, 'data/secret'), 'no');
    chmodSync(join(temp.path, 'data/secret'), 0o000);
    const config = filesConfig(join(temp.path, 'backups'));
    // Dropping CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH makes root obey permissions, while the checkout
    // (wherever CI cloned it, whatever its modes) stays readable: a uid switch would need both.
    const result = spawnSync(
      'setpriv',
      [
        '--bounding-set=-dac_override,-dac_read_search',
        join(binDir, 'run-backup'),
        '-c',
        config,
        'p',
        'files',
      ],
      { encoding: 'utf8', env: { ...process.env, ...env } },
    );
    expect(result.status, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout).to.contain('cannot read data/secret: EACCES');
  });
});
