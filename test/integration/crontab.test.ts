// sync-cron against the real `crontab` command and the running user's real crontab (saved and restored).
import { expect } from 'chai';
import { join } from 'node:path';
import { beginMarker } from '../../lib/cron/markers.js';
import { runCliSync } from '../helpers/cli.js';
import { fileBackupConfig, writeConfig } from '../helpers/configs.js';
import {
  installRealCrontab,
  readRealCrontab,
  saveRealCrontab,
  type SavedCrontab,
} from '../helpers/real-crontab.js';
import { requireCommand } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';

describe('sync-cron with the real crontab command', function () {
  this.timeout(30_000);
  let saved: SavedCrontab;
  let temp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  const foreign =
    '# a colleague\'s job, with a % in it\nMAILTO=""\n17 * * * * /usr/bin/printf "50\\%" > /dev/null\n';

  before(function () {
    requireCommand(this, 'crontab', 'the cron package');
    saved = saveRealCrontab();
  });
  after(() => saved?.restore());
  beforeEach(() => {
    temp = makeTempDir();
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
    installRealCrontab(foreign);
  });
  afterEach(() => temp.remove());

  it('installs the block, keeps foreign lines byte for byte, changes nothing the second time, and removes it', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    const first = runCliSync('sync-cron', ['-c', config], { env });
    expect(first.status, first.stderr).to.equal(0);
    expect(first.stdout).to.match(/^sync-cron: updated the crontab of \w+\n/);
    const installed = readRealCrontab() ?? '';
    expect(installed.startsWith(foreign)).to.equal(true);
    expect(installed.slice(foreign.length).split('\n')[0]).to.equal(beginMarker(config));
    expect(installed).to.contain(' demo docs >> ');

    const second = runCliSync('sync-cron', ['-c', config], { env });
    expect(second).to.deep.include({ status: 0, stdout: '', stderr: '' });
    expect(readRealCrontab()).to.equal(installed);
    expect(runCliSync('sync-cron', ['-c', config, '--check'], { env }).status).to.equal(0);

    const removed = runCliSync('sync-cron', ['-c', config, '--remove'], { env });
    expect(removed.status, removed.stderr).to.equal(0);
    expect(readRealCrontab()).to.equal(foreign);
  });

  it('leaves the crontab exactly as it was when the config is invalid', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    runCliSync('sync-cron', ['-c', config], { env });
    const good = readRealCrontab();
    writeConfig(temp.path, fileBackupConfig({ backups: [{ name: 'docs', intervals: ['99 * * * *'] }] }));
    const result = runCliSync('sync-cron', ['-c', config], { env });
    expect(result.status).to.equal(2);
    expect(result.stderr).to.contain(`${config}:`);
    expect(readRealCrontab()).to.equal(good);
  });

  it('treats a missing crontab as empty', () => {
    installRealCrontab(undefined);
    const config = writeConfig(temp.path, fileBackupConfig());
    expect(runCliSync('sync-cron', ['-c', config], { env }).status).to.equal(0);
    expect(readRealCrontab()?.startsWith(beginMarker(config))).to.equal(true);
  });
});
