// run-backup of files on this host, end to end through the real command, checked with Info-ZIP's unzip.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { acquireLock } from '../../lib/lock.js';
import { runCli } from '../helpers/cli.js';
import { requireCommand } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';
import { describeTree, makeAwkwardTree } from '../helpers/trees.js';

describe('run-backup: files on this host', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;

  beforeEach(function () {
    requireCommand(this, 'unzip', 'Info-ZIP unzip, to check the archives');
    temp = makeTempDir();
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
    mkdirSync(join(temp.path, 'work'));
  });
  afterEach(() => temp.remove());

  function writeConfig(body: string): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(file, `WORK_DIRECTORY: work\nPROJECTS:\n  - NAME: demo\n    BACKUPS:\n${body}`);
    return file;
  }

  const filesBackup = (paths: string, targets = `[{ STORAGE_NAME: LOCAL, PATH: backups }]`, extra = '') =>
    `      - FILE_BACKUP:\n          NAME: files\n          INTERVALS: ['@daily']\n          FILE_PATH: ${paths}\n          EXCLUDE: ['*.log', 'cache/**']\n          UPLOAD_TO: ${targets}\n${extra}`;

  function archivesIn(dir: string): string[] {
    return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.zip')) : [];
  }

  it('stores a zip whose contents unzip byte for byte to the source, with links, empty dirs, modes and mtimes', async () => {
    const tree = join(temp.path, 'tree');
    mkdirSync(tree);
    makeAwkwardTree(tree);
    writeFileSync(join(temp.path, 'single file.txt'), 'just one file\n');
    const config = writeConfig(filesBackup(`[tree, 'single file.txt']`));
    const result = await runCli('run-backup', ['-c', config, '--json', 'demo', 'files'], { env });
    expect(result.status, result.stderr).to.equal(0);

    const outcome = JSON.parse(result.stdout) as {
      status: string;
      archive: string;
      size_bytes: number;
      sha256: string;
      targets: { status: string; archive: string }[];
    };
    expect(outcome.status).to.equal('ok');
    expect(outcome.archive).to.match(/^demo_files_\d{8}T\d{6}Z\.zip$/);
    const zip = join(temp.path, 'backups', outcome.archive);
    const bytes = readFileSync(zip);
    expect(bytes.length).to.equal(outcome.size_bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).to.equal(outcome.sha256);

    const manifest = JSON.parse(readFileSync(zip.replace(/\.zip$/, '.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest).to.include({
      project: 'demo',
      backup: 'files',
      sha256: outcome.sha256,
      size_bytes: outcome.size_bytes,
      archive: outcome.archive,
    });
    expect(manifest).to.have.keys(
      'project',
      'backup',
      'kind',
      'archive',
      'created',
      'host',
      'sources',
      'details',
      'entries',
      'size_bytes',
      'sha256',
      'bytes_read',
      'tool_version',
      'warnings',
    );

    // A link's entry holds its target, and the manifest says that size (what verify reads back).
    const sizes = new Map(
      (manifest.entries as { name: string; size: number }[]).map((e) => [e.name, e.size]),
    );
    expect(sizes.get('tree/link-to-plain')).to.equal('plain.txt'.length);
    expect(sizes.get('tree/dangling-link')).to.equal('/nonexistent/target'.length);

    const test = spawnSync('unzip', ['-tq', zip], { encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).to.equal(0);
    expect(spawnSync('zip', ['-T', zip]).status).to.equal(0);
    const out = join(temp.path, 'out');
    const unzip = spawnSync('unzip', ['-q', zip, '-d', out], { encoding: 'utf8' });
    expect(unzip.status, unzip.stderr).to.equal(0);

    rmSync(join(tree, 'sub/app.log'));
    rmSync(join(tree, 'cache/inner'), { recursive: true });
    expect(describeTree(join(out, 'tree'), { mtimes: true })).to.deep.equal(
      describeTree(tree, { mtimes: true }),
    );
    expect(readFileSync(join(out, 'single file.txt'), 'utf8')).to.equal('just one file\n');
    expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
  });

  it('sets the zip UTF-8 flag on non-ASCII names only', async () => {
    mkdirSync(join(temp.path, 'names'));
    writeFileSync(join(temp.path, 'names', 'ascii.txt'), 'a');
    writeFileSync(join(temp.path, 'names', 'ünï 中.txt'), 'b');
    const config = writeConfig(filesBackup('[names]'));
    expect((await runCli('run-backup', ['-c', config, 'demo', 'files'], { env })).status).to.equal(0);
    const [zip] = archivesIn(join(temp.path, 'backups'));
    const bytes = readFileSync(join(temp.path, 'backups', zip!));
    const flags: Record<string, boolean> = {};
    // Central directory headers: signature, then the general purpose flags at +8 and the name at +46.
    for (
      let at = bytes.indexOf(0x02014b50 & 0xff);
      at >= 0 && at < bytes.length - 46;
      at = bytes.indexOf(0x50, at + 1)
    ) {
      if (bytes.readUInt32LE(at) !== 0x02014b50) continue;
      const nameLength = bytes.readUInt16LE(at + 28);
      flags[bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8')] =
        (bytes.readUInt16LE(at + 8) & 0x800) !== 0;
    }
    expect(flags).to.deep.equal({ 'names/': false, 'names/ascii.txt': false, 'names/ünï 中.txt': true });
  });

  it('stores hard links once and colliding names apart, and lists both in the manifest', async () => {
    const data = join(temp.path, 'data');
    mkdirSync(join(data, 'sub'), { recursive: true });
    writeFileSync(join(data, 'big.bin'), randomBytes(3 * 1024 * 1024));
    linkSync(join(data, 'big.bin'), join(data, 'sub', 'big-again.bin'));
    writeFileSync(join(data, 'x%FF'), 'literal');
    writeFileSync(Buffer.from(`${data}/x\xff`, 'latin1'), 'latin-1');
    const config = writeConfig(filesBackup('[data]'));
    const result = await runCli('run-backup', ['-c', config, '--json', 'demo', 'files'], { env });
    expect(result.status, result.stderr).to.equal(0);
    const [zip] = archivesIn(join(temp.path, 'backups'));
    const path = join(temp.path, 'backups', zip!);
    const manifest = JSON.parse(readFileSync(path.replace(/\.zip$/, '.json'), 'utf8')) as {
      entries: { name: string; size: number }[];
      warnings: string[];
    };
    expect(manifest.entries).to.deep.equal([
      { name: 'data/', size: 0 },
      { name: 'data/big.bin', size: 3 * 1024 * 1024 },
      { name: 'data/sub/', size: 0 },
      { name: 'data/sub/big-again.bin', size: '../big.bin'.length },
      { name: 'data/x%FF', size: 7 },
      { name: 'data/x%FF~2', size: 7 },
    ]);
    expect(manifest.warnings).to.include('data/x%FF: another entry has this name; stored as data/x%FF~2');
    expect(spawnSync('zip', ['-T', path]).status).to.equal(0);
    // One copy of the 3 MiB of random data, not two.
    expect(readFileSync(path).length).to.be.within(3 * 1024 * 1024, 4 * 1024 * 1024);
  });

  // Minutes of reading and testing 4 GiB files: HEAVY=1 runs them.
  (process.env.HEAVY ? it : it.skip)(
    'HEAVY: files of 0xFFFFFFFF bytes and past 4 GiB, then small files, pass unzip -t and zip -T (sparse source)',
    async function () {
      this.timeout(900_000);
      mkdirSync(join(temp.path, 'big'));
      const sparse = (name: string, size: number) => {
        const file = join(temp.path, 'big', name);
        expect(spawnSync('truncate', ['-s', String(size), file]).status).to.equal(0);
        return file;
      };
      sparse('a-ffff.bin', 0xffffffff);
      writeFileSync(sparse('b-huge.bin', 4300 * 1024 * 1024), 'the end', { flag: 'a' });
      for (let i = 0; i < 20; i++) writeFileSync(join(temp.path, 'big', `c-small-${i}.txt`), `small ${i}`);
      const config = writeConfig(filesBackup('[big]'));
      const result = await runCli('run-backup', ['-c', config, '--json', 'demo', 'files'], { env });
      expect(result.status, result.stderr).to.equal(0);
      expect((JSON.parse(result.stdout) as { bytes_read: number }).bytes_read).to.equal(
        0xffffffff + 4300 * 1024 * 1024 + 7 + 20 * 7 + 10 * 1,
      );
      const [zip] = archivesIn(join(temp.path, 'backups'));
      const path = join(temp.path, 'backups', zip!);
      const listing = spawnSync('unzip', ['-Z', '-l', path], { encoding: 'utf8' });
      expect(listing.stderr).to.equal('');
      expect(listing.stdout).to.match(/ 4294967295 .* big\/a-ffff\.bin$/m);
      expect(listing.stdout).to.match(/ 4508876807 .* big\/b-huge\.bin$/m);
      expect(listing.stdout).to.match(/ 7 .* big\/c-small-0\.txt$/m);
      const check = spawnSync('unzip', ['-tq', path], { encoding: 'utf8' });
      expect(check.status, check.stdout + check.stderr).to.equal(0);
      const zipTest = spawnSync('zip', ['-T', path], { encoding: 'utf8' });
      expect(zipTest.status, zipTest.stdout + zipTest.stderr).to.equal(0);
      const tail = spawnSync('sh', ['-c', 'unzip -p "$1" big/b-huge.bin | tail -c 7', 'sh', path], {
        encoding: 'utf8',
      });
      expect(tail.stdout).to.equal('the end');
    },
  );

  it('names top folders by basename with -2 on clashes', async () => {
    for (const dir of ['a/data', 'b/data']) {
      mkdirSync(join(temp.path, dir), { recursive: true });
      writeFileSync(join(temp.path, dir, 'f'), dir);
    }
    const config = writeConfig(filesBackup('[a/data, b/data]'));
    expect((await runCli('run-backup', ['-c', config, 'demo', 'files'], { env })).status).to.equal(0);
    const [zip] = archivesIn(join(temp.path, 'backups'));
    const list = spawnSync('unzip', ['-Z1', join(temp.path, 'backups', zip!)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean);
    expect(list).to.deep.equal(['data/', 'data/f', 'data-2/', 'data-2/f']);
  });

  it('fails with exit 1 and stores nothing when a source path is missing', async () => {
    const config = writeConfig(filesBackup('[missing-dir]'));
    const result = await runCli('run-backup', ['-c', config, 'demo', 'files'], { env });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain(`source path ${temp.path}/missing-dir does not exist`);
    expect(archivesIn(join(temp.path, 'backups'))).to.deep.equal([]);
    expect(readdirSync(join(temp.path, 'work'))).to.deep.equal([]);
  });

  it('keeps the good target when another fails, exits 1 and names the failure', async () => {
    mkdirSync(join(temp.path, 'tree'));
    writeFileSync(join(temp.path, 'tree/f'), 'x');
    writeFileSync(join(temp.path, 'not-a-dir'), '');
    const config = writeConfig(
      filesBackup(
        '[tree]',
        '[{ STORAGE_NAME: LOCAL, PATH: not-a-dir/sub }, { STORAGE_NAME: LOCAL, PATH: good }]',
      ),
    );
    const result = await runCli('run-backup', ['-c', config, '--json', 'demo', 'files'], { env });
    expect(result.status).to.equal(1);
    const outcome = JSON.parse(result.stdout) as {
      status: string;
      targets: { path: string; status: string; error?: string }[];
    };
    expect(outcome.status).to.equal('failed');
    expect(outcome.targets.map((t) => t.status)).to.deep.equal(['failed', 'ok']);
    expect(outcome.targets[0]!.error).to.contain('cannot create: ENOTDIR');
    expect(archivesIn(join(temp.path, 'good'))).to.have.length(1);
    expect(result.stderr).to.contain('targets ok 1, failed 1').and.to.contain('not-a-dir/sub');
  });

  it('exits 3 when another run of the same backup holds its lock', async () => {
    mkdirSync(join(temp.path, 'tree'));
    const config = writeConfig(filesBackup('[tree]'));
    const lock = await acquireLock({
      directory: join(temp.path, 'state/locks'),
      key: `backup ${config} demo files`,
      waitSeconds: 0,
      what: 'x',
    });
    try {
      const result = await runCli('run-backup', ['-c', config, 'demo', 'files'], { env });
      expect(result.status).to.equal(3);
      expect(result.stderr).to.contain('backup demo/files is locked by another run');
    } finally {
      lock.release();
    }
  });

  it('--dry-run says what it would read and write and touches nothing', async () => {
    const config = writeConfig(filesBackup('[tree]'));
    const result = await runCli('run-backup', ['-c', config, '--dry-run', 'demo', 'files'], { env });
    expect(result.status).to.equal(0);
    expect(result.stdout)
      .to.contain(`${temp.path}/tree`)
      .and.to.contain(`LOCAL ${temp.path}/backups/demo_files_<UTC time>.zip`);
    expect(existsSync(join(temp.path, 'backups'))).to.equal(false);
    expect(existsSync(join(temp.path, 'logs'))).to.equal(false);
  });

  it('writes the run to a daily log file under LOG_DIRECTORY/YYYY/MM/', async () => {
    mkdirSync(join(temp.path, 'tree'));
    const config = writeConfig(filesBackup('[tree]'));
    expect((await runCli('run-backup', ['-c', config, 'demo', 'files'], { env })).status).to.equal(0);
    const day = new Date().toISOString().slice(0, 10);
    const log = readFileSync(join(temp.path, 'logs', day.slice(0, 4), day.slice(5, 7), `${day}.log`), 'utf8');
    expect(log).to.match(/\[demo\/files\] reading files on this host/);
    expect(log).to.match(/\[demo\/files\] done in .* targets ok 1, failed 0/);
    // eslint-disable-next-line no-control-regex -- a log read under cron must hold no control characters
    expect(log).not.to.match(/[\x00-\x09\x0b-\x1f]/);
  });
});

describe('run-backup: optional source paths', function () {
  this.timeout(30_000);
  it('skips a missing OPTIONAL path with a warning in the manifest, and still fails on a missing required one', async () => {
    const temp = makeTempDir();
    try {
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(join(temp.path, 'data/f'), 'x');
      const write = (paths: string) =>
        writeFileSync(
          join(temp.path, 'config.yaml'),
          `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP: { NAME: f, INTERVALS: ['@daily'], FILE_PATH: ${paths}, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }] }\n`,
        );
      const env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
      write(`[data, { PATH: maybe, OPTIONAL: true }]`);
      const ok = await runCli('run-backup', ['-c', join(temp.path, 'config.yaml'), '--json', 'p', 'f'], {
        env,
      });
      expect(ok.status, ok.stderr).to.equal(0);
      const archive = (JSON.parse(ok.stdout) as { archive: string }).archive;
      const manifest = JSON.parse(
        readFileSync(join(temp.path, 'backups', archive.replace('.zip', '.json')), 'utf8'),
      ) as { warnings: string[] };
      expect(manifest.warnings).to.deep.equal([
        `optional source path ${temp.path}/maybe does not exist; skipped`,
      ]);
      write(`[data, { PATH: maybe, OPTIONAL: false }]`);
      expect(
        (await runCli('run-backup', ['-c', join(temp.path, 'config.yaml'), 'p', 'f'], { env })).status,
      ).to.equal(1);
    } finally {
      temp.remove();
    }
  });
});
