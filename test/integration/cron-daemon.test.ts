// The real cron daemon runs a line that sync-cron wrote, from a config whose path holds a space, a quote,
// a `%`, a `$` and a backslash: proof that quoting and `%` escaping survive cron and /bin/sh.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliSync } from '../helpers/cli.js';
import { fileBackupConfig, writeConfig } from '../helpers/configs.js';
import { saveRealCrontab, type SavedCrontab } from '../helpers/real-crontab.js';
import { isRoot, requireCommand } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';

function cronRunning(): boolean {
  return spawnSync('pgrep', ['-x', 'cron'], { stdio: 'ignore' }).status === 0;
}

describe('the real cron daemon', function () {
  this.timeout(150_000);
  let saved: SavedCrontab | undefined;
  let startedCron = false;
  let temp: ReturnType<typeof makeTempDir>;

  before(function () {
    requireCommand(this, 'cron', 'the cron daemon');
    requireCommand(this, 'crontab', 'the cron package');
    if (!isRoot()) {
      if (process.env.CI === 'true') throw new Error('the cron daemon test must run as root in CI');
      this.skip();
    }
    saved = saveRealCrontab();
    if (!cronRunning()) {
      const started = spawnSync('cron', [], { encoding: 'utf8' });
      if (started.status !== 0) throw new Error(`cannot start cron: ${started.stderr}`);
      startedCron = true;
    }
    temp = makeTempDir();
  });

  after(() => {
    saved?.restore();
    if (startedCron) spawnSync('pkill', ['-x', 'cron']);
    temp?.remove();
  });

  it('fires a * * * * * line that runs a real backup of the project, from a config path cron must not mangle', async () => {
    const dir = join(temp.path, `odd dir 100% it's $HOME \\ here`);
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, 'data', 'file.txt'), 'backed up by cron\n');
    const config = writeConfig(
      dir,
      fileBackupConfig({ project: 'fire', backups: [{ name: 'now', intervals: ['* * * * *'] }] }),
    );
    const result = runCliSync('sync-cron', ['-c', config], {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
    });
    expect(result.status, result.stderr).to.equal(0);

    const log = join(dir, 'logs', 'cron.log');
    const backups = join(dir, 'backups');
    const deadline = Date.now() + 130_000;
    while (
      Date.now() < deadline &&
      !(existsSync(log) && readFileSync(log, 'utf8').includes('fire/now: done'))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(existsSync(log), `cron never ran the line (no ${log})`).to.equal(true);
    const output = readFileSync(log, 'utf8');
    // run-backup found its config through the mangled-looking path, read data/ beside it and stored the zip.
    expect(output, output).to.contain('fire/now: done');
    expect(
      readdirSync(backups).filter((name) => /^fire_now_\d{8}T\d{6}Z\.zip$/.test(name)),
    ).to.have.length.greaterThan(0);
    expect(output).not.to.match(/internal error|not found|usage/i);
  });
});
