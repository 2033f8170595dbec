import { expect } from 'chai';
import { existsSync, readFileSync, statSync, writeFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { beginMarker } from '../../lib/cron/markers.js';
import { repoRoot, runCli, runCliSync } from '../helpers/cli.js';
import { fileBackupConfig, writeConfig } from '../helpers/configs.js';
import { makeTempDir } from '../helpers/temp.js';

describe('sync-cron with --crontab-file', function () {
  this.timeout(30_000);
  let temp: ReturnType<typeof makeTempDir>;
  let crontab: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    temp = makeTempDir();
    crontab = join(temp.path, 'crontab');
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
  });
  afterEach(() => temp.remove());

  const sync = (...args: string[]) => runCliSync('sync-cron', [...args, '--crontab-file', crontab], { env });

  it('creates a missing crontab file with the block and the log directory', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    const result = sync('-c', config);
    expect(result.status, result.stderr).to.equal(0);
    const text = readFileSync(crontab, 'utf8');
    expect(text.split('\n')[0]).to.equal(beginMarker(config));
    expect(text).to.contain(
      `30 2 * * * umask 027; PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin ${process.execPath} --max-semi-space-size=1 -- ${repoRoot}bin/run-backup --config ${config} demo docs >> ${temp.path}/logs/cron.log 2>&1\n`,
    );
    expect(existsSync(join(temp.path, 'logs'))).to.equal(true);
    expect(result.stdout).to.contain(`+ 30 2 * * *`);
  });

  it('finds the config through $BACKUP_CONFIG, then ./config.yaml', () => {
    const config = writeConfig(temp.path, fileBackupConfig(), 'elsewhere.yaml');
    expect(
      runCliSync('sync-cron', ['--crontab-file', crontab], { env: { ...env, BACKUP_CONFIG: config } }).status,
    ).to.equal(0);
    expect(readFileSync(crontab, 'utf8')).to.contain(`--config ${config} demo docs`);
    const local = writeConfig(temp.path, fileBackupConfig({ project: 'here' }));
    expect(runCliSync('sync-cron', ['--crontab-file', crontab], { env, cwd: temp.path }).status).to.equal(0);
    expect(readFileSync(crontab, 'utf8')).to.contain(`--config ${local} here docs`);
  });

  it('is idempotent: a second run prints nothing and does not touch the file', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    sync('-c', config);
    utimesSync(crontab, new Date(1_000_000), new Date(1_000_000));
    const result = sync('-c', config);
    expect(result).to.deep.include({ status: 0, stdout: '', stderr: '' });
    expect(statSync(crontab).mtimeMs).to.equal(1_000_000);
  });

  it('prints the changed lines when the config changes, keeping foreign lines', () => {
    writeFileSync(crontab, 'MAILTO=ops\r\n# mine\r\n5 * * * * /bin/true');
    const config = writeConfig(temp.path, fileBackupConfig());
    sync('-c', config);
    writeConfig(temp.path, fileBackupConfig({ backups: [{ name: 'docs', intervals: ['0 4 * * *'] }] }));
    const result = sync('-c', config);
    expect(result.stdout).to.match(/^sync-cron: updated .*\n- 30 2 \* \* \* .*\n\+ 0 4 \* \* \* .*\n$/);
    const text = readFileSync(crontab, 'utf8');
    expect(text.startsWith('MAILTO=ops\r\n# mine\r\n5 * * * * /bin/true\n# BEGIN opsbackup')).to.equal(true);
    expect(text).not.to.contain('30 2 * * *');
  });

  it('--dry-run prints the block and the diff and writes nothing', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    const result = sync('-c', config, '--dry-run');
    expect(result.status).to.equal(0);
    expect(result.stdout).to.contain(beginMarker(config)).and.to.contain('would update');
    expect(existsSync(crontab)).to.equal(false);
    expect(existsSync(join(temp.path, 'logs'))).to.equal(false);
  });

  it('--check exits 1 when the installed block differs and 0 when it matches, writing nothing', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    expect(sync('-c', config, '--check').status).to.equal(1);
    expect(existsSync(crontab)).to.equal(false);
    sync('-c', config);
    expect(sync('-c', config, '--check').status).to.equal(0);
    writeConfig(temp.path, fileBackupConfig({ backups: [{ name: 'docs', intervals: ['@hourly'] }] }));
    const result = sync('-c', config, '--check');
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain('differs from the config').and.to.contain('+ @hourly');
  });

  it('--remove deletes the block even when the config has become invalid', () => {
    writeFileSync(crontab, '# keep me\n');
    const config = writeConfig(temp.path, fileBackupConfig());
    sync('-c', config);
    writeFileSync(config, 'this: [is not valid');
    expect(sync('-c', config).status).to.equal(2);
    expect(readFileSync(crontab, 'utf8')).to.contain(beginMarker(config));
    const result = sync('-c', config, '--remove');
    expect(result.status, result.stderr).to.equal(0);
    expect(readFileSync(crontab, 'utf8')).to.equal('# keep me\n');
  });

  it('keeps one block per config, so two configs give two blocks', () => {
    const first = writeConfig(temp.path, fileBackupConfig({ project: 'one' }), 'one.yaml');
    const second = writeConfig(temp.path, fileBackupConfig({ project: 'two' }), 'two.yaml');
    sync('-c', first);
    sync('-c', second);
    sync('-c', first);
    const text = readFileSync(crontab, 'utf8');
    expect(text.split(beginMarker(first)).length).to.equal(2);
    expect(text.split(beginMarker(second)).length).to.equal(2);
  });

  it('quotes a config path with spaces, quotes, % and $ so the line still names it', () => {
    const dir = join(temp.path);
    const config = writeConfig(dir, fileBackupConfig(), `it's 100% $HOME.yaml`);
    expect(sync('-c', config).status).to.equal(0);
    expect(readFileSync(crontab, 'utf8')).to.contain(
      `--config '${temp.path}/it'\\''s 100'\\%' $HOME.yaml' demo docs`,
    );
  });

  it('refuses a config path with a newline', () => {
    const config = writeConfig(temp.path, fileBackupConfig(), 'bad\nname.yaml');
    const result = sync('-c', config);
    expect(result.status).to.equal(2);
    expect(result.stderr).to.contain('control character');
  });

  it('passes --env-file on to the lines, as an absolute path', () => {
    const config = writeConfig(temp.path, fileBackupConfig());
    writeFileSync(join(temp.path, 'prod.env'), 'X=1\n');
    expect(
      runCliSync('sync-cron', ['-c', config, '--env-file', 'prod.env', '--crontab-file', crontab], {
        env,
        cwd: temp.path,
      }).status,
    ).to.equal(0);
    expect(readFileSync(crontab, 'utf8')).to.contain(`--env-file ${temp.path}/prod.env demo docs`);
  });

  it('rejects conflicting modes and stray arguments as usage errors', () => {
    expect(sync('--dry-run', '--check').status).to.equal(2);
    expect(sync('extra').status).to.equal(2);
    expect(sync('--frobnicate').stderr).to.contain("Unknown option '--frobnicate'");
  });

  it('serialises concurrent runs: eight at once leave exactly one block', async () => {
    writeFileSync(crontab, '# foreign\n');
    const configs = Array.from({ length: 8 }, (_, i) =>
      writeConfig(temp.path, fileBackupConfig({ project: `p${i}` }), `c${i}.yaml`),
    );
    const results = await Promise.all(
      configs.map((config) => runCli('sync-cron', ['-c', config, '--crontab-file', crontab], { env })),
    );
    for (const result of results) expect(result.status, result.stderr).to.equal(0);
    const text = readFileSync(crontab, 'utf8');
    expect(text.startsWith('# foreign\n')).to.equal(true);
    for (const config of configs)
      expect(text.split(beginMarker(config)).length, `block of ${config}`).to.equal(2);
  });

  it('prints --help and --version', () => {
    expect(sync('--help').stdout).to.contain('usage: sync-cron');
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string })
      .version;
    expect(sync('--version').stdout.trim()).to.equal(`sync-cron ${version}`);
  });
});

