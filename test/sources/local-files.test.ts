import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ExtraId, readUnixOwner } from '../../lib/archive/extra-fields.js';
import { readZip } from '../../lib/archive/read-zip.js';
import { writeZip } from '../../lib/archive/zip.js';
import { LocalFileSource } from '../../lib/sources/local-files.js';
import type { ArchiveEntry, FileEntry, SourceReport } from '../../lib/sources/source.js';
import { storedContent, zipLayout } from '../archive/zip-layout.js';
import { makeTempDir } from '../helpers/temp.js';

const newReport = (): SourceReport => ({ warnings: [], details: {} });

async function listAll(source: LocalFileSource, report = newReport()): Promise<ArchiveEntry[]> {
  const entries: ArchiveEntry[] = [];
  for await (const entry of source.entries(report)) entries.push(entry);
  return entries;
}

/** The source's entries, with `before(entry)` run after the walk listed each and before the writer has it. */
async function* between(
  entries: AsyncIterable<ArchiveEntry>,
  before: (entry: ArchiveEntry) => void,
): AsyncIterable<ArchiveEntry> {
  for await (const entry of entries) {
    before(entry);
    yield entry;
  }
}

describe('LocalFileSource', function () {
  this.timeout(30_000);
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => temp.remove());

  it('notes a file that changed size while it was read', async () => {
    writeFileSync(join(temp.path, 'growing.log'), '12345');
    const report = newReport();
    for await (const entry of new LocalFileSource([join(temp.path, 'growing.log')], []).entries(report)) {
      if (entry.type !== 'file') continue;
      await entry.finish?.(9);
    }
    expect(report.warnings).to.deep.equal([
      `${temp.path}/growing.log changed size while it was read (5 → 9 bytes)`,
    ]);
  });

  it('sizes what it will read before reading it: files only, EXCLUDE applied, links not followed', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(join(root, 'logs'), { recursive: true });
    mkdirSync(join(root, 'cache'));
    writeFileSync(join(root, 'a.txt'), 'x'.repeat(1000));
    writeFileSync(join(root, 'logs', 'b.log'), 'y'.repeat(2345));
    writeFileSync(join(root, 'cache', 'big.bin'), 'z'.repeat(50_000));
    symlinkSync('/etc/passwd', join(root, 'link'));
    linkSync(join(root, 'a.txt'), join(root, 'logs', 'a-again.txt')); // stored once, counted once
    const source = new LocalFileSource([root], ['cache']);
    expect(await source.estimateBytes()).to.equal(3345);
    let read = 0;
    for (const entry of await listAll(source)) if (entry.type === 'file') read += entry.size ?? 0;
    expect(read).to.equal(3345);
  });

  it('truncates mtimes to the millisecond, never rounds them up (before 1970 too)', async () => {
    const root = join(temp.path, 'times');
    mkdirSync(root);
    // Node's stat.mtime rounds: .9996 s would become the next second.
    const late = join(root, 'late');
    const early = join(root, 'early');
    writeFileSync(late, 'x');
    writeFileSync(early, 'x');
    utimesSync(late, 1_700_000_007.9996, 1_700_000_007.9996);
    // Node's utimes does not take times before 1970; touch does.
    expect(spawnSync('touch', ['-m', '-d', '@-10.0004', early]).status).to.equal(0);
    expect(lstatSync(late).mtime.getTime()).to.equal(1_700_000_008_000); // what the old code stored
    const times = Object.fromEntries(
      (await listAll(new LocalFileSource([root], []))).map((entry) => [entry.name, entry.mtime.getTime()]),
    );
    expect(times['times/late']).to.equal(1_700_000_007_999);
    expect(times['times/early']).to.equal(-10_001);
  });

  it('gives every entry its owner from lstat', async () => {
    mkdirSync(join(temp.path, 'data'));
    writeFileSync(join(temp.path, 'data', 'f'), 'x');
    symlinkSync('f', join(temp.path, 'data', 'l'));
    const { uid, gid } = lstatSync(join(temp.path, 'data', 'f'));
    const entries = await listAll(new LocalFileSource([join(temp.path, 'data')], []));
    expect(entries.map((entry) => [entry.name, entry.uid, entry.gid])).to.deep.equal([
      ['data', uid, gid],
      ['data/f', uid, gid],
      ['data/l', uid, gid],
    ]);
  });

  it('stores escaped and colliding names apart, each with its bytes on disk, and says so', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(root);
    const at = (name: string | Buffer) => Buffer.concat([Buffer.from(`${root}/`), Buffer.from(name)]);
    const latin1 = (text: string) => Buffer.from(text, 'latin1');
    writeFileSync(at('x%FF'), 'literal');
    writeFileSync(at(latin1('x\xff')), 'raw byte');
    writeFileSync(at('50%.txt'), 'percent, not escaped');
    writeFileSync(at('back\\sl%sh'), 'backslash');
    mkdirSync(at('d%FF'));
    writeFileSync(at('d%FF/a'), 'in the literal folder');
    mkdirSync(at(latin1('d\xff')));
    writeFileSync(at(latin1('d\xff/a')), 'in the raw folder');
    const report = newReport();
    const entries = await listAll(new LocalFileSource([root], []), report);
    expect(entries.map((entry) => [entry.name, entry.rawName?.toString('latin1')])).to.deep.equal([
      ['data', undefined],
      ['data/50%.txt', undefined],
      ['data/back%5Csl%25sh', 'data/back\\sl%sh'],
      ['data/d%FF', undefined],
      ['data/d%FF/a', undefined],
      ['data/d%FF~2', 'data/d\xff'],
      ['data/d%FF~2/a', 'data/d\xff/a'],
      ['data/x%FF', undefined],
      ['data/x%FF~2', 'data/x\xff'],
    ]);
    expect(report.warnings).to.deep.equal([
      'data/back%5Csl%25sh: a backslash in the name is stored as %5C',
      'data/back%5Csl%25sh: % in an escaped name is stored as %25',
      'data/d%FF: the name is not UTF-8; its invalid bytes are stored as %XX',
      'data/d%FF: another entry has this name; stored as data/d%FF~2',
      'data/x%FF: the name is not UTF-8; its invalid bytes are stored as %XX',
      'data/x%FF: another entry has this name; stored as data/x%FF~2',
    ]);
  });

  it('lists a file with several names once, the later names as hard links to the first', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(join(root, 'b'), { recursive: true });
    writeFileSync(join(root, 'a'), 'shared');
    linkSync(join(root, 'a'), join(root, 'b', 'c'));
    linkSync(join(root, 'a'), join(root, 'z'));
    writeFileSync(join(root, 'single'), 'one name');
    const entries = await listAll(new LocalFileSource([root], []));
    expect(
      entries.map((entry) =>
        entry.type === 'hardlink'
          ? [entry.name, 'link to', entry.target, entry.fallback?.name]
          : [entry.name, entry.type, entry.type === 'file' && entry.linkable === true],
      ),
    ).to.deep.equal([
      ['data', 'directory', false],
      ['data/a', 'file', true],
      ['data/b', 'directory', false],
      ['data/b/c', 'link to', 'data/a', 'data/b/c'],
      ['data/single', 'file', false],
      ['data/z', 'link to', 'data/a', 'data/z'],
    ]);
  });

  it('opens only what the walk listed: a file swapped for a symlink or another file is left out', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(root);
    writeFileSync(join(temp.path, 'secret'), 'root only');
    for (const name of ['to-link', 'to-other', 'kept']) writeFileSync(join(root, name), name);
    const report = newReport();
    const files = (await listAll(new LocalFileSource([root], []), report)).filter(
      (entry): entry is FileEntry => entry.type === 'file',
    );
    // After the walk's lstat, before the open: the attacker's move.
    rmSync(join(root, 'to-link'));
    symlinkSync(join(temp.path, 'secret'), join(root, 'to-link'));
    writeFileSync(join(temp.path, 'other'), 'other');
    renameSync(join(temp.path, 'other'), join(root, 'to-other'));
    const opened = await Promise.all(files.map(async (file) => await file.openReader?.()));
    expect(opened.map((reader) => reader !== undefined)).to.deep.equal([true, false, false]);
    await opened[0]?.close();
    expect(report.warnings).to.deep.equal([
      `skipped ${root}/to-link: it was replaced by a symlink while the backup ran`,
      `skipped ${root}/to-other: it was replaced by another file while the backup ran`,
    ]);
  });

  it('does not list a directory swapped for a symlink after the walk saw it', async () => {
    const root = join(temp.path, 'data');
    mkdirSync(join(root, 'd'), { recursive: true });
    writeFileSync(join(root, 'd', 'own'), 'own');
    mkdirSync(join(temp.path, 'secret'));
    writeFileSync(join(temp.path, 'secret', 'key'), 'root only');
    const report = newReport();
    const names: string[] = [];
    for await (const entry of new LocalFileSource([root], []).entries(report)) {
      names.push(entry.name);
      // The walk has lstat'ed d and yielded it; before it lists d, the attacker's move.
      if (entry.name === 'data/d') {
        renameSync(join(root, 'd'), join(temp.path, 'd.old'));
        symlinkSync(join(temp.path, 'secret'), join(root, 'd'));
      }
    }
    expect(names).to.deep.equal(['data', 'data/d']);
    expect(report.warnings).to.deep.equal([
      `skipped the contents of ${root}/d: it was replaced while it was read`,
    ]);
  });

  describe('through the zip writer, read back by unzip, zip -T and read-zip', () => {
    it('stores owners, links once, escaped names with their bytes, and never a swapped file', async () => {
      const root = join(temp.path, 'data');
      mkdirSync(join(root, 'sub'), { recursive: true });
      writeFileSync(join(temp.path, 'secret'), 'SECRET root-only content');
      writeFileSync(join(root, 'victim'), 'harmless');
      writeFileSync(join(root, 'big-victim'), Buffer.alloc(2 * 1024 * 1024, 'v'));
      writeFileSync(join(root, 'first'), 'linked content');
      linkSync(join(root, 'first'), join(root, 'sub', 'second'));
      writeFileSync(Buffer.from(`${root}/caf\xe9`, 'latin1'), 'latin-1 name');
      symlinkSync('first', join(root, 'symlink'));
      const report = newReport();
      const swap = (entry: ArchiveEntry) => {
        if (entry.name !== 'data/victim' && entry.name !== 'data/big-victim') return;
        const path = join(temp.path, entry.name);
        rmSync(path);
        symlinkSync(join(temp.path, 'secret'), path);
      };
      const zip = join(temp.path, 'out.zip');
      const source = new LocalFileSource([root], []);
      const result = await writeZip(between(source.entries(report), swap), zip);
      expect(result.entries).to.deep.equal([
        { name: 'data/', size: 0 },
        { name: 'data/caf%E9', size: 12 },
        { name: 'data/first', size: 14 },
        { name: 'data/sub/', size: 0 },
        { name: 'data/sub/second', size: '../first'.length },
        { name: 'data/symlink', size: 'first'.length },
      ]);
      expect(report.warnings).to.include(
        `skipped ${root}/victim: it was replaced by a symlink while the backup ran`,
      );
      expect(report.warnings).to.include(
        `skipped ${root}/big-victim: it was replaced by a symlink while the backup ran`,
      );
      expect(readFileSync(zip).includes('SECRET')).to.equal(false);

      expect(spawnSync('unzip', ['-tq', zip]).status).to.equal(0);
      expect(spawnSync('zip', ['-T', zip]).status).to.equal(0);
      const details = spawnSync('unzip', ['-Z', '-v', zip], { encoding: 'utf8' }).stdout;
      expect(details).to.contain('Unix UID/GID');
      expect(details).to.contain('PKWARE Win32');
      const layout = new Map(zipLayout(zip).map((entry) => [entry.name, entry]));
      const { uid, gid } = lstatSync(join(root, 'first'));
      expect(
        readUnixOwner(layout.get('data/first')?.local.fields.get(ExtraId.unixOwner) as Buffer),
      ).to.deep.equal({ uid, gid });
      expect(layout.get('data/caf%E9')?.central.get(ExtraId.rawName)?.toString('latin1')).to.equal(
        'data/caf\xe9',
      );
      const second = layout.get('data/sub/second');
      expect(second?.central.get(ExtraId.hardLink)?.toString()).to.equal('data/first');
      expect(second && storedContent(zip, second).toString()).to.equal('../first');

      const contents: Record<string, string> = {};
      for await (const entry of readZip(zip)) {
        let text = '';
        if (entry.type !== 'directory') for await (const chunk of await entry.open()) text += String(chunk);
        contents[entry.name] = `${entry.type}:${text}`;
      }
      expect(contents).to.deep.equal({
        data: 'directory:',
        'data/caf%E9': 'file:latin-1 name',
        'data/first': 'file:linked content',
        'data/sub': 'directory:',
        'data/sub/second': 'symlink:../first',
        'data/symlink': 'symlink:first',
      });
      const out = join(temp.path, 'unzipped');
      expect(spawnSync('unzip', ['-q', zip, '-d', out]).status).to.equal(0);
      expect(readFileSync(join(out, 'data/sub/second'), 'utf8')).to.equal('linked content');
    });

    it('stores a later name in full when the first name of a hard-linked file was left out', async () => {
      const root = join(temp.path, 'data');
      mkdirSync(root);
      writeFileSync(join(root, 'a'), 'shared');
      linkSync(join(root, 'a'), join(root, 'b'));
      linkSync(join(root, 'a'), join(root, 'c'));
      const report = newReport();
      const swap = (entry: ArchiveEntry) => {
        if (entry.name !== 'data/a') return;
        rmSync(join(root, 'a'));
        writeFileSync(join(root, 'a'), 'a new file in its place');
      };
      const zip = join(temp.path, 'out.zip');
      const result = await writeZip(between(new LocalFileSource([root], []).entries(report), swap), zip);
      expect(result.entries).to.deep.equal([
        { name: 'data/', size: 0 },
        { name: 'data/b', size: 6 },
        { name: 'data/c', size: 6 },
      ]);
      expect(zipLayout(zip).map((entry) => [entry.name, entry.mode.toString(8)])).to.deep.equal([
        ['data/', '40755'],
        ['data/b', '100644'],
        ['data/c', '100644'],
      ]);
      expect(report.warnings).to.deep.equal([
        `skipped ${root}/a: it was replaced by another file while the backup ran`,
      ]);
      expect(spawnSync('zip', ['-T', zip]).status).to.equal(0);
    });
  });
});
