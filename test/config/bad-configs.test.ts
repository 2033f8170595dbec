// The corpus of bad configs: each file says what sync-cron must report (`# expect: LINE:COL text`).
// Every case must exit 2, name the place, and leave the crontab byte-identical (the mtime too).
import { expect } from 'chai';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';
import { parseConfig } from '../../lib/config/parse.js';

const corpus = join(repoRoot, 'test/fixtures/bad-configs');
const crontab = '# foreign line\nMAILTO=ops\n5 * * * * /usr/bin/true\n';

interface Expectation {
  place?: string;
  text: string;
}

function expectationsOf(text: string): Expectation[] {
  return [...text.matchAll(/^# expect: (?:(\d+:\d+) )?(.*)$/gm)].map((match) =>
    match[1] ? { place: match[1], text: match[2] ?? '' } : { text: match[2] ?? '' },
  );
}

async function assertRejected(configFile: string, expectations: Expectation[]): Promise<void> {
  const temp = makeTempDir();
  try {
    const crontabFile = join(temp.path, 'crontab');
    writeFileSync(crontabFile, crontab);
    const before = statSync(crontabFile).mtimeMs;
    const result = await runCli('sync-cron', ['-c', configFile, '--crontab-file', crontabFile], {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
    });
    expect(result.status, result.stderr).to.equal(2);
    expect(result.stderr).not.to.match(/internal error|\n\s+at /);
    expect(result.stderr, 'a secret leaked into a message').not.to.contain('top-secret');
    for (const { place, text } of expectations) {
      if (place) {
        const lines = result.stderr
          .split('\n')
          .filter((candidate) => candidate.startsWith(`${configFile}:${place}:`));
        expect(
          lines.some((line) => line.includes(text)),
          `no error "${text}" at ${place} in:\n${result.stderr}`,
        ).to.equal(true);
      } else {
        expect(result.stderr).to.contain(text);
      }
    }
    expect(readFileSync(crontabFile, 'utf8')).to.equal(crontab);
    expect(statSync(crontabFile).mtimeMs).to.equal(before);
  } finally {
    temp.remove();
  }
}

describe('bad configs (corpus under test/fixtures/bad-configs)', function () {
  this.timeout(60_000);
  const files = readdirSync(corpus)
    .filter((name) => name.endsWith('.yaml'))
    .sort();

  it('has at least 25 cases', () => {
    expect(files.length).to.be.at.least(25);
  });

  for (const name of files) {
    it(`rejects ${name} with exit 2 and the place, leaving the crontab untouched`, async () => {
      const file = join(corpus, name);
      const expectations = expectationsOf(readFileSync(file, 'utf8'));
      expect(expectations.length, 'the case must say what it expects').to.be.greaterThan(0);
      await assertRejected(file, expectations);
    });
  }

  describe('generated hostile files', () => {
    let temp: ReturnType<typeof makeTempDir>;
    before(() => (temp = makeTempDir()));
    after(() => temp.remove());

    it('refuses binary data', async () => {
      const file = join(temp.path, 'binary.yaml');
      writeFileSync(file, Buffer.from([0x50, 0x52, 0x00, 0x01, 0xff, 0x0a]));
      await assertRejected(file, [{ place: '1:1', text: 'not UTF-8' }]);
    });

    it('refuses NUL bytes in otherwise valid UTF-8', async () => {
      const file = join(temp.path, 'nul.yaml');
      writeFileSync(file, 'PROJECTS: []\n# \u0000\n');
      await assertRejected(file, [{ place: '2:1', text: 'binary data' }]);
    });

    it('refuses a config over 1 MiB without parsing it', async () => {
      const file = join(temp.path, 'huge.yaml');
      writeFileSync(file, `PROJECTS: []\n${'# padding padding padding\n'.repeat(45_000)}`);
      await assertRejected(file, [{ place: '1:1', text: 'the limit is 1048576' }]);
    });

    it('names a missing config file', async () => {
      const file = join(temp.path, 'missing.yaml');
      const crontabFile = join(temp.path, 'crontab');
      const result = await runCli('sync-cron', ['-c', file, '--crontab-file', crontabFile]);
      expect(result.status).to.equal(2);
      expect(result.stderr).to.contain(`cannot read the config ${file}: ENOENT`);
    });

    it('keeps the shipped config.yaml valid (a copy, so the test owns its directory)', async () => {
      const dir = makeTempDir();
      try {
        copyFileSync(join(repoRoot, 'config.yaml'), join(dir.path, 'config.yaml'));
        const result = await runCli('sync-cron', [
          '-c',
          join(dir.path, 'config.yaml'),
          '--dry-run',
          '--crontab-file',
          join(dir.path, 'ct'),
        ]);
        expect(result.status, result.stderr).to.equal(0);
        expect(result.stdout).to.contain(' demo docs >> ');
      } finally {
        dir.remove();
      }
    });

    it("keeps the shipped config.yaml's commented example of every key valid once uncommented", () => {
      const text = readFileSync(join(repoRoot, 'config.yaml'), 'utf8');
      const start = text.indexOf('# NOTIFY:');
      const example = text.indexOf('  # - NAME: shop');
      // Uncomment the example lines (a `#` then YAML), leaving prose comments and separators alone.
      const uncomment = (part: string) =>
        part.replace(/^(\s*)# ?((?:[A-Z_]+:|- |\s{2,}).*)$/gm, '$1$2').replace(/^(\s*)# ?-{3,}.*$/gm, '');
      const uncommented =
        text.slice(0, start) +
        uncomment(text.slice(start, text.indexOf('PROJECTS:'))) +
        text.slice(text.indexOf('PROJECTS:'), example) +
        uncomment(text.slice(example));
      expect(uncommented).to.contain('\n  - NAME: shop');
      const config = parseConfig(uncommented, {
        file: '/etc/opsbackup/config.yaml',
        env: {
          SHOP_DB_PASSWORD: 'x',
          WIKI_DB_PASSWORD: 'y',
          SLACK_WEBHOOK_URL: 'https://hooks.example/x',
          HC_UUID: 'u',
        },
        home: '/home/ops',
        fileExists: () => true,
      });
      const shop = config.projects.find((project) => project.name === 'shop');
      expect(shop?.backups.map((backup) => backup.name)).to.deep.equal([
        'uploads',
        'orders',
        'wiki',
        'app-db',
      ]);
      expect(config.notify?.webhook?.url).to.equal('https://hooks.example/x');
      expect(shop?.backups[2]?.targets.map((target) => `${target.storage} ${target.path}`)).to.deep.equal([
        'LOCAL /srv/backups/wiki',
        'S3 acme-backups/wiki',
      ]);
      expect(shop?.backups[0]?.targets.map((target) => target.retention)).to.deep.equal([
        { keepLast: 30 },
        { keepDaily: 14, keepWeekly: 8, keepMonthly: 12, minKeep: 3 },
      ]);
    });
  });
});
