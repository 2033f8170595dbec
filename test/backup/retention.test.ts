// RETENTION through run-backup on LOCAL targets: applied only after a good store, per target, with
// --dry-run explaining each decision. (The ONEDRIVE case is in test/storage/onedrive.)
import { expect } from 'chai';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

describe('run-backup: retention', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  const old = ['20260101T020000Z', '20260102T020000Z', '20260103T020000Z', '20260104T020000Z'];

  beforeEach(() => {
    temp = makeTempDir();
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
    mkdirSync(join(temp.path, 'data'));
    writeFileSync(join(temp.path, 'data/a.txt'), 'a');
    for (const target of ['one', 'two']) {
      mkdirSync(join(temp.path, target));
      for (const stamp of old) {
        writeFileSync(join(temp.path, target, `demo_files_${stamp}.zip`), 'old');
        writeFileSync(join(temp.path, target, `demo_files_${stamp}.json`), '{}');
      }
      writeFileSync(join(temp.path, target, 'demo_files_notes.zip'), 'foreign');
    }
  });
  afterEach(() => temp.remove());

  function config(paths = '[data]'): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:
  - NAME: demo
    BACKUPS:
      - FILE_BACKUP:
          NAME: files
          INTERVALS: ['@daily']
          FILE_PATH: ${paths}
          RETENTION: { KEEP_LAST: 2 }
          UPLOAD_TO:
            - { STORAGE_NAME: LOCAL, PATH: one }
            - { STORAGE_NAME: LOCAL, PATH: two, RETENTION: { KEEP_DAILY: 3, MIN_KEEP: 4 } }
`,
    );
    return file;
  }

  const zips = (target: string) =>
    readdirSync(join(temp.path, target))
      .filter((name) => name.endsWith('.zip'))
      .sort();

  it("prunes each target by its own policy after storing, keeping foreign files and this run's archive", async () => {
    const result = await runCli('run-backup', ['-c', config(), '--json', 'demo', 'files'], { env });
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as { archive: string; targets: { pruned: string[] }[] };
    // one: KEEP_LAST 2 → this run and 4 January.
    expect(zips('one')).to.deep.equal(
      ['demo_files_20260104T020000Z.zip', outcome.archive, 'demo_files_notes.zip'].sort(),
    );
    expect(readdirSync(join(temp.path, 'one')).filter((name) => name.endsWith('.json'))).to.have.length(2);
    // two: KEEP_DAILY 3 (today, 4 and 3 January), topped up to MIN_KEEP 4 with 2 January.
    expect(zips('two')).to.deep.equal(
      [
        'demo_files_20260102T020000Z.zip',
        'demo_files_20260103T020000Z.zip',
        'demo_files_20260104T020000Z.zip',
        outcome.archive,
        'demo_files_notes.zip',
      ].sort(),
    );
    expect(outcome.targets.map((target) => target.pruned.length)).to.deep.equal([3, 1]);
    expect(result.stderr).to.match(
      /retention on LOCAL .*one: deleted demo_files_20260101T020000Z\.zip and its manifest/,
    );
  });

  it('a failed run prunes nothing', async () => {
    const result = await runCli('run-backup', ['-c', config('[data, missing]'), 'demo', 'files'], { env });
    expect(result.status).to.equal(1);
    expect(zips('one')).to.have.length(old.length + 1);
    expect(zips('two')).to.have.length(old.length + 1);
  });

  it('--dry-run shows what a run now would delete and which rule keeps each archive, changing nothing', async () => {
    const before = [...zips('one'), ...zips('two')];
    const result = await runCli('run-backup', ['-c', config(), '--dry-run', 'demo', 'files'], { env });
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(
      /retention on LOCAL .*\/one, after a run now \(demo_files_\d{8}T\d{6}Z\.zip\):/,
    );
    expect(result.stdout).to.match(/keep +demo_files_\d{8}T\d{6}Z\.zip \(newest, this run, last\)/);
    expect(result.stdout).to.match(/keep +demo_files_20260104T020000Z\.zip \(last\)/);
    expect(result.stdout).to.match(/would delete demo_files_20260103T020000Z\.zip and its manifest/);
    expect(result.stdout).to.match(/keep +demo_files_20260102T020000Z\.zip \(min-keep\)/);
    expect(result.stdout).to.not.match(/notes/);
    expect([...zips('one'), ...zips('two')]).to.deep.equal(before);
  });

  it("--dry-run names restic's reasons: the oldest archive kept while a count is not used up, KEEP_WITHIN_*", async () => {
    const file = join(temp.path, 'oldest.yaml');
    writeFileSync(
      file,
      `PROJECTS:\n  - NAME: demo\n    BACKUPS:\n      - FILE_BACKUP:\n          NAME: files\n          INTERVALS: ['@daily']\n          FILE_PATH: [data]\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: one, RETENTION: { KEEP_MONTHLY: unlimited, KEEP_WITHIN_DAILY: 2d } }]\n`,
    );
    const result = await runCli('run-backup', ['-c', file, '--dry-run', 'demo', 'files'], { env });
    expect(result.status, result.stderr).to.equal(0);
    // This run is the newest of its month and of its 2 days; 4 January the newest of January 2026 (or
    // of the month this run is in), and 1 January is kept only because KEEP_MONTHLY is unlimited.
    expect(result.stdout).to.match(
      /keep +demo_files_\d{8}T\d{6}Z\.zip \(newest, this run, monthly, daily within\)/,
    );
    expect(result.stdout).to.match(/keep +demo_files_20260101T020000Z\.zip \(oldest monthly\)/);
    expect(result.stdout).to.match(/would delete demo_files_20260102T020000Z\.zip and its manifest/);
    expect(result.stdout).to.match(/would delete demo_files_20260103T020000Z\.zip and its manifest/);
  });

  it('rejects a RETENTION without rules or with a bad duration, naming the line', async () => {
    const file = join(temp.path, 'bad.yaml');
    writeFileSync(
      file,
      `PROJECTS:\n  - NAME: demo\n    BACKUPS:\n      - FILE_BACKUP:\n          INTERVALS: ['@daily']\n          FILE_PATH: [data]\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: one, RETENTION: { KEEP_WITHIN: 7 days } }]\n`,
    );
    const result = await runCli('run-backup', ['-c', file, '--list'], { env });
    expect(result.status).to.equal(2);
    expect(result.stderr).to.match(/bad\.yaml:7:\d+.*KEEP_WITHIN/);
  });
});
