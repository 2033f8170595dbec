// Run history, --status and METRICS_FILE through the real run-backup.
import { expect } from 'chai';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

describe('run-backup: history, --status and metrics', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let config: string;

  beforeEach(() => {
    temp = makeTempDir();
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), DB_PASSWORD: 'hist-secret-9f2c' };
    mkdirSync(join(temp.path, 'data'));
    writeFileSync(join(temp.path, 'data/a.txt'), 'a');
    config = join(temp.path, 'config.yaml');
    writeFileSync(
      config,
      `METRICS_FILE: metrics/opsbackup.prom
PROJECTS:
  - NAME: demo
    BACKUPS:
      - FILE_BACKUP: { NAME: files, INTERVALS: ['@hourly'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }] }
      - DB_BACKUPS:
          NAME: db
          INTERVALS: ['@daily']
          DB_INFO: { USERNAME: nobody, PASSWORD: '\${DB_PASSWORD}', NAME: none, HOST: 127.0.0.1, PORT: 1 }
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }]
`,
    );
    mkdirSync(join(temp.path, 'metrics'));
  });
  afterEach(() => temp.remove());

  const status = () => runCli('run-backup', ['-c', config, '--status', '--json'], { env });
  type Status = {
    project: string;
    backup: string;
    state: string;
    last_run?: { result: string; error?: string };
  };

  it('records every run (0600, no secrets), reports STALE/FAILING state and exits 1 when one needs attention', async () => {
    const before = await status();
    expect(before.status, before.stderr).to.equal(0);
    expect((JSON.parse(before.stdout) as Status[]).map((s) => s.state)).to.deep.equal([
      'never run',
      'never run',
    ]);

    expect((await runCli('run-backup', ['-c', config, 'demo', 'files'], { env })).status).to.equal(0);
    expect((await runCli('run-backup', ['-c', config, 'demo', 'db'], { env })).status).to.equal(1);

    const after = await status();
    expect(after.status).to.equal(1);
    const statuses = JSON.parse(after.stdout) as Status[];
    expect(statuses.map((s) => `${s.backup} ${s.state}`)).to.deep.equal(['files ok', 'db FAILING']);
    expect(statuses[1]?.last_run?.error).to.be.a('string').and.not.contain('hist-secret-9f2c');

    const text = await runCli('run-backup', ['-c', config, '--status'], { env });
    expect(text.stdout).to.match(/^BACKUP +STATE +LAST RUN/);
    expect(text.stdout).to.match(/demo\/db +FAILING/);

    const directory = join(temp.path, 'state', 'history');
    const files = readdirSync(directory);
    expect(files).to.have.length(2);
    for (const file of files) {
      expect(statSync(join(directory, file)).mode & 0o777).to.equal(0o600);
      const content = readFileSync(join(directory, file), 'utf8');
      expect(content).to.not.contain('hist-secret-9f2c');
      expect(content.trimEnd().split('\n')).to.have.length(1);
    }
  });

  it('skips a torn last line and goes on appending after it', async () => {
    expect((await runCli('run-backup', ['-c', config, 'demo', 'files'], { env })).status).to.equal(0);
    const [file] = readdirSync(join(temp.path, 'state', 'history'));
    writeFileSync(join(temp.path, 'state', 'history', file!), '{"version":1,"start', { flag: 'a' });
    const result = await status();
    expect((JSON.parse(result.stdout) as Status[])[0]?.state).to.equal('ok');
  });

  it('rewrites METRICS_FILE after each run with every backup of the config', async () => {
    expect((await runCli('run-backup', ['-c', config, 'demo', 'files'], { env })).status).to.equal(0);
    const metrics = readFileSync(join(temp.path, 'metrics/opsbackup.prom'), 'utf8');
    expect(metrics).to.match(/^opsbackup_last_run_success\{project="demo",backup="files"\} 1$/m);
    expect(metrics).to.not.match(/^opsbackup_last_run_success\{project="demo",backup="db"\}/m);
    expect(metrics).to.match(/^opsbackup_stale\{project="demo",backup="db"\} 0$/m);
    expect(readdirSync(join(temp.path, 'metrics'))).to.deep.equal(['opsbackup.prom']);

    expect((await runCli('run-backup', ['-c', config, 'demo', 'db'], { env })).status).to.equal(1);
    const again = readFileSync(join(temp.path, 'metrics/opsbackup.prom'), 'utf8');
    expect(again).to.match(/^opsbackup_last_run_success\{project="demo",backup="db"\} 0$/m);
    expect(again).to.match(/^opsbackup_last_run_success\{project="demo",backup="files"\} 1$/m);
  });

  it('a state directory that cannot be made is a clear error, not a stack trace', async () => {
    rmSync(join(temp.path, 'state'), { recursive: true, force: true });
    writeFileSync(join(temp.path, 'state'), 'not a directory');
    const result = await runCli('run-backup', ['-c', config, 'demo', 'files'], {
      env: { ...env, OPSBACKUP_STATE_DIR: join(temp.path, 'state', 'sub') },
    });
    // The lock lives there too, so the run cannot start: said in plain words, with the way out.
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/cannot create the state directory .*state\/sub/);
    expect(result.stderr).to.match(/OPSBACKUP_STATE_DIR/);
    expect(result.stderr).to.not.match(/\n\s+at /);
  });
});
