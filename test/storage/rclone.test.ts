// The RCLONE target with Debian's rclone: the conformance suite on rclone's local backend and against a
// real WebDAV server (`rclone serve webdav` on loopback, a remote in an RCLONE_CONFIG file with an obscured
// password), then run-backup end to end: store, --verify, --restore, RETENTION.
import { expect } from 'chai';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RcloneStorage } from '../../lib/storage/rclone/rclone.js';
import { runCli } from '../helpers/cli.js';
import { freePort } from '../helpers/postgres.js';
import { requireCommand } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';
import { storageConformance } from './conformance.js';

const davPassword = 'dav-S3cret-pass';

describe('RCLONE target', function () {
  this.timeout(120_000);
  let shared: ReturnType<typeof makeTempDir>;
  let served: string;
  let server: ChildProcess | undefined;
  let rcloneConfig: string;
  const previousConfig = process.env.RCLONE_CONFIG;

  before(async function () {
    requireCommand(this, 'rclone', "Debian's rclone");
    shared = makeTempDir();
    served = join(shared.path, 'served');
    mkdirSync(served);
    const port = await freePort();
    server = spawn(
      'rclone',
      [
        'serve',
        'webdav',
        served,
        '--addr',
        `127.0.0.1:${port}`,
        '--user',
        'backup',
        '--pass',
        davPassword,
        // Files the tests plant on disk behind the server's back are seen at once.
        '--dir-cache-time',
        '0s',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const obscured = spawnSync('rclone', ['obscure', davPassword], { encoding: 'utf8' }).stdout.trim();
    rcloneConfig = join(shared.path, 'rclone.conf');
    writeFileSync(
      rcloneConfig,
      `[dav]\ntype = webdav\nurl = http://127.0.0.1:${port}\nvendor = other\nuser = backup\npass = ${obscured}\n`,
      { mode: 0o600 },
    );
    // In this process for the conformance suite (its rclone commands inherit it), and for run-backup.
    process.env.RCLONE_CONFIG = rcloneConfig;
    for (let attempt = 0; ; attempt++) {
      const probe = spawnSync('rclone', ['lsjson', 'dav:'], { encoding: 'utf8' });
      if (probe.status === 0) break;
      if (attempt > 50) throw new Error(`rclone serve webdav did not come up: ${probe.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  after(() => {
    server?.kill();
    if (previousConfig === undefined) delete process.env.RCLONE_CONFIG;
    else process.env.RCLONE_CONFIG = previousConfig;
    shared?.remove();
  });

  storageConformance('RCLONE, local backend', {
    largeBytes: 4 * 1024 * 1024,
    fixture: () => {
      const temp = makeTempDir();
      const directory = join(temp.path, 'remote folder');
      return Promise.resolve({
        storage: new RcloneStorage(':local:', directory),
        plant: async (name, data) => {
          mkdirSync(directory, { recursive: true });
          await writeFile(join(directory, name), data);
        },
        rawNames: () => readdir(directory),
        cleanUp: () => Promise.resolve(temp.remove()),
      });
    },
  });

  let folder = 0;
  storageConformance('RCLONE, WebDAV server', {
    largeBytes: 4 * 1024 * 1024,
    fixture: () => {
      const name = `run ${++folder}`;
      const directory = join(served, 'backups', name);
      return Promise.resolve({
        storage: new RcloneStorage('dav:', `backups/${name}`),
        plant: async (file, data) => {
          mkdirSync(directory, { recursive: true });
          await writeFile(join(directory, file), data);
        },
        rawNames: () => readdir(directory),
        cleanUp: () => Promise.resolve(),
      });
    },
  });

  describe('run-backup to RCLONE', () => {
    let temp: ReturnType<typeof makeTempDir>;
    beforeEach(() => {
      temp = makeTempDir();
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(join(temp.path, 'data', 'notes ü.txt'), 'important notes\n'.repeat(1000));
    });
    afterEach(() => temp.remove());

    function config(extra = ''): string {
      const file = join(temp.path, 'config.yaml');
      writeFileSync(
        file,
        `PROJECTS:\n  - NAME: shop\n    BACKUPS:\n      - FILE_BACKUP: { NAME: www, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: RCLONE, REMOTE: 'dav:', PATH: e2e/shop${extra} }] }\n`,
      );
      return file;
    }
    const cli = (file: string, args: string[]) =>
      runCli('run-backup', ['-c', file, ...args, 'shop', 'www'], {
        env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), RCLONE_CONFIG: rcloneConfig },
      });

    it('stores the archive and its manifest; --verify and --restore read them back through rclone', async () => {
      const file = config();
      const stored = await cli(file, []);
      expect(stored.status, stored.stdout + stored.stderr).to.equal(0);
      const names = readdirSync(join(served, 'e2e/shop'));
      expect(names.filter((name) => name.endsWith('.zip'))).to.have.length(1);
      expect(names.filter((name) => name.endsWith('.json'))).to.have.length(1);
      expect(names.filter((name) => name.startsWith('.'))).to.deep.equal([]);
      const verify = await cli(file, ['--verify']);
      expect(verify.status, verify.stdout + verify.stderr).to.equal(0);
      const restored = await cli(file, ['--restore', '--to', join(temp.path, 'out')]);
      expect(restored.status, restored.stdout + restored.stderr).to.equal(0);
      expect(readFileSync(join(temp.path, 'out', 'data', 'notes ü.txt'), 'utf8')).to.equal(
        'important notes\n'.repeat(1000),
      );
      for (const output of [stored, verify, restored])
        expect(output.stdout + output.stderr).not.to.contain(davPassword);
    });

    it('RETENTION keeps the newest archives and leaves foreign files alone', async () => {
      const file = config(', RETENTION: { KEEP_LAST: 1 }');
      mkdirSync(join(served, 'e2e/shop-ret'), { recursive: true });
      writeFileSync(join(served, 'e2e/shop-ret', 'shop_www_20200101T000000Z.zip'), 'old');
      writeFileSync(join(served, 'e2e/shop-ret', 'shop_www_20200101T000000Z.json'), '{}');
      writeFileSync(join(served, 'e2e/shop-ret', 'readme.txt'), 'foreign');
      writeFileSync(file, readFileSync(file, 'utf8').replace('e2e/shop,', 'e2e/shop-ret,'));
      const stored = await cli(file, []);
      expect(stored.status, stored.stdout + stored.stderr).to.equal(0);
      const names = readdirSync(join(served, 'e2e/shop-ret')).sort();
      expect(names).to.have.length(3);
      expect(names).to.include('readme.txt');
      expect(names).not.to.include('shop_www_20200101T000000Z.zip');
    });

    it('a remote rclone does not know fails the target in one line, naming it', async () => {
      const file = config();
      writeFileSync(file, readFileSync(file, 'utf8').replace("REMOTE: 'dav:'", "REMOTE: 'nosuch:'"));
      const result = await cli(file, []);
      expect(result.status).to.equal(1);
      expect(result.stdout).to.match(
        /target RCLONE nosuch:e2e\/shop failed: RCLONE nosuch:e2e\/shop: cannot create the folder: .*nosuch/,
      );
    });
  });
});
