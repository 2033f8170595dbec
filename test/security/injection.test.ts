// Config values that try shell or cron injection wherever they reach a command line: remote paths and
// database settings over SSH (the one place argv becomes a string), and config paths in crontab lines.
// Each attempt would create a marker file; none may.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { cronDecode } from '../helpers/cron-decode.js';
import { sshdPath, startSshd, type SshServer } from '../helpers/sshd.js';
import { makeTempDir } from '../helpers/temp.js';

describe('injection through config values', function () {
  this.timeout(120_000);
  let temp: ReturnType<typeof makeTempDir>;
  let marker: string;
  beforeEach(() => {
    temp = makeTempDir();
    marker = join(temp.path, 'PWNED');
  });
  afterEach(() => temp.remove());

  /** Ways to run `touch <marker>` if a value were ever pasted into a shell command unquoted. */
  const attacks = (m: string) => [
    `$(touch ${m})`,
    `\`touch ${m}\``,
    `x; touch ${m}`,
    `x' ; touch ${m}; '`,
    `x" ; touch ${m}; "`,
    `x && touch ${m}`,
    `x | touch ${m}`,
    `x\ntouch ${m}`,
  ];

  describe('over SSH', () => {
    let sshd: SshServer;
    before(async function () {
      if (!existsSync(sshdPath)) {
        if (process.env.CI === 'true') throw new Error('sshd is missing; CI must install openssh-server');
        this.skip();
      }
      sshd = await startSshd();
    });
    after(() => sshd?.stop());

    const ssh = () =>
      `          SSH: { USERNAME: ${sshd.username}, IP_ADDRESS: 127.0.0.1, PORT: ${sshd.port}, KEY_PATH: '${sshd.clientKey}' }\n`;

    it('remote FILE_PATH values are paths to tar, never shell', async () => {
      const paths = attacks(marker).filter((attack) => !attack.includes('\n'));
      const file = join(temp.path, 'config.yaml');
      for (const path of paths) {
        writeFileSync(
          file,
          `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP:\n          NAME: f\n          INTERVALS: ['@daily']\n          FILE_PATH: [${JSON.stringify(path)}]\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }]\n${ssh()}`,
        );
        const result = await runCli('run-backup', ['-c', file, 'p', 'f'], {
          env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
        });
        expect(result.status, path).to.equal(1);
        expect(result.stdout, path).to.match(/does not exist|Cannot stat|No such file/);
        expect(existsSync(marker), `injected through ${JSON.stringify(path)}`).to.equal(false);
      }
    });

    it('database name, user, host and password are argv or stdin, never shell', async () => {
      const file = join(temp.path, 'config.yaml');
      for (const attack of attacks(marker).filter((a) => !a.includes('\n'))) {
        writeFileSync(
          file,
          `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - DB_BACKUPS:\n          NAME: db\n          INTERVALS: ['@daily']\n          DB_INFO: { USERNAME: ${JSON.stringify(attack)}, PASSWORD: ${JSON.stringify(attack)}, NAME: ${JSON.stringify(attack)}, HOST: 127.0.0.1, PORT: 1 }\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }]\n${ssh()}`,
        );
        const result = await runCli('run-backup', ['-c', file, 'p', 'db'], {
          env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
        });
        expect(result.status, attack).to.equal(1);
        expect(existsSync(marker), `injected through ${JSON.stringify(attack)}`).to.equal(false);
      }
    });
  });

  it('config paths in crontab lines stay one argument, as the real cron and sh read them', async () => {
    for (const [index, attack] of attacks(marker)
      .filter((a) => !a.includes('\n') && !a.includes('/'))
      .entries()) {
      // A directory named after the attack (no `/` allowed in a name), holding a valid config.
      const directory = join(temp.path, `dir${index} ${attack.replace(/\//g, '_')}`);
      mkdirSync(join(directory, 'data'), { recursive: true });
      writeFileSync(
        join(directory, 'config.yaml'),
        `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP: { NAME: f, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }] }\n`,
      );
      const crontab = join(temp.path, `crontab${index}`);
      const sync = await runCli(
        'sync-cron',
        ['-c', join(directory, 'config.yaml'), '--crontab-file', crontab],
        {
          env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
        },
      );
      expect(sync.status, sync.stderr).to.equal(0);
      const line = readFileSync(crontab, 'utf8')
        .split('\n')
        .find((candidate) => candidate.includes(' run-backup '));
      expect(line, attack).to.be.a('string');
      const command = cronDecode(line!.split(/\s+/).slice(5).join(' ')).command;
      // Run it the way cron does: /bin/sh -c, with the state directory the test owns.
      const ran = spawnSync('/bin/sh', ['-c', command], {
        encoding: 'utf8',
        env: { ...process.env, OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
      });
      expect(ran.status, `${attack}: ${ran.stderr}`).to.equal(0);
      expect(existsSync(join(directory, 'out')), `the backup ran for ${attack}`).to.equal(true);
      expect(existsSync(marker), `injected through ${JSON.stringify(attack)}`).to.equal(false);
    }
  });
});
