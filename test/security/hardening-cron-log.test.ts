// The crontab line creates cron.log 0640, whatever cron's umask (022 on Debian): the line sets its own.
// The line runs through /bin/sh as cron runs it, with a stand-in for node that only prints; no crontab
// is touched.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../lib/config/model.js';
import { jobCommand } from '../../lib/cron/block.js';
import { cronDecode } from '../helpers/cron-decode.js';
import { makeTempDir } from '../helpers/temp.js';

describe('cron.log mode', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  function runLine(logFile: string, cronUmask: string): void {
    const config = { file: join(temp.path, 'config.yaml') } as Config;
    const command = cronDecode(
      jobCommand({ config, node: '/bin/echo', runBackup: '/opt/run-backup', logFile }, 'p', 'b'),
    ).command;
    // cron runs each line as `/bin/sh -c LINE` with its own umask (022 on Debian).
    const run = spawnSync('/bin/sh', ['-c', `umask ${cronUmask}; ${command}`], { encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
  }

  for (const cronUmask of ['022', '000']) {
    it(`is created 0640 by the line under cron's umask ${cronUmask}`, () => {
      const log = join(temp.path, 'cron.log');
      runLine(log, cronUmask);
      expect(statSync(log).mode & 0o777).to.equal(0o640);
      expect(readFileSync(log, 'utf8')).to.contain('/opt/run-backup --config');
    });
  }

  it('appends to an existing cron.log without changing its mode', () => {
    const log = join(temp.path, 'cron.log');
    writeFileSync(log, 'earlier\n', { mode: 0o600 });
    runLine(log, '022');
    expect(statSync(log).mode & 0o777).to.equal(0o600);
    expect(readFileSync(log, 'utf8')).to.match(/^earlier\n.*run-backup/);
  });
});
