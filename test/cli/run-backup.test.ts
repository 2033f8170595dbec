import { expect } from 'chai';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBackups, nextRunsOf } from '../../lib/cli/list.js';
import { parseConfig } from '../../lib/config/parse.js';
import { runCliSync } from '../helpers/cli.js';
import { fileBackupConfig, writeConfig } from '../helpers/configs.js';
import { makeTempDir } from '../helpers/temp.js';

const twoBackups = `PROJECTS:
  - NAME: shop
    BACKUPS:
      - FILE_BACKUP: { NAME: www, INTERVALS: ['0 3 * * *', '30 1 * * sun'], FILE_PATH: [a], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }] }
      - DB_BACKUPS: { INTERVALS: ['@reboot'], DB_INFO: { USERNAME: u, NAME: d }, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }] }
`;

describe('run-backup --list', () => {
  it('lists kinds, intervals and the next three runs of the union of the intervals', () => {
    const config = parseConfig(twoBackups, { file: '/c.yaml', env: {}, home: '/' });
    const listing = listBackups(config, new Date('2026-11-21T12:00:00Z'), 'UTC');
    expect(listing).to.deep.equal({
      projects: [
        {
          name: 'shop',
          backups: [
            {
              name: 'www',
              kind: 'files',
              intervals: ['0 3 * * *', '30 1 * * sun'],
              next_runs: ['2026-11-22T01:30:00.000Z', '2026-11-22T03:00:00.000Z', '2026-11-23T03:00:00.000Z'],
            },
            { name: 'db-1', kind: 'postgres', intervals: ['@reboot'], next_runs: [] },
          ],
        },
      ],
    });
  });

  it('merges identical run times of overlapping intervals', () => {
    const runs = nextRunsOf(['0 * * * *', '0 */2 * * *'], new Date('2026-01-01T00:30:00Z'), 3, 'UTC');
    expect(runs.map((date) => date.toISOString())).to.deep.equal([
      '2026-01-01T01:00:00.000Z',
      '2026-01-01T02:00:00.000Z',
      '2026-01-01T03:00:00.000Z',
    ]);
  });

  describe('from the command line', () => {
    let temp: ReturnType<typeof makeTempDir>;
    before(() => (temp = makeTempDir()));
    after(() => temp.remove());

    it('prints JSON with the documented shape', () => {
      const config = writeConfig(temp.path, twoBackups);
      const result = runCliSync('run-backup', ['--list', '--json', '-c', config]);
      expect(result.status, result.stderr).to.equal(0);
      const listing = JSON.parse(result.stdout) as {
        projects: { name: string; backups: { next_runs: string[] }[] }[];
      };
      expect(listing.projects[0]!.name).to.equal('shop');
      const runs = listing.projects[0]!.backups[0]!.next_runs;
      expect(runs).to.have.length(3);
      for (const run of runs) expect(new Date(run).getTime()).to.be.greaterThan(Date.now());
    });

    it('prints local time and UTC for people', () => {
      const config = writeConfig(temp.path, twoBackups);
      const result = runCliSync('run-backup', ['--list', '-c', config], { env: { TZ: 'Asia/Kolkata' } });
      expect(result.stdout).to.match(/^shop\n {2}www {2}\(files\) {2}0 3 \* \* \* {2}\| {2}30 1 \* \* sun\n/);
      expect(result.stdout).to.match(/next: \d{4}-\d\d-\d\d 03:00 \+05:30 {2}= {2}\d{4}-\d\d-\d\dT21:30:00Z/);
      expect(result.stdout).to.contain('db-1  (postgres)  @reboot\n      next: at boot only (@reboot)');
    });

    it('exits 2 on an unknown project or backup and lists the valid names', () => {
      const config = writeConfig(temp.path, twoBackups);
      const project = runCliSync('run-backup', ['-c', config, 'nope', 'www']);
      expect(project.status).to.equal(2);
      expect(project.stderr).to.contain('no project named "nope"').and.to.contain('shop: www, db-1');
      const backup = runCliSync('run-backup', ['-c', config, 'shop', 'nope']);
      expect(backup.status).to.equal(2);
      expect(backup.stderr)
        .to.contain('project "shop" has no backup named "nope"')
        .and.to.contain('shop: www, db-1');
    });

    it('refuses modes that cannot be combined, and options the chosen mode would ignore', () => {
      const config = writeConfig(temp.path, twoBackups);
      const cases: [string[], string][] = [
        [['--verify', '--restore', '--to', 'x'], '--verify and --restore cannot be combined'],
        [['--to', 'x'], '--to works only with --restore'],
        [['--verify', '--force'], '--force works only with --restore'],
        [['--dry-run', '--target', '1'], '--target works only with --verify or --restore'],
        [['--list', '--status'], '--list and --status cannot be combined'],
      ];
      for (const [args, message] of cases) {
        const result = runCliSync('run-backup', ['-c', config, ...args, 'shop', 'www']);
        expect(result.status, args.join(' ')).to.equal(2);
        expect(result.stderr, args.join(' ')).to.contain(message);
      }
    });

    it('exits 2 with the config errors when the config is invalid', () => {
      const config = writeConfig(temp.path, 'PROJECTS: nope\n', 'bad.yaml');
      const result = runCliSync('run-backup', ['--list', '-c', config]);
      expect(result.status).to.equal(2);
      expect(result.stderr).to.contain(`${config}:1:11: PROJECTS: must be a list`);
    });

    it('reads ${VAR} from the .env file next to the config, the environment winning', () => {
      const dir = makeTempDir();
      try {
        const config = writeConfig(
          dir.path,
          fileBackupConfig({ project: '${PROJECT_NAME}' }).replace("'30 2 * * *'", "'${WHEN}'"),
        );
        writeFileSync(join(dir.path, '.env'), 'PROJECT_NAME=from-dotenv\nWHEN="15 4 * * *"\n');
        const fromFile = runCliSync('run-backup', ['--list', '-c', config]);
        expect(fromFile.stdout).to.contain('from-dotenv\n  docs  (files)  15 4 * * *');
        const fromEnv = runCliSync('run-backup', ['--list', '-c', config], {
          env: { PROJECT_NAME: 'from-env' },
        });
        expect(fromEnv.stdout).to.contain('from-env\n');
        const missing = runCliSync('run-backup', [
          '--list',
          '-c',
          config,
          '--env-file',
          join(dir.path, 'none.env'),
        ]);
        expect(missing.status).to.equal(2);
        expect(missing.stderr).to.contain('cannot read the env file');
      } finally {
        dir.remove();
      }
    });

    it('prints --help and --version', () => {
      expect(runCliSync('run-backup', ['--help']).stdout).to.contain('usage: run-backup');
      expect(runCliSync('run-backup', ['--version']).stdout).to.match(/^run-backup \d+\.\d+\.\d+\n$/);
    });
  });
});

describe('run-backup stays light', function () {
  this.timeout(30_000);

  it('a LOCAL file backup loads only what it uses: no schedule code, SDKs, SSH, zip reader or mailer', () => {
    const temp = makeTempDir();
    try {
      const config = writeConfig(temp.path, fileBackupConfig());
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(join(temp.path, 'data', 'a.txt'), 'a');
      const record = join(temp.path, 'imports.txt');
      const hook = new URL('../helpers/record-imports.js', import.meta.url).href;
      const result = runCliSync('run-backup', ['-c', config, 'demo', 'docs'], {
        env: {
          OPSBACKUP_STATE_DIR: join(temp.path, 'state'),
          RECORD_IMPORTS_TO: record,
          NODE_OPTIONS: `--import=${hook}`,
        },
      });
      expect(result.status, result.stderr).to.equal(0);
      const imports = readFileSync(record, 'utf8');
      expect(imports).to.contain('/lib/archive/zip.js');
      for (const name of [
        'cron-parser',
        '@azure',
        '@microsoft',
        '@aws-sdk',
        '/ssh2/',
        '/yauzl/',
        '/nodemailer/',
      ])
        expect(imports, name).not.to.contain(name);
    } finally {
      temp.remove();
    }
  });
});
