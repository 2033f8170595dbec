// Owners on restore (issue #13.1): as root, archived owners come back as GNU tar gives them back (the
// setuid bit surviving the chown); when they do not (--no-same-owner, no owner in the archive), setuid
// and setgid are dropped as unzip drops them. Real files, real chown; these tests need root.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unixOwnerField } from '../../lib/archive/extra-fields.js';
import { restoreFiles, type RestoreReport } from '../../lib/restore/files.js';
import { repoRoot } from '../helpers/cli.js';
import { isRoot } from '../helpers/services.js';
import { makeTempDir } from '../helpers/temp.js';
import { buildZip } from './build-zip.js';

describe('restore: owners and setuid', function () {
  let temp: ReturnType<typeof makeTempDir>;
  let zip: string;

  before(function () {
    if (!isRoot()) {
      console.warn('      skipped: restoring owners needs root');
      this.skip();
    }
  });
  beforeEach(() => {
    temp = makeTempDir();
    zip = join(temp.path, 'a.zip');
    writeFileSync(
      zip,
      buildZip([
        { name: 'd', type: 'directory', mode: 0o2775, extra: [unixOwnerField(1234, 5678)] },
        { name: 'd/setuid', data: '#!/bin/sh\n', mode: 0o4755, extra: [unixOwnerField(1234, 5678)] },
        { name: 'd/setgid', data: 'g', mode: 0o2750, extra: [unixOwnerField(1234, 5678)] },
        { name: 'd/link', type: 'symlink', data: 'setuid', extra: [unixOwnerField(1234, 5678)] },
        { name: 'd/no-owner', data: 'n', mode: 0o6755 },
      ]),
    );
  });
  afterEach(() => temp.remove());

  const stat = (to: string, name: string) => {
    const info = lstatSync(join(to, name));
    return { uid: info.uid, gid: info.gid, mode: info.mode & 0o7777 };
  };

  it('as root, gives files, directories and links their owners, setuid and setgid kept after the chown', async () => {
    const to = join(temp.path, 'out');
    const report = await restoreFiles(zip, to, { force: false });
    expect(report.refused).to.deep.equal([]);
    expect(stat(to, 'd/setuid')).to.deep.equal({ uid: 1234, gid: 5678, mode: 0o4755 });
    expect(stat(to, 'd/setgid')).to.deep.equal({ uid: 1234, gid: 5678, mode: 0o2750 });
    expect(stat(to, 'd')).to.deep.equal({ uid: 1234, gid: 5678, mode: 0o2775 });
    expect(stat(to, 'd/link')).to.include({ uid: 1234, gid: 5678 }); // lchown: the link's own owner
  });

  it('with --no-same-owner, leaves everything owned by root and drops setuid and setgid', async () => {
    const to = join(temp.path, 'out');
    const report = await restoreFiles(zip, to, { force: false, sameOwner: false });
    expect(report.refused).to.deep.equal([]);
    expect(stat(to, 'd/setuid')).to.deep.equal({ uid: 0, gid: 0, mode: 0o755 });
    expect(stat(to, 'd/setgid')).to.deep.equal({ uid: 0, gid: 0, mode: 0o750 });
    expect(stat(to, 'd')).to.deep.equal({ uid: 0, gid: 0, mode: 0o775 });
    expect(stat(to, 'd/link')).to.include({ uid: 0, gid: 0 });
  });

  it('not run as root, restores no owners and drops setuid and setgid (as nobody)', function () {
    const home = join(temp.path, 'nobody');
    mkdirSync(home);
    chownSync(home, 65534, 65534);
    chmodSync(temp.path, 0o711);
    copyFileSync(zip, join(home, 'a.zip'));
    // The code is loaded as root, then the process becomes nobody: the checkout may sit under a
    // directory nobody cannot enter (a 0700 temporary directory, say).
    const script = `const { restoreFiles } = await import(${JSON.stringify(join(repoRoot, 'dist/lib/restore/files.js'))});
      process.setgroups([]);
      process.setgid(65534);
      process.setuid(65534);
      process.chdir(${JSON.stringify(home)});
      const report = await restoreFiles('a.zip', 'out', { force: false });
      console.log(JSON.stringify({ uid: process.getuid(), euid: process.geteuid(), report }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
    const result = JSON.parse(run.stdout) as { uid: number; euid: number; report: RestoreReport };
    expect([result.uid, result.euid]).to.deep.equal([65534, 65534]);
    expect(result.report.refused).to.deep.equal([]);
    const to = join(home, 'out');
    expect(stat(to, 'd/setuid')).to.deep.equal({ uid: 65534, gid: 65534, mode: 0o755 });
    expect(stat(to, 'd/setgid')).to.deep.equal({ uid: 65534, gid: 65534, mode: 0o750 });
    expect(stat(to, 'd')).to.deep.equal({ uid: 65534, gid: 65534, mode: 0o775 });
  });

  it('drops setuid and setgid of an entry whose archive holds no owner (no ux field), even as root', async () => {
    const to = join(temp.path, 'out');
    await restoreFiles(zip, to, { force: false });
    expect(stat(to, 'd/no-owner')).to.deep.equal({ uid: 0, gid: 0, mode: 0o755 });
  });
});
