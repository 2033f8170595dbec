// Restore gives back what the archive holds (issue #14 items 3-6): times from the NTFS field to the
// millisecond in any year, modes exactly (0 included), names as the raw bytes they had on disk, hard
// links as links, and runs of zeros as holes. Archives built by hand, restored with real syscalls.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ExtraId,
  extraField,
  hardLinkField,
  ntfsField,
  rawNameField,
} from '../../lib/archive/extra-fields.js';
import { restoreFiles } from '../../lib/restore/files.js';
import { makeTempDir } from '../helpers/temp.js';
import { buildZip, utField, type BuiltEntry } from './build-zip.js';

describe('restore: fidelity', function () {
  this.timeout(30_000);
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  const restore = async (entries: BuiltEntry[]) => {
    const zip = join(temp.path, 'a.zip');
    writeFileSync(zip, buildZip(entries));
    const to = join(temp.path, 'out');
    return { to, report: await restoreFiles(zip, to, { force: false }) };
  };
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  describe('times', () => {
    const times = [
      '2100-02-03T04:05:06.789Z',
      '1975-03-04T05:06:07.999Z',
      '1969-07-20T20:17:40.123Z',
      '2026-12-02T13:19:44.583Z', // as a double, …44.582999944 s: Node and libuv alone give back .582
    ];
    // The millisecond of an mtime, truncated toward -∞ as the writer truncates (Node 24 sets times to the
    // nanosecond of a double, so a time far from 1970 lands some nanoseconds into its millisecond).
    const milliseconds = (path: string) => {
      const ns = lstatSync(path, { bigint: true }).mtimeNs;
      const ms = ns / 1_000_000n;
      return ms * 1_000_000n > ns ? ms - 1n : ms;
    };

    it('restores mtimes after 2038 and before 1980 to the millisecond, from the NTFS field, for files, directories and links', async () => {
      const entries = times.flatMap((iso, i): BuiltEntry[] => {
        // As our writer stores them: UT clamped to 32 bits, DOS clamped to 1980, the NTFS field exact.
        const seconds = Math.max(-0x80000000, Math.min(0x7fffffff, Math.floor(Date.parse(iso) / 1000)));
        const extra = [utField(seconds), ntfsField(new Date(iso))];
        const dosTime = new Date(Math.max(Date.parse(iso), Date.parse('1980-01-01T00:00:00Z')));
        return [
          { name: `d${i}/`, type: 'directory', extra, dosTime },
          { name: `d${i}/f`, data: 'x', extra, dosTime },
          { name: `d${i}/l`, type: 'symlink', data: 'f', extra, dosTime },
        ];
      });
      const { to, report } = await restore(entries);
      expect(report.refused).to.deep.equal([]);
      times.forEach((iso, i) => {
        for (const name of [`d${i}`, `d${i}/f`, `d${i}/l`])
          expect(milliseconds(join(to, name)), `${name}: ${iso}`).to.equal(BigInt(Date.parse(iso)));
      });
    });

    it('lands every millisecond exactly, in any year from 1902 to 2241 (500 random times)', async () => {
      const from = Date.parse('1902-01-01T00:00:00Z');
      const to = Date.parse('2241-12-31T00:00:00Z');
      const chosen = Array.from({ length: 500 }, () => from + Math.floor(Math.random() * (to - from)));
      const restored = await restore(
        chosen.map((ms, i) => ({ name: `f${i}`, data: '', extra: [ntfsField(new Date(ms))] })),
      );
      const wrong = chosen.filter((ms, i) => milliseconds(join(restored.to, `f${i}`)) !== BigInt(ms));
      expect(wrong.map((ms) => new Date(ms).toISOString())).to.deep.equal([]);
    });

    it('takes UT when there is no NTFS field, and the DOS time when UT is clamped at 2038', async () => {
      const { to } = await restore([
        { name: 'ut', data: 'x', extra: [utField(1_000_000_001)] },
        {
          name: 'clamped',
          data: 'x',
          extra: [utField(0x7fffffff)],
          dosTime: new Date('2040-05-06T07:08:10Z'),
        },
        { name: 'dos', data: 'x', dosTime: new Date('2001-02-03T04:05:06Z') },
      ]);
      expect(lstatSync(join(to, 'ut')).mtimeMs).to.equal(1_000_000_001_000);
      expect(new Date(lstatSync(join(to, 'clamped')).mtimeMs).toISOString()).to.equal(
        '2040-05-06T07:08:10.000Z',
      );
      expect(new Date(lstatSync(join(to, 'dos')).mtimeMs).toISOString()).to.equal('2001-02-03T04:05:06.000Z');
    });
  });

  describe('modes', () => {
    it('restores mode 0 exactly for files and directories, and any other mode as stored', async () => {
      const { to, report } = await restore([
        { name: 'locked/', type: 'directory', mode: 0 },
        { name: 'locked/inner', data: 'x', mode: 0 },
        { name: 'odd', data: 'x', mode: 0o1705 },
        { name: 'none', data: 'x', mode: 0 },
      ]);
      expect(report.refused).to.deep.equal([]);
      const mode = (name: string) => lstatSync(join(to, name)).mode & 0o7777;
      expect([mode('locked'), mode('locked/inner'), mode('odd'), mode('none')]).to.deep.equal([
        0, 0, 0o1705, 0,
      ]);
      expect(readFileSync(join(to, 'locked/inner'), 'utf8')).to.equal('x');
    });

    it('uses 0644 and 0755 only when the zip has no Unix attributes (another host, or none at all)', async () => {
      const { to } = await restore([
        { name: 'dos.txt', data: 'x', host: 0, externalAttributes: 0x20 },
        { name: 'dosdir/', type: 'directory', host: 0, externalAttributes: 0x10 },
        { name: 'bare.txt', data: 'x', host: 3, externalAttributes: 0 },
      ]);
      const mode = (name: string) => lstatSync(join(to, name)).mode & 0o7777;
      expect([mode('dos.txt'), mode('dosdir'), mode('bare.txt')]).to.deep.equal([0o644, 0o755, 0o644]);
    });
  });

  describe('names', () => {
    it('restores the raw bytes of the private raw-name field, two entries with one stored name both', async () => {
      const { to, report } = await restore([
        { name: 'x%FF', data: 'latin-1', extra: [rawNameField(Buffer.from('x\xff', 'latin1'))] },
        { name: 'x%FF', data: 'percent', extra: [rawNameField(Buffer.from('x%FF'))] },
        { name: 'a%5Cb', data: 'backslash', extra: [rawNameField(Buffer.from('a\\b'))] },
        { name: 'dir%FE/', type: 'directory', extra: [rawNameField(Buffer.from('dir\xfe', 'latin1'))] },
        { name: 'dir%FE/f', data: 'in', extra: [rawNameField(Buffer.from('dir\xfe/f', 'latin1'))] },
      ]);
      expect(report.refused).to.deep.equal([]);
      const names = readdirSync(to, { encoding: 'buffer' }).map((name) => name.toString('latin1'));
      expect(names.sort()).to.deep.equal(['a\\b', 'dir\xfe', 'x%FF', 'x\xff'].sort());
      const read = (latin1: string) => readFileSync(Buffer.from(join(to, latin1), 'latin1'), 'utf8');
      expect([read('x\xff'), read('x%FF'), read('a\\b'), read('dir\xfe/f')]).to.deep.equal([
        'latin-1',
        'percent',
        'backslash',
        'in',
      ]);
    });

    it('refuses raw names that climb out, are absolute or hold NUL, and a second entry for the same path', async () => {
      const { to, report } = await restore([
        { name: 'safe1', data: 'x', extra: [rawNameField(Buffer.from('../out'))] },
        { name: 'safe2', data: 'x', extra: [rawNameField(Buffer.from('/tmp/abs-restore-test'))] },
        { name: 'safe3', data: 'x', extra: [rawNameField(Buffer.from('a\0b'))] },
        { name: 'first', data: 'first' },
        { name: 'second', data: 'second', extra: [rawNameField(Buffer.from('first'))] },
        { name: 'first', data: 'third' },
      ]);
      expect(report.refused.map((r) => `${r.name}: ${r.reason}`)).to.deep.equal([
        'safe1: the name climbs out with ..',
        'safe2: the name is absolute',
        'safe3: the name holds a NUL byte',
        'second: "first" was already restored to first',
        'first: "first" was already restored to first',
      ]);
      expect(readdirSync(to)).to.deep.equal(['first']);
      expect(readFileSync(join(to, 'first'), 'utf8')).to.equal('first');
      expect(readdirSync(temp.path).sort()).to.deep.equal(['a.zip', 'out']);
    });
  });

  describe('hard links', () => {
    const hardLink = (name: string, to: string, text: string): BuiltEntry => ({
      name,
      type: 'symlink',
      data: text,
      extra: [hardLinkField(to)],
    });

    it('restores a hard-link entry as a link to the file restored earlier in the run', async () => {
      const { to, report } = await restore([
        { name: 'f', data: 'shared', mode: 0o640 },
        hardLink('h', 'f', 'f'),
        hardLink('sub/h2', 'f', '../f'),
      ]);
      expect(report).to.include({ files: 1, hardLinks: 2, symlinks: 0 });
      const inode = lstatSync(join(to, 'f')).ino;
      for (const name of ['h', 'sub/h2']) {
        const info = lstatSync(join(to, name));
        expect(
          info.isFile() && info.ino === inode && info.nlink === 3 && (info.mode & 0o777) === 0o640,
          name,
        ).to.equal(true);
      }
    });

    it('gives a hard link the content of its file when that file was refused, never a dangling link', async () => {
      const { to, report } = await restore([
        { name: '../bad', data: 'content of a refused file', mode: 0o600 },
        hardLink('copy', '../bad', '../bad'),
        hardLink('copy2', '../bad', '../bad'),
        hardLink('orphan', 'never-seen', 'never-seen'),
      ]);
      expect(report.refused.map((r) => r.name)).to.deep.equal(['../bad', 'orphan']);
      expect(report.refused[1]?.reason).to.match(/a hard link to "never-seen", which is no earlier file/);
      const copy = lstatSync(join(to, 'copy'));
      expect(copy.isFile() && (copy.mode & 0o777) === 0o600).to.equal(true);
      expect(readFileSync(join(to, 'copy'), 'utf8')).to.equal('content of a refused file');
      expect(lstatSync(join(to, 'copy2')).ino).to.equal(copy.ino);
    });

    it('reads the link field only on link entries (a file entry carrying it is a file)', async () => {
      const { to } = await restore([
        { name: 'f', data: 'a' },
        { name: 'g', data: 'b', extra: [extraField(ExtraId.hardLink, Buffer.from('f'))] },
      ]);
      expect(readFileSync(join(to, 'g'), 'utf8')).to.equal('b');
    });
  });

  describe('link targets', () => {
    it('refuses a link target longer than Linux allows without buffering it', async () => {
      const { to, report } = await restore([
        { name: 'long', type: 'symlink', data: 'x'.repeat(5000) },
        { name: 'ok', type: 'symlink', data: 'x'.repeat(40) },
      ]);
      expect(report.refused).to.deep.equal([
        { name: 'long', reason: 'a link target of 5000 bytes (at most 4096)' },
      ]);
      expect(lstatSync(join(to, 'ok')).isSymbolicLink()).to.equal(true);
    });
  });

  describe('holes', () => {
    it('restores runs of zeros as holes: 64 MiB of zeros with a few bytes takes a few blocks', async () => {
      const content = Buffer.alloc(64 * 1024 * 1024);
      for (const at of [0, 10 * 1024 * 1024 + 3, 33_333_333, content.length - 1]) content[at] = 0x5a;
      const { to, report } = await restore([{ name: 'sparse', data: content, deflate: true }]);
      expect(report.refused).to.deep.equal([]);
      const info = statSync(join(to, 'sparse'));
      expect(info.size).to.equal(content.length);
      expect(info.blocks * 512).to.be.below(1024 * 1024);
      expect(sha256(readFileSync(join(to, 'sparse')))).to.equal(sha256(content));
    });

    it('writes data byte for byte around holes, whatever the chunk boundaries', async () => {
      // Zero runs of many lengths between random bytes, so blocks straddle every chunk boundary.
      const parts: Buffer[] = [];
      for (let i = 0; i < 200; i++)
        parts.push(randomBytes(1 + ((i * 977) % 5000)), Buffer.alloc((i * 7919) % 20_000));
      parts.push(Buffer.alloc(12_345)); // a trailing hole: the length comes from the final truncate
      const content = Buffer.concat(parts);
      const { to } = await restore([
        { name: 'stored', data: content },
        { name: 'deflated', data: content, deflate: true },
      ]);
      for (const name of ['stored', 'deflated']) {
        expect(statSync(join(to, name)).size, name).to.equal(content.length);
        expect(sha256(readFileSync(join(to, name))), name).to.equal(sha256(content));
      }
    });
  });
});
