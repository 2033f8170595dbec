// run-backup over SSH against a real sshd on loopback: files through a remote tar stream, PostgreSQL with
// pg_dump on the remote host and inside a (stand-in) container there, and every way connecting can fail.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dockerCalls, standinBin } from '../helpers/docker-standin.js';
import { freePort, postgresBinDirectory, startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { requireCommand } from '../helpers/services.js';
import { sshdPath, startSshd, type SshServer } from '../helpers/sshd.js';
import { makeTempDir } from '../helpers/temp.js';
import { describeTree, makeAwkwardTree, makeWeirdNames, nameBytes } from '../helpers/trees.js';

describe('run-backup over SSH', function () {
  this.timeout(120_000);
  let sshd: SshServer;
  let shared: ReturnType<typeof makeTempDir>;
  let temp: ReturnType<typeof makeTempDir>;
  let tree: string;
  let dockerLog: string;

  before(async function () {
    requireCommand(this, 'unzip', 'Info-ZIP unzip');
    if (!existsSync(sshdPath)) {
      if (process.env.CI === 'true') throw new Error('sshd is missing; CI must install openssh-server');
      this.skip();
    }
    shared = makeTempDir();
    dockerLog = join(shared.path, 'docker.log');
    sshd = await startSshd({
      setEnv: { PATH: `${standinBin}:/usr/local/bin:/usr/bin:/bin`, DOCKER_STANDIN_LOG: dockerLog },
    });
    tree = join(shared.path, 'remote tree');
    mkdirSync(tree);
    makeAwkwardTree(tree);
  });
  after(() => {
    sshd?.stop();
    shared?.remove();
  });
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  function sshBlock(extra = '', key = sshd.clientKey, port = sshd.port): string {
    return `          SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${port}, KEY_PATH: '${key}'${extra} }\n`;
  }

  function filesConfig(paths: string, ssh = sshBlock()): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:\n  - NAME: far\n    BACKUPS:\n      - FILE_BACKUP:\n          NAME: files\n          INTERVALS: ['@daily']\n          FILE_PATH: ${paths}\n          EXCLUDE: ['*.log', 'cache/**']\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]\n${ssh}`,
    );
    return file;
  }

  const env = () => ({ OPSBACKUP_STATE_DIR: join(temp.path, 'state') });

  /** Restores the newest archive of far/files into a fresh directory with run-backup; returns it. */
  async function restoreInto(config: string): Promise<string> {
    const restored = join(temp.path, 'restored');
    const args = ['-c', config, '--restore', '--to', restored, '--allow-outside-links', 'far', 'files'];
    const restore = await runCli('run-backup', args, { env: env() });
    expect(restore.status, restore.stdout + restore.stderr).to.equal(0);
    return restored;
  }
  const run = (config: string, extraEnv: NodeJS.ProcessEnv = {}) =>
    runCli('run-backup', ['-c', config, 'far', 'files'], { env: { ...env(), ...extraEnv } });

  function onlyArchive(): string {
    const zips = readdirSync(join(temp.path, 'backups')).filter((name) => name.endsWith('.zip'));
    expect(zips).to.have.length(1);
    return join(temp.path, 'backups', zips[0]!);
  }

  it('backs up a remote tree with the same semantics as a local one, byte for byte', async () => {
    const result = await run(filesConfig(`['${tree}']`));
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).to.contain(`recorded the host key of 127.0.0.1:${sshd.port} (${sshd.fingerprint})`);
    const out = join(temp.path, 'out');
    const unzip = spawnSync('unzip', ['-q', onlyArchive(), '-d', out], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).to.equal(0);
    const expected = describeTree(tree, { mtimes: true });
    delete expected['sub/app.log'];
    delete expected['cache/inner'];
    delete expected['cache/inner/x'];
    expect(describeTree(join(out, 'remote tree'), { mtimes: true })).to.deep.equal(expected);
    const restored = await restoreInto(filesConfig(`['${tree}']`));
    expect(describeTree(join(restored, 'remote tree'), { mtimes: true })).to.deep.equal(expected);
    expect(readFileSync(join(temp.path, 'state/known_hosts'), 'utf8')).to.equal(
      `127.0.0.1:${sshd.port} ${sshd.fingerprint}\n`,
    );
  });

  it('keeps remote names that are not plain UTF-8 paths inside their top folder, and restores them', async () => {
    const weird = join(temp.path, 'weird names');
    makeWeirdNames(weird);
    const result = await run(filesConfig(`['${weird}']`));
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).to.contain('latin1-caf%E9.txt: the name is not UTF-8');
    const listing = spawnSync('unzip', ['-Z1', onlyArchive()], { encoding: 'utf8' }).stdout;
    for (const name of listing.split('\n').filter(Boolean))
      expect(name.startsWith('weird names')).to.equal(true);
    const restored = await restoreInto(filesConfig(`['${weird}']`));
    expect(nameBytes(join(restored, 'weird names'))).to.deep.equal(nameBytes(weird));
  });

  it('logs in with the keys of a running ssh-agent when there is no KEY_PATH', async () => {
    const socket = join(temp.path, 'agent.sock');
    const agent = spawnSync('ssh-agent', ['-a', socket], { encoding: 'utf8' });
    expect(agent.status, agent.stderr).to.equal(0);
    const pid = /SSH_AGENT_PID=(\d+)/.exec(agent.stdout)?.[1];
    try {
      expect(
        spawnSync('ssh-add', [sshd.clientKey], { env: { ...process.env, SSH_AUTH_SOCK: socket } }).status,
      ).to.equal(0);
      const ssh = `          SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${sshd.port} }\n`;
      const result = await run(filesConfig(`['${tree}']`, ssh), { SSH_AUTH_SOCK: socket });
      expect(result.status, result.stdout).to.equal(0);
      const without = await run(filesConfig(`['${tree}']`, ssh), { SSH_AUTH_SOCK: '' });
      expect(without.status).to.equal(1);
      expect(without.stdout).to.contain('no KEY_PATH and no ssh-agent');
    } finally {
      if (pid) process.kill(Number(pid));
    }
  });

  it('fails on a missing remote path, naming it and the host, and stores nothing', async () => {
    const optional = await run(filesConfig(`['${tree}', { PATH: /no/such/remote/path, OPTIONAL: true }]`));
    expect(optional.status, optional.stdout).to.equal(0);
    expect(optional.stdout).to.contain(
      `optional source path /no/such/remote/path does not exist on ${sshd.username}@127.0.0.1:${sshd.port}; skipped`,
    );
    rmSync(join(temp.path, 'backups'), { recursive: true });
    const result = await run(filesConfig(`['${tree}', /no/such/remote/path]`));
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain(
      `source path /no/such/remote/path does not exist on ${sshd.username}@127.0.0.1:${sshd.port}`,
    );
    expect(existsSync(join(temp.path, 'backups'))).to.equal(false);
  });

  it('refuses a host whose key changed since it was recorded', async () => {
    mkdirSync(join(temp.path, 'state'), { recursive: true });
    writeFileSync(
      join(temp.path, 'state/known_hosts'),
      `127.0.0.1:${sshd.port} SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n`,
    );
    const result = await run(filesConfig(`['${tree}']`));
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain(
      `host key mismatch for 127.0.0.1:${sshd.port}: it offered ${sshd.fingerprint}`,
    );
  });

  it('accepts a pinned HOST_KEY and refuses a wrong one', async () => {
    expect(
      (await run(filesConfig(`['${tree}']`, sshBlock(`, HOST_KEY: '${sshd.fingerprint}'`)))).status,
    ).to.equal(0);
    expect(existsSync(join(temp.path, 'state/known_hosts'))).to.equal(false);
    const wrong = await run(
      filesConfig(
        `['${tree}']`,
        sshBlock(`, HOST_KEY: 'SHA256:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB'`),
      ),
    );
    expect(wrong.status).to.equal(1);
    expect(wrong.stdout).to.contain('HOST_KEY pins SHA256:BBBB');
  });

  it('with STRICT_HOST_KEY refuses an unknown host instead of recording it', async () => {
    const result = await run(filesConfig(`['${tree}']`, sshBlock(', STRICT_HOST_KEY: true')));
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain(`unknown host key ${sshd.fingerprint}`);
    expect(existsSync(join(temp.path, 'state/known_hosts'))).to.equal(false);
  });

  it('fails on a refused key, naming the host', async () => {
    const other = join(temp.path, 'other_key');
    spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    const result = await run(filesConfig(`['${tree}']`, sshBlock('', other)));
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain(
      `cannot connect to ${sshd.username}@127.0.0.1:${sshd.port}: authentication failed`,
    );
  });

  /** A fresh client key accepted by the server: encrypted with `passphrase` when given. */
  function acceptedKey(name: string, passphrase = ''): string {
    const key = join(temp.path, name);
    const made = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-C', name, '-f', key], {
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).to.equal(0);
    appendFileSync(join(sshd.directory, 'authorized_keys'), readFileSync(`${key}.pub`));
    return key;
  }

  /** Every file under `directory`, read as text, for searching. */
  function allText(directory: string): string {
    if (!existsSync(directory)) return '';
    return readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'latin1'))
      .join('\n');
  }

  it('logs in with an encrypted key and KEY_PASSPHRASE from .env, the passphrase never printed or stored', async () => {
    const passphrase = 'correct horse 7f3a91';
    const key = acceptedKey('encrypted_key', passphrase);
    const config = filesConfig(`['${tree}']`, sshBlock(", KEY_PASSPHRASE: '${SSH_KEY_PASSPHRASE}'", key));
    writeFileSync(join(temp.path, '.env'), `SSH_KEY_PASSPHRASE="${passphrase}"\n`, { mode: 0o600 });
    const result = await run(config);
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    expect(result.stdout).not.to.contain('UNPROTECTED');
    const everything =
      result.stdout + result.stderr + allText(join(temp.path, 'logs')) + allText(join(temp.path, 'state'));
    expect(everything).not.to.contain(passphrase);
    expect(everything).not.to.contain('7f3a91');
  });

  it('names a missing or wrong KEY_PASSPHRASE for an encrypted key', async () => {
    const key = acceptedKey('encrypted_key', 'the right one');
    const missing = await run(filesConfig(`['${tree}']`, sshBlock('', key)));
    expect(missing.status).to.equal(1);
    expect(missing.stdout).to.contain(`the key file ${key} is encrypted and no KEY_PASSPHRASE is set`);
    const wrong = await run(filesConfig(`['${tree}']`, sshBlock(", KEY_PASSPHRASE: 'not it'", key)));
    expect(wrong.status).to.equal(1);
    expect(wrong.stdout).to.contain(`cannot decrypt the key file ${key}: KEY_PASSPHRASE is wrong`);
    expect(wrong.stdout).not.to.contain('not it');
  });

  it('warns about a key file other users can read, as OpenSSH does, and refuses it with STRICT_HOST_KEY', async () => {
    const key = acceptedKey('open_key');
    chmodSync(key, 0o644);
    const warned = await run(filesConfig(`['${tree}']`, sshBlock('', key)));
    expect(warned.status, warned.stdout + warned.stderr).to.equal(0);
    expect(warned.stdout).to.contain(
      `warning: UNPROTECTED PRIVATE KEY FILE: permissions 0644 for ${key} are too open; other users can access it: chmod 600 ${key}`,
    );
    const strict = await run(
      filesConfig(`['${tree}']`, sshBlock(`, HOST_KEY: '${sshd.fingerprint}', STRICT_HOST_KEY: true`, key)),
    );
    expect(strict.status).to.equal(1);
    expect(strict.stdout).to.contain('UNPROTECTED PRIVATE KEY FILE');
    expect(strict.stdout).to.contain('STRICT_HOST_KEY refuses it');
    chmodSync(key, 0o600);
    const quiet = await run(
      filesConfig(`['${tree}']`, sshBlock(`, HOST_KEY: '${sshd.fingerprint}', STRICT_HOST_KEY: true`, key)),
    );
    expect(quiet.status, quiet.stdout).to.equal(0);
    expect(quiet.stdout).not.to.contain('UNPROTECTED');
  });

  it('fails fast on a closed port', async () => {
    const started = Date.now();
    const result = await run(filesConfig(`['${tree}']`, sshBlock('', sshd.clientKey, await freePort())));
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('connection refused');
    expect(Date.now() - started).to.be.lessThan(10_000);
  });

  it('fails within 30 s on a server that accepts TCP and never speaks', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const started = Date.now();
      const result = await run(filesConfig(`['${tree}']`, sshBlock('', sshd.clientKey, port)));
      expect(result.status).to.equal(1);
      expect(result.stdout).to.contain('no SSH handshake within 20 s');
      expect(Date.now() - started).to.be.lessThan(30_000);
    } finally {
      silent.close();
    }
  });

  describe('PostgreSQL on the remote host', () => {
    let server: PostgresServer;
    before(async function () {
      if (!postgresBinDirectory()) {
        if (process.env.CI === 'true')
          throw new Error('the PostgreSQL server is missing; CI must provide it');
        this.skip();
      }
      server = await startPostgres();
      server.sql('postgres', `CREATE ROLE far LOGIN CREATEDB PASSWORD 'far-Pass''word $x'`);
      server.sql('postgres', 'CREATE DATABASE farshop OWNER far');
      server.sql(
        'farshop',
        `SET ROLE far; CREATE TABLE t (id serial PRIMARY KEY, v text); INSERT INTO t (v) SELECT md5(i::text) FROM generate_series(1, 2000) i`,
      );
    });
    after(() => server?.stop());

    function dbConfig(docker: boolean): string {
      const file = join(temp.path, 'config.yaml');
      writeFileSync(
        file,
        `PROJECTS:\n  - NAME: far\n    BACKUPS:\n      - DB_BACKUPS:\n          NAME: db\n          INTERVALS: ['@daily']\n          DB_INFO: { USERNAME: far, PASSWORD: "\${FAR_PW}", HOST: 127.0.0.1, PORT: ${server.port}, NAME: farshop }\n${docker ? '          DOCKER: { CONTAINER_NAME: remote-pg }\n' : ''}          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]\n${sshBlock()}`,
      );
      return file;
    }

    for (const docker of [false, true]) {
      it(`dumps with pg_dump ${docker ? 'inside a container on' : 'on'} the SSH host, the exit status travelling back, and restores row for row`, async () => {
        rmSync(dockerLog, { force: true });
        const result = await runCli('run-backup', ['-c', dbConfig(docker), 'far', 'db'], {
          env: { ...env(), FAR_PW: "far-Pass'word $x" },
        });
        expect(result.status, result.stdout + result.stderr).to.equal(0);
        expect(result.stdout).not.to.contain('Pass');
        // Restored by run-backup itself: pg_restore runs where pg_dump ran (SSH host, or its container).
        const database = `restored_${docker ? 'docker' : 'plain'}`;
        const restore = await runCli(
          'run-backup',
          ['-c', dbConfig(docker), '--restore', '--to-database', database, 'far', 'db'],
          { env: { ...env(), FAR_PW: "far-Pass'word $x" } },
        );
        expect(restore.status, restore.stdout + restore.stderr).to.equal(0);
        expect(restore.stdout + restore.stderr).not.to.contain('Pass');
        const digest = (db: string) =>
          server.sql(db, `SELECT count(*) || md5(string_agg(v, ',' ORDER BY id)) FROM t`);
        expect(digest(`restored_${docker ? 'docker' : 'plain'}`)).to.equal(digest('farshop'));
        const calls = dockerCalls(dockerLog);
        if (docker) {
          for (const command of ['pg_dump', 'pg_restore'])
            expect(
              calls.some(
                (call) => call[0] === 'exec' && call.includes('remote-pg') && call.includes(command),
              ),
              `${command} ran in the container`,
            ).to.equal(true);
          for (const call of calls) expect(call.join(' ')).not.to.contain('Pass');
        } else {
          expect(calls).to.deep.equal([]);
        }
      });
    }

    it("says pg_dump is missing on the remote host, with the shell's own message", async () => {
      const bin = join(temp.path, 'remote-bin');
      mkdirSync(bin);
      for (const tool of ['sh', 'tar']) symlinkSync(`/bin/${tool}`, join(bin, tool));
      const bare = await startSshd({ setEnv: { PATH: bin } });
      try {
        const file = dbConfig(false);
        writeFileSync(
          file,
          readFileSync(file, 'utf8').replace(
            `PORT: ${sshd.port}, KEY_PATH: '${sshd.clientKey}'`,
            `PORT: ${bare.port}, KEY_PATH: '${bare.clientKey}'`,
          ),
        );
        const result = await runCli('run-backup', ['-c', file, 'far', 'db'], {
          env: { ...env(), FAR_PW: 'x' },
        });
        expect(result.status).to.equal(1);
        expect(result.stdout)
          .to.contain(`pg_dump is not available on ${sshd.username}@127.0.0.1:${bare.port}`)
          .and.to.match(/pg_dump: (command )?not found/);
      } finally {
        bare.stop();
      }
    });

    it('reports a failed remote pg_dump with its own message', async () => {
      const result = await runCli('run-backup', ['-c', dbConfig(false), 'far', 'db'], {
        env: { ...env(), FAR_PW: 'wrong' },
      });
      expect(result.status).to.equal(1);
      expect(result.stdout)
        .to.contain(`on ${sshd.username}@127.0.0.1:${sshd.port} exited with 1`)
        .and.to.contain('password authentication failed');
    });
  });
});
