import { expect } from 'chai';
import { Readable } from 'node:stream';
import type { ArchiveEntry, FileEntry, SourceReport } from '../../lib/sources/source.js';
import { StoredNames, UniqueNames } from '../../lib/sources/unique-names.js';

const mtime = new Date('2020-01-01T00:00:00Z');
const dir = (name: string): ArchiveEntry => ({ type: 'directory', name, mode: 0o755, mtime });
const file = (name: string): FileEntry => ({
  type: 'file',
  name,
  mode: 0o644,
  mtime,
  size: 0,
  open: () => Readable.from([]),
});

function run(entries: ArchiveEntry[]): { out: ArchiveEntry[]; warnings: string[] } {
  const report: SourceReport = { warnings: [], details: {} };
  const names = new UniqueNames(report);
  return { out: entries.map((entry) => names.take(entry)), warnings: report.warnings };
}

describe('unique stored names', () => {
  it('renames a taken name with ~2 before its extension, ~3 when that is taken too', () => {
    const names = new StoredNames();
    const claim = (name: string, directory = false) => names.claim(name, directory).stored;
    expect(
      ['t', 't/x.tar.gz', 't/x.tar.gz', 't/x.tar~2.gz', 't/x.tar.gz'].map((name) => claim(name)),
    ).to.deep.equal(['t', 't/x.tar.gz', 't/x.tar~2.gz', 't/x.tar~2~2.gz', 't/x.tar~3.gz']);
    expect(['t/.bashrc', 't/.bashrc', 't/a.d/f', 't/a.d/f'].map((name) => claim(name))).to.deep.equal([
      't/.bashrc',
      't/.bashrc~2',
      't/a.d/f',
      't/a.d/f~2',
    ]);
  });

  it('moves everything below a renamed folder with it, nested renames included, and only that', () => {
    const { out, warnings } = run([
      dir('t'),
      dir('t/d'),
      file('t/d/x'),
      dir('t/d'), // the escaped twin of t/d
      file('t/d/x'),
      dir('t/d/e'),
      dir('t/d/e'), // and a twin inside it
      file('t/d/e/y'),
      file('t/d/z'),
      file('t/other'),
    ]);
    expect(out.map((entry) => [entry.name, entry.rawName?.toString()])).to.deep.equal([
      ['t', undefined],
      ['t/d', undefined],
      ['t/d/x', undefined],
      ['t/d~2', 't/d'],
      ['t/d~2/x', 't/d/x'],
      ['t/d~2/e', 't/d/e'],
      ['t/d~2/e~2', 't/d/e'],
      ['t/d~2/e~2/y', 't/d/e/y'],
      ['t/d~2/z', 't/d/z'],
      ['t/other', undefined],
    ]);
    expect(warnings).to.deep.equal([
      't/d: another entry has this name; stored as t/d~2',
      't/d/e: another entry has this name; stored as t/d~2/e~2',
    ]);
  });

  it('keeps the raw name a source gave, and points hard links at the stored name of their target', () => {
    const raw = Buffer.from('t/x\xff', 'latin1');
    const { out } = run([
      dir('t'),
      file('t/x%FF'),
      { ...file('t/x%FF'), rawName: raw, linkable: true },
      { type: 'hardlink', name: 't/link', mode: 0o644, mtime, target: 't/x%FF' },
      { type: 'hardlink', name: 't/link2', mode: 0o644, mtime, target: 't/x%FF', targetRawName: raw },
    ]);
    expect(out[2]?.name).to.equal('t/x%FF~2');
    expect(out[2]?.rawName).to.equal(raw);
    // Two entries had the source name t/x%FF: the raw name tells which one a link means.
    expect(out[3]?.type === 'hardlink' && out[3].target).to.equal('t/x%FF');
    expect(out[4]?.type === 'hardlink' && out[4].target).to.equal('t/x%FF~2');
    const moved = run([
      dir('t'),
      dir('t/d'),
      dir('t/d'),
      file('t/d/f'),
      { type: 'hardlink', name: 't/link', mode: 0o644, mtime, target: 't/d/f' },
    ]);
    expect(moved.out[4]?.type === 'hardlink' && moved.out[4].target).to.equal('t/d~2/f');
  });

  it('claims 70,000 names, half of them colliding, in well under a second', () => {
    const names = new StoredNames();
    const started = performance.now();
    for (let i = 0; i < 70_000; i++) {
      const n = Math.floor(i / 2);
      names.claim(`top/d${n % 100}/f${n}.txt`, false);
    }
    expect(names.claim('top/d1/f1.txt', false).stored).to.equal('top/d1/f1~3.txt');
    expect(performance.now() - started).to.be.below(1000);
  });
});
