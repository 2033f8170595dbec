// `.env` and `${VAR}` expansion have the limits config.yaml has (1 MiB): a huge .env, or references that
// multiply a large value, are refused at once with exit 2 and a message naming the file, not parsed for
// seconds or expanded into gigabytes.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { substitute } from '../../lib/config/env-substitute.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const MiB = 1024 * 1024;

/** A config whose EXCLUDE holds `references` patterns, each `${BIG}`. */
function configWith(references: number): string {
  const patterns = Array.from({ length: references }, () => "'${BIG}'").join(', ');
  return `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP:\n          INTERVALS: ['@daily']\n          FILE_PATH: [/etc/hostname]\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }]\n          EXCLUDE: [${patterns}]\n`;
}

describe('.env and ${VAR} expansion limits', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  before(() => (temp = makeTempDir()));
  after(() => temp.remove());

  async function syncCron(envText: string, references: number) {
    const config = join(temp.path, 'config.yaml');
    writeFileSync(config, configWith(references));
    writeFileSync(join(temp.path, '.env'), envText, { mode: 0o600 });
    const started = Date.now();
    const result = await runCli(
      'sync-cron',
      ['-c', config, '--dry-run', '--crontab-file', join(temp.path, 'ct')],
      {
        env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
      },
    );
    return { ...result, config, seconds: (Date.now() - started) / 1000 };
  }

  it('refuses a .env over 1 MiB (2,000 references to a 1 MiB value), naming the file, fast', async () => {
    const result = await syncCron(`BIG=${'x'.repeat(MiB)}\n`, 2000);
    expect(result.status, result.stderr).to.equal(2);
    expect(result.stderr).not.to.match(/internal error|\n\s+at /);
    expect(result.stderr).to.contain(
      `${join(temp.path, '.env')}:1:1: the env file is ${MiB + 5} bytes; the limit is ${MiB}`,
    );
    expect(result.seconds).to.be.below(3);
  });

  it('refuses references that expand past 1 MiB in all, naming the config line, fast', async () => {
    const result = await syncCron(`BIG=${'x'.repeat(MiB - 1024)}\n`, 2000);
    expect(result.status, result.stderr).to.equal(2);
    expect(result.stderr).not.to.match(/internal error|\n\s+at /);
    expect(result.stderr).to.match(
      new RegExp(
        `^${result.config}:8:\\d+: .*EXCLUDE\\[1\\]: \\$\\{BIG\\} expands the config past ${MiB} characters`,
        'm',
      ),
    );
    // One issue for the whole document, not one per reference.
    expect(result.stderr.match(/expands the config past/g)).to.have.length(1);
    expect(result.seconds).to.be.below(3);
  });

  it('still accepts a .env and expansions just under the limits', async () => {
    const result = await syncCron(`BIG=${'x'.repeat(1000)}\n# ${'c'.repeat(MiB - 1100)}\n`, 1000);
    expect(result.status, result.stderr).to.equal(0);
  });

  it('substitute() stops at its budget instead of building the string', () => {
    const budget = { limit: 10, remaining: 10 };
    const first = substitute('${A}${A}', { A: 'abcd' }, budget);
    expect(first.value).to.equal('abcdabcd');
    expect(budget.remaining).to.equal(2);
    const second = substitute('${A}', { A: 'abcd' }, budget);
    expect(second.problems).to.deep.equal([
      `\${A} expands the config past 10 characters (the limit of a config)`,
    ]);
  });
});