describe('sync-cron stays light', function () {
  this.timeout(30_000);
  const heavy = ['@azure', '@microsoft', 'node-ssh', '/ssh2/', '/yauzl/', '/nodemailer/', 'cron-parser'];

  it('never loads heavy modules, and on an unchanged config not even the YAML parser or the validator', () => {
    const temp = makeTempDir();
    try {
      const config = writeConfig(temp.path, fileBackupConfig());
      const crontab = join(temp.path, 'crontab');
      const record = join(temp.path, 'imports.txt');
      const hook = new URL('../helpers/record-imports.js', import.meta.url).href;
      const env = {
        OPSBACKUP_STATE_DIR: join(temp.path, 'state'),
        RECORD_IMPORTS_TO: record,
        NODE_OPTIONS: `--import=${hook}`,
      };
      const imports = () => (existsSync(record) ? readFileSync(record, 'utf8') : '');

      expect(runCliSync('sync-cron', ['-c', config, '--crontab-file', crontab], { env }).status).to.equal(0);
      const first = imports();
      expect(first).to.contain('/node_modules/yaml/');
      for (const name of heavy) expect(first, name).not.to.contain(name);

      writeFileSync(record, '');
      const second = runCliSync('sync-cron', ['-c', config, '--crontab-file', crontab], { env });
      expect(second).to.deep.include({ status: 0, stdout: '' });
      expect(imports()).to.contain('/lib/cli/sync-cron.js');
      for (const name of [
        ...heavy,
        '/node_modules/yaml/',
        'validate-config',
        '/cron/block.js',
        '/lib/lock.js',
      ])
        expect(imports(), name).not.to.contain(name);
    } finally {
      temp.remove();
    }
  });

  it('notices a changed variable from .env even though the config file is unchanged', () => {
    const temp = makeTempDir();
    try {
      const config = writeConfig(temp.path, fileBackupConfig().replace("'30 2 * * *'", "'${WHEN}'"));
      const crontab = join(temp.path, 'crontab');
      const env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
      writeFileSync(join(temp.path, '.env'), 'WHEN=0 1 * * *\n');
      expect(runCliSync('sync-cron', ['-c', config, '--crontab-file', crontab], { env }).status).to.equal(0);
      writeFileSync(join(temp.path, '.env'), 'WHEN=0 2 * * *\n');
      expect(runCliSync('sync-cron', ['-c', config, '--crontab-file', crontab], { env }).stdout).to.contain(
        '+ 0 2 * * *',
      );
      const fromEnv = runCliSync('sync-cron', ['-c', config, '--crontab-file', crontab], {
        env: { ...env, WHEN: '0 3 * * *' },
      });
      expect(fromEnv.stdout).to.contain('+ 0 3 * * *');
    } finally {
      temp.remove();
    }
  });
});
