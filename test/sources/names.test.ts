// Names that are not plain UTF-8 paths: bytes that are not UTF-8, backslashes, newlines, leading dots,
// a leading `c:` — kept or visibly escaped, never lost, and restorable.
import { expect } from 'chai';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameFromBytes, zipSafeName } from '../../lib/sources/names.js';
import { topNames } from '../../lib/sources/source.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';
import { makeWeirdNames, restoredWeirdNames } from '../helpers/trees.js';

describe('names that are not plain UTF-8 paths', () => {
  it('decodes UTF-8 as is and escapes each invalid byte as %XX', () => {
    expect(nameFromBytes(Buffer.from('plain ü 名'))).to.deep.equal({ name: 'plain ü 名', escaped: false });
    expect(nameFromBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]))).to.deep.equal({
      name: 'caf%E9',
      escaped: true,
    });
    expect(nameFromBytes(Buffer.from([0xc3, 0xbc, 0xff, 0xe2, 0x82]))).to.deep.equal({
      name: 'ü%FF%E2%82',
      escaped: true,
    });
    expect(nameFromBytes(Buffer.from([0xed, 0xa0, 0x80]))).to.deep.equal({
      name: '%ED%A0%80',
      escaped: true,
    });
  });

  it('escapes what the zip writer would change: backslashes, and a drive-like first segment', () => {
    expect(zipSafeName('a\\b')).to.deep.equal({ name: 'a%5Cb', escaped: true });
    expect(zipSafeName('c:foo')).to.deep.equal({ name: 'c:foo', escaped: false });
    expect(zipSafeName('c:foo', true)).to.deep.equal({ name: 'c%3Afoo', escaped: true });
    expect(topNames(['c:foo', 'a\\b', 'data', 'data'])).to.deep.equal(['c%3Afoo', 'a%5Cb', 'data', 'data-2']);
  });

  describe('through run-backup and --restore on this host', function () {
    this.timeout(60_000);
    let temp: ReturnType<typeof makeTempDir>;
    beforeEach(() => (temp = makeTempDir()));
    afterEach(() => temp.remove());

    it('backs up every name, warns about the escaped ones, and restores them all', async () => {
      makeWeirdNames(join(temp.path, 'data'));
      const config = join(temp.path, 'config.yaml');
      writeFileSync(
        config,
        `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP: { NAME: f, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }] }\n`,
      );
      const env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
      const backup = await runCli('run-backup', ['-c', config, 'p', 'f'], { env });
      expect(backup.status, backup.stdout).to.equal(0);
      expect(backup.stdout).to.contain('data/latin1-caf%E9.txt: the name is not UTF-8');
      expect(backup.stdout).to.contain('data/back%5Cslash: a backslash in the name is stored as %5C');
      const to = join(temp.path, 'restored');
      const restore = await runCli(
        'run-backup',
        ['-c', config, '--restore', '--to', to, '--allow-outside-links', 'p', 'f'],
        { env },
      );
      expect(restore.status, restore.stderr).to.equal(0);
      expect(readdirSync(join(to, 'data')).sort()).to.deep.equal(restoredWeirdNames);
    });
  });
});
