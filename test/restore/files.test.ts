// run-backup --verify and --restore of file backups on LOCAL targets: byte-for-byte round trips, and
// archives built to attack the restore directory.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from '../helpers/cli.js';
import { requireCommand } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';
import { describeTree, makeAwkwardTree } from '../helpers/trees.js';

describe('run-backup --verify and --restore: files', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  let env: NodeJS.ProcessEnv;
  let config: string;
  let tree: string;

  beforeEach(() => {
    temp = makeTempDir();
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
    tree = join(temp.path, 'tree');
    mkdirSync(tree);
    makeAwkwardTree(tree);
    config = join(temp.path, 'config.yaml');
    writeFileSync(
      config,
      `PROJECTS:
  - NAME: demo
    BACKUPS:
      - FILE_BACKUP:
          NAME: files
          INTERVALS: ['@daily']
          FILE_PATH: [tree]
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: one }, { STORAGE_NAME: LOCAL, PATH: two }]
`,
    );
  });
  afterEach(() => temp.remove());

  const cli = (...args: string[]) => runCli('run-backup', ['-c', config, ...args], { env });
  const archives = (target: string) =>
    readdirSync(join(temp.path, target))
      .filter((name) => name.endsWith('.zip'))
      .sort();

  it('restores a backup byte for byte, with modes, mtimes and links, after checking it against its manifest', async () => {
    expect((await cli('demo', 'files')).status).to.equal(0);
    const to = join(temp.path, 'restored');
    const refused = await cli('--restore', 'demo', 'files', '--to', to);
    // The dangling link points to an absolute path: refused unless asked for.
    expect(refused.status).to.equal(1);
    expect(refused.stderr).to.match(/refused "tree\/dangling-link": the link points to an absolute path/);

    const again = join(temp.path, 'restored-all');
    const result = await cli('--restore', 'demo', 'files', '--to', again, '--allow-outside-links');
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/size \(\d+ bytes\) and sha256 match the manifest/);
    expect(result.stdout).to.match(/restored \d+ files .* and 2 links into/);
    expect(describeTree(join(again, 'tree'), { mtimes: true })).to.deep.equal(
      describeTree(tree, { mtimes: true }),
    );
  });

  it('refuses a non-empty directory unless --force, and --force writes over what is there', async () => {
    expect((await cli('demo', 'files')).status).to.equal(0);
    const to = join(temp.path, 'restored');
    mkdirSync(join(to, 'tree'), { recursive: true });
    writeFileSync(join(to, 'tree', 'plain.txt'), 'local change');
    const refused = await cli('--restore', 'demo', 'files', '--to', to);
    expect(refused.status).to.equal(2);
    expect(refused.stderr).to.match(/is not empty; nothing was restored/);
    expect(readFileSync(join(to, 'tree', 'plain.txt'), 'utf8')).to.equal('local change');
    const forced = await cli('--restore', 'demo', 'files', '--to', to, '--force', '--allow-outside-links');
    expect(forced.status, forced.stderr).to.equal(0);
    expect(readFileSync(join(to, 'tree', 'plain.txt'), 'utf8')).to.equal('hello\n');
  });

  it('--force never writes through a symlink that leads out of the directory', async () => {
    expect((await cli('demo', 'files')).status).to.equal(0);
    const to = join(temp.path, 'restored');
    const outside = join(temp.path, 'outside');
    mkdirSync(outside);
    mkdirSync(to);
    symlinkSync(outside, join(to, 'tree'));
    const result = await cli('--restore', 'demo', 'files', '--to', to, '--force');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.match(/its folder tree is a symlink: nothing is written through links/);
    expect(readdirSync(outside)).to.deep.equal([]);
  });

  it('verifies the newest archive on every target, or a named one on the N-th', async () => {
    expect((await cli('demo', 'files')).status).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await cli('demo', 'files')).status).to.equal(0);
    const [older, newer] = archives('one');
    const all = await cli('--verify', 'demo', 'files');
    expect(all.status, all.stdout).to.equal(0);
    expect(all.stdout.match(new RegExp(`^ok +LOCAL .*: ${newer}$`, 'gm'))).to.have.length(2);
    expect(all.stdout).to.match(/entries read back; the CRC-32 and length of all \d+ files are right/);
    const named = await cli('--verify', 'demo', 'files', '--target', '2', '--archive', older!, '--json');
    expect(named.status).to.equal(0);
    const reports = JSON.parse(named.stdout) as { target: string; archive: string; ok: boolean }[];
    expect(reports.map((r) => [r.target.endsWith('/two'), r.archive, r.ok])).to.deep.equal([
      [true, older, true],
    ]);
    const wrongTarget = await cli('--verify', 'demo', 'files', '--target', '3');
    expect(wrongTarget.status).to.equal(2);
    expect(wrongTarget.stderr).to.match(/has 2 target\(s\)/);
  });

  it('finds damage: a flipped byte inside compressed data fails sha256 and CRC-32; a missing manifest fails', async () => {
    expect((await cli('demo', 'files')).status).to.equal(0);
    const [name] = archives('one');
    const zip = join(temp.path, 'one', name!);
    const bytes = readFileSync(zip);
    const at = Math.floor(bytes.length / 2); // inside random.bin's data
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(zip, bytes);
    const result = await cli('--verify', 'demo', 'files');
    expect(result.status).to.equal(1);
    expect(result.stdout).to.match(/^FAILED LOCAL .*one: /m);
    expect(result.stdout).to.match(/✗ sha256 [0-9a-f]{64}, the manifest says/);
    expect(result.stdout).to.match(/✗ tree\/sub\/deep\/random\.bin: (CRC-32 mismatch|.*invalid)/);
    expect(result.stdout).to.match(/^ok +LOCAL .*two: /m);

    const restore = await cli('--restore', 'demo', 'files', '--to', join(temp.path, 'r'));
    expect(restore.status).to.equal(1);
    expect(restore.stderr).to.match(/does not match its manifest; nothing was restored/);
    expect(existsSync(join(temp.path, 'r', 'tree'))).to.equal(false);

    const [other] = archives('two');
    writeFileSync(join(temp.path, 'two', other!.replace('.zip', '.json')), '');
    const noManifest = await cli('--verify', 'demo', 'files', '--target', '2');
    expect(noManifest.status).to.equal(1);
  });

  it('refuses every escaping entry of a hostile archive one by one, and restores the rest', async function () {
    requireCommand(this, 'python3', 'Python, to write an archive with hostile names');
    const target = join(temp.path, 'one');
    mkdirSync(target);
    const zip = join(target, 'demo_files_20260101T000000Z.zip');
    const made = spawnSync('python3', [join(repoRoot, 'test/fixtures/hostile-zip.py'), zip], {
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).to.equal(0);
    const bytes = readFileSync(zip);
    writeFileSync(
      zip.replace('.zip', '.json'),
      JSON.stringify({
        project: 'demo',
        backup: 'files',
        archive: 'demo_files_20260101T000000Z.zip',
        size_bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        entries: [],
      }),
    );
    const to = join(temp.path, 'deep', 'restore-here');
    const result = await cli('--restore', 'demo', 'files', '--to', to, '--target', '1');
    expect(result.status).to.equal(1);
    for (const [name, reason] of [
      ['../escape.txt', 'climbs out'],
      ['top/../../escape2.txt', 'climbs out'],
      ['/tmp/absolute-escape.txt', 'is absolute'],
      ['top\\\\..\\\\..\\\\backslash.txt', 'backslash'],
      ['top/out-link', 'points outside'],
      ['top/abs-link', 'absolute path'],
      ['top/damaged.txt', 'damaged'],
    ])
      expect(result.stderr).to.match(
        new RegExp(`refused "${name!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}": .*${reason}`),
      );
    expect(describeTree(to)).to.deep.equal({
      top: { type: 'dir', mode: 0o755 },
      'top/good.txt': { type: 'file', mode: 0o644, content: Buffer.from('good\n').toString('base64') },
      'top/in-link': { type: 'link', mode: 0, target: 'good.txt' },
    });
    expect(readdirSync(join(temp.path, 'deep'))).to.deep.equal(['restore-here']);
    expect(existsSync('/tmp/absolute-escape.txt')).to.equal(false);
    const verify = await cli('--verify', 'demo', 'files', '--target', '1');
    expect(verify.status).to.equal(1);
    expect(verify.stdout).to.match(/✗ entry "\.\.\/escape\.txt" climbs out with \.\./);
  });
});
