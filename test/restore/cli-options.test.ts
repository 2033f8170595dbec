// run-backup --restore and --verify options on hand-built archives in a LOCAL target: --no-same-owner,
// --archive limited to this backup's own names (issue #13.10), and verify's sizes for links and hard
// links (the manifest says a link's target length, or 0 when it was written before they agreed).
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hardLinkField, unixOwnerField } from '../../lib/archive/extra-fields.js';
import { runCli } from '../helpers/cli.js';
import { isRoot } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';
import { buildZip, type BuiltEntry } from './build-zip.js';

const archiveName = 'demo_files_20260101T000000Z.zip';

describe('run-backup --restore and --verify options', function () {
  this.timeout(30_000);
  let temp: ReturnType<typeof makeTempDir>;
  let config: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(() => {
    temp = makeTempDir();
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
    config = join(temp.path, 'config.yaml');
    mkdirSync(join(temp.path, 'tree'));
    mkdirSync(join(temp.path, 'one'));
    writeFileSync(
      config,
      `PROJECTS:
  - NAME: demo
    BACKUPS:
      - FILE_BACKUP:
          NAME: files
          INTERVALS: ['@daily']
          FILE_PATH: [tree]
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: one }]
`,
    );
  });
  afterEach(() => temp.remove());

  const cli = (...args: string[]) => runCli('run-backup', ['-c', config, ...args], { env });

  /** Stores a hand-built archive and its manifest in the LOCAL target, as a backup would. */
  const store = (
    entries: BuiltEntry[],
    manifestEntries: { name: string; size: number }[],
    name = archiveName,
  ) => {
    const bytes = buildZip(entries);
    writeFileSync(join(temp.path, 'one', name), bytes);
    writeFileSync(
      join(temp.path, 'one', name.replace('.zip', '.json')),
      JSON.stringify({
        project: 'demo',
        backup: 'files',
        archive: name,
        size_bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        entries: manifestEntries,
      }),
    );
  };

  it('--no-same-owner leaves files owned by root without setuid; without it, root restores the owner', async function () {
    if (!isRoot()) {
      console.warn('      skipped: restoring owners needs root');
      this.skip();
    }
    store(
      [{ name: 'tree/su', data: 'x', mode: 0o4755, extra: [unixOwnerField(1234, 1234)] }],
      [{ name: 'tree/su', size: 1 }],
    );
    const owned = await cli('--restore', 'demo', 'files', '--to', join(temp.path, 'a'));
    expect(owned.status, owned.stderr).to.equal(0);
    expect(lstatSync(join(temp.path, 'a/tree/su'))).to.include({ uid: 1234, mode: 0o104755 });
    const rootOwned = await cli(
      '--restore',
      'demo',
      'files',
      '--to',
      join(temp.path, 'b'),
      '--no-same-owner',
    );
    expect(rootOwned.status, rootOwned.stderr).to.equal(0);
    expect(lstatSync(join(temp.path, 'b/tree/su'))).to.include({ uid: 0, mode: 0o100755 });
    const misplaced = await cli('--verify', 'demo', 'files', '--no-same-owner');
    expect(misplaced.status).to.equal(2);
    expect(misplaced.stderr).to.match(/--no-same-owner works only with --restore/);
  });

  it('--archive takes only a plain archive name of this backup: ../../elsewhere.zip is a usage error and nothing is read or written', async () => {
    store([{ name: 'tree/f', data: 'x' }], [{ name: 'tree/f', size: 1 }]);
    // A well-formed archive and manifest outside the target, which a path in --archive would reach.
    mkdirSync(join(temp.path, 'elsewhere'));
    for (const name of [archiveName, archiveName.replace('.zip', '.json')])
      copyFileSync(join(temp.path, 'one', name), join(temp.path, 'elsewhere', name));
    const to = join(temp.path, 'restored');
    for (const archive of [
      '../elsewhere/demo_files_20260101T000000Z.zip',
      '../../elsewhere.zip',
      'other_files_20260101T000000Z.zip',
      'demo_files_20260101T000000Z.zip/..',
    ]) {
      for (const mode of [['--restore', '--to', to], ['--verify']]) {
        const result = await cli(mode[0]!, 'demo', 'files', ...mode.slice(1), '--archive', archive);
        expect(result.status, `${mode[0]} ${archive}: ${result.stderr}`).to.equal(2);
        expect(result.stderr).to.include(
          `--archive ${JSON.stringify(archive)} is not an archive name of demo/files`,
        );
      }
    }
    const missing = await cli(
      '--restore',
      'demo',
      'files',
      '--to',
      to,
      '--archive',
      'demo_files_20250101T000000Z.zip',
    );
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.match(/--archive demo_files_20250101T000000Z\.zip: no such archive on LOCAL/);
    expect(existsSync(to)).to.equal(false);
    const named = await cli('--restore', 'demo', 'files', '--to', to, '--archive', archiveName);
    expect(named.status, named.stderr).to.equal(0);
    expect(readdirSync(join(to, 'tree'))).to.deep.equal(['f']);
  });

  it('verifies links and hard links by their target length, accepting 0 from older manifests, and restores both', async () => {
    const entries: BuiltEntry[] = [
      { name: 'tree/f', data: 'shared' },
      { name: 'tree/h', type: 'symlink', data: 'f', extra: [hardLinkField('tree/f')] },
      { name: 'tree/l', type: 'symlink', data: 'f' },
    ];
    store(entries, [
      { name: 'tree/f', size: 6 },
      { name: 'tree/h', size: 1 },
      { name: 'tree/l', size: 1 },
    ]);
    const verified = await cli('--verify', 'demo', 'files');
    expect(verified.status, verified.stdout).to.equal(0);
    store(entries, [
      { name: 'tree/f', size: 6 },
      { name: 'tree/h', size: 0 },
      { name: 'tree/l', size: 0 },
    ]);
    expect((await cli('--verify', 'demo', 'files')).status).to.equal(0);
    store(entries, [
      { name: 'tree/f', size: 6 },
      { name: 'tree/h', size: 1 },
      { name: 'tree/l', size: 7 },
    ]);
    const wrong = await cli('--verify', 'demo', 'files');
    expect(wrong.status).to.equal(1);
    expect(wrong.stdout).to.match(/✗ tree\/l: 1 bytes, the manifest says 7/);
    const restored = await cli('--restore', 'demo', 'files', '--to', join(temp.path, 'r'));
    expect(restored.status, restored.stderr).to.equal(0);
    expect(restored.stdout).to.match(/restored 1 files .*, 0 directories and 1 links, 1 hard links into/);
    expect(lstatSync(join(temp.path, 'r/tree/h')).ino).to.equal(lstatSync(join(temp.path, 'r/tree/f')).ino);
  });
});
