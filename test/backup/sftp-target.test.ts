// run-backup with an SFTP target on a loopback sshd, end to end: store (VERIFY on), --verify, --restore,
// --check-targets and RETENTION through the storage seam, with an encrypted key whose passphrase never
// appears in any output.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { requireCommand } from '../helpers/services.js';
import { sshdPath, startSshd, type SshServer } from '../helpers/sshd.js';
import { makeTempDir } from '../helpers/temp.js';
import { describeTree } from '../helpers/trees.js';

const passphrase = 'sftp-target-passphrase-8d1f';

describe('run-backup: SFTP target', function () {
  this.timeout(120_000);
  let sshd: SshServer;
  let shared: ReturnType<typeof makeTempDir>;
  let temp: ReturnType<typeof makeTempDir>;
  let key: string;
  let remote: string;

  before(async function () {
    requireCommand(this, 'unzip', 'Info-ZIP unzip');
    if (!existsSync(sshdPath)) {
      if (process.env.CI === 'true') throw new Error('sshd is missing; CI must install openssh-server');
      console.warn('      skipped: sshd is missing (openssh-server)');
      this.skip();
    }
    sshd = await startSshd();
    shared = makeTempDir();
    key = join(shared.path, 'encrypted_key');
    const keygen = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', passphrase, '-f', key], {
      encoding: 'utf8',
    });
    expect(keygen.status, keygen.stderr).to.equal(0);
    appendFileSync(join(sshd.directory, 'authorized_keys'), readFileSync(`${key}.pub`));
  });
  after(() => {
    sshd?.stop();
    shared?.remove();
  });
  beforeEach(() => {
    temp = makeTempDir();
    remote = join(temp.path, 'remote backups');
    mkdirSync(join(temp.path, 'data/sub'), { recursive: true });
    writeFileSync(join(temp.path, 'data/a.txt'), 'alpha\n');
    writeFileSync(join(temp.path, 'data/sub/b.bin'), Buffer.from([0, 1, 2, 255]));
  });
  afterEach(() => temp.remove());

  const env = () => ({ OPSBACKUP_STATE_DIR: join(temp.path, 'state'), SFTP_KEY_PASSPHRASE: passphrase });

  function config(extra = '', ssh = ''): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:
  - NAME: demo
    BACKUPS:
      - FILE_BACKUP:
          NAME: files
          INTERVALS: ['@daily']
          FILE_PATH: [data]
          VERIFY: true
          UPLOAD_TO:
            - STORAGE_NAME: SFTP
              PATH: '${remote}'
              SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${sshd.port}, KEY_PATH: '${key}', KEY_PASSPHRASE: '\${SFTP_KEY_PASSPHRASE}'${ssh} }
${extra}`,
    );
    return file;
  }

  const run = (args: string[], file = config()) =>
    runCli('run-backup', ['-c', file, ...args], { env: env() });

  function expectNoSecret(...outputs: string[]): void {
    for (const output of outputs) expect(output).to.not.contain(passphrase);
  }

  it('stores, verifies on each run, verifies again and restores what it stored', async () => {
    const backup = await run(['--json', 'demo', 'files']);
    expect(backup.status, backup.stdout + backup.stderr).to.equal(0);
    const outcome = JSON.parse(backup.stdout) as { archive: string; targets: { status: string }[] };
    expect(outcome.targets.map((target) => target.status)).to.deep.equal(['ok']);
    const description = `SFTP ${sshd.username}@127.0.0.1:${sshd.port} ${remote}`;
    expect(backup.stderr).to.contain(`stored on ${description}: ${outcome.archive}`);
    expect(backup.stderr).to.contain(`verify on ${description}`);
    expect(readdirSync(remote).sort()).to.deep.equal(
      [outcome.archive, outcome.archive.replace(/\.zip$/, '.json')].sort(),
    );
    expect(readFileSync(join(temp.path, 'state/known_hosts'), 'utf8')).to.equal(
      `127.0.0.1:${sshd.port} ${sshd.fingerprint}\n`,
    );

    const verify = await run(['--verify', 'demo', 'files']);
    expect(verify.status, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.contain(`ok     ${description}: ${outcome.archive}`);

    const restored = join(temp.path, 'restored');
    const restore = await run(['--restore', '--to', restored, 'demo', 'files']);
    expect(restore.status, restore.stdout + restore.stderr).to.equal(0);
    expect(describeTree(join(restored, 'data'), { mtimes: true })).to.deep.equal(
      describeTree(join(temp.path, 'data'), { mtimes: true }),
    );
    expectNoSecret(
      backup.stdout,
      backup.stderr,
      verify.stdout,
      verify.stderr,
      restore.stdout,
      restore.stderr,
    );
    const logs = readdirSync(join(temp.path, 'logs'), { recursive: true, withFileTypes: true });
    expect(logs.filter((entry) => entry.isFile())).to.not.have.length(0);
    for (const log of logs.filter((entry) => entry.isFile()))
      expectNoSecret(readFileSync(join(log.parentPath, log.name), 'utf8'));
  });

  it('applies RETENTION: KEEP_LAST removes older archives and their manifests, never foreign files', async () => {
    mkdirSync(remote);
    const old = ['20260101T020000Z', '20260102T020000Z', '20260103T020000Z'];
    for (const stamp of old) {
      writeFileSync(join(remote, `demo_files_${stamp}.zip`), 'old');
      writeFileSync(join(remote, `demo_files_${stamp}.json`), '{}');
    }
    const foreign = ['demo_files_notes.zip', 'demo_files-2_20260101T020000Z.zip', 'README.txt', '.keep'];
    for (const name of foreign) writeFileSync(join(remote, name), 'foreign');
    const result = await run(['--json', 'demo', 'files'], config('          RETENTION: { KEEP_LAST: 2 }\n'));
    expect(result.status, result.stdout + result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as { archive: string; targets: { pruned: string[] }[] };
    expect(outcome.targets[0]!.pruned).to.have.length(2);
    expect(readdirSync(remote).sort()).to.deep.equal(
      [
        ...foreign,
        'demo_files_20260103T020000Z.zip',
        'demo_files_20260103T020000Z.json',
        outcome.archive,
        outcome.archive.replace(/\.zip$/, '.json'),
      ].sort(),
    );
  });

  it('checks the target with --check-targets, and names the target and the cause when it is refused', async () => {
    const check = await run(['--check-targets', 'demo', 'files']);
    expect(check.status, check.stdout + check.stderr).to.equal(0);
    expect(check.stdout).to.contain(`ok     SFTP ${remote}`);
    expect(check.stdout).to.contain('deleted it again');
    expect(readdirSync(remote)).to.deep.equal([]);

    const wrong = `SHA256:${'C'.repeat(43)}`;
    const refused = await run(['--check-targets', 'demo', 'files'], config('', `, HOST_KEY: '${wrong}'`));
    expect(refused.status).to.equal(1);
    expect(refused.stdout).to.contain(
      `SFTP ${sshd.username}@127.0.0.1:${sshd.port} ${remote}: host key mismatch for 127.0.0.1:${sshd.port}: it offered ${sshd.fingerprint}, HOST_KEY pins ${wrong}`,
    );
    const failed = await run(['--json', 'demo', 'files'], config('', `, HOST_KEY: '${wrong}'`));
    expect(failed.status).to.equal(1);
    expect(failed.stdout + failed.stderr).to.not.match(/\n\s+at /); // no stack trace
    expectNoSecret(check.stdout, check.stderr, refused.stdout, refused.stderr, failed.stdout, failed.stderr);
  });
});
