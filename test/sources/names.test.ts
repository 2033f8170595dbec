// Names that are not plain UTF-8 paths: bytes that are not UTF-8, backslashes, newlines, leading dots,
// a leading `c:` — kept or visibly escaped, never lost, and restorable.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { nameFromBytes, storedName } from '../../lib/sources/names.js';
import { topNames } from '../../lib/sources/source.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';
import { makeWeirdNames, nameBytes } from '../helpers/trees.js';

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

  it('stores valid UTF-8 as it is, % included, newlines and a colon below the top folder too', () => {
    for (const name of ['plain ü 名', '50% off', 'x%FF', 'new\nline', 'c:colon'])
      expect(storedName(Buffer.from(name))).to.deep.equal({ name });
  });

  it('escapes a name with invalid bytes, a backslash or (top folder) a drive, and then its % as well', () => {
    const escapes = { notUtf8: false, backslash: false, drive: false, percent: false };
    expect(storedName(Buffer.from([0x78, 0x25, 0xff]))).to.deep.equal({
      name: 'x%25%FF',
      escapes: { ...escapes, notUtf8: true, percent: true },
    });
    expect(storedName(Buffer.from('a\\b%5C'))).to.deep.equal({
      name: 'a%5Cb%255C',
      escapes: { ...escapes, backslash: true, percent: true },
    });
    expect(storedName(Buffer.from('c:foo'), true)).to.deep.equal({
      name: 'c%3Afoo',
      escapes: { ...escapes, drive: true },
    });
    expect(topNames(['c:foo', 'a\\b', 'data', 'data', 'x%y'])).to.deep.equal([
      { name: 'c%3Afoo', raw: Buffer.from('c:foo'), escapes: { ...escapes, drive: true } },
      { name: 'a%5Cb', raw: Buffer.from('a\\b'), escapes: { ...escapes, backslash: true } },
      { name: 'data' },
      { name: 'data-2' },
      { name: 'x%y' },
    ]);
  });

  it('never stores two different escaped names alike: escaping decodes back to the bytes', () => {
    // The inverse of the escaping: %XX is a byte, anything else its UTF-8.
    const decode = (name: string) =>
      Buffer.concat(
        name
          .split(/(%[0-9A-F]{2})/)
          .map((part) =>
            /^%[0-9A-F]{2}$/.test(part) ? Buffer.from([parseInt(part.slice(1), 16)]) : Buffer.from(part),
          ),
      );
    const alphabet = Buffer.from('a%\\5CF\xff\xc3\xa9:', 'latin1');
    const seen = new Map<string, string>();
    for (let i = 0; i < 5000; i++) {
      const bytes = Buffer.from([...randomBytes(1 + (i % 6))].map((r) => alphabet[r % alphabet.length] ?? 0));
      const { name, escapes } = storedName(bytes, i % 2 === 0);
      if (!escapes) continue;
      expect(decode(name).equals(bytes), `${bytes.toString('hex')} → ${name}`).to.equal(true);
      const before = seen.get(name);
      if (before !== undefined) expect(before).to.equal(bytes.toString('hex'));
      seen.set(name, bytes.toString('hex'));
    }
    expect(seen.size).to.be.above(300);
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
      expect(nameBytes(join(to, 'data'))).to.deep.equal(nameBytes(join(temp.path, 'data')));
    });
  });
});
