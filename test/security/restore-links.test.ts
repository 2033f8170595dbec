// Restore against archives whose links chain out of the restore directory (issue #13.3 and 3b): every
// link is resolved as the kernel resolves it, against the links made before it and again once all
// exist, and nothing is written or made through a link. After each restore, every link left in the
// directory is followed by the kernel (realpath.native) and must stay inside it.
import { expect } from 'chai';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { restoreFiles, type RestoreFilesOptions, type RestoreReport } from '../../lib/restore/files.js';
import { makeTempDir } from '../helpers/temp.js';
import { buildZip, type BuiltEntry } from '../restore/build-zip.js';

describe('restore: link chains cannot lead out of the restore directory', function () {
  let temp: ReturnType<typeof makeTempDir>;
  let dest: string;
  let victim: string;

  beforeEach(() => {
    temp = makeTempDir();
    // The restore directory sits four levels down, so that ../../../.. chains have room to climb.
    dest = join(temp.path, 'w', 'x', 'y', 'dest');
    victim = join(temp.path, 'victim');
    mkdirSync(victim);
    writeFileSync(join(victim, 'secret'), 'root only\n');
  });
  afterEach(() => temp.remove());

  const restore = async (
    entries: BuiltEntry[],
    options: RestoreFilesOptions = { force: false },
  ): Promise<RestoreReport> => {
    const zip = join(temp.path, `${readdirSync(temp.path).length}.zip`);
    writeFileSync(zip, buildZip(entries));
    return restoreFiles(zip, dest, options);
  };
  const link = (name: string, target: string): BuiltEntry => ({ name, type: 'symlink', data: target });
  const refusedNames = (report: RestoreReport) => report.refused.map((refused) => refused.name).sort();

  /** Every link under `dest` the kernel can follow leads inside it; the victim is untouched. */
  const expectContained = () => {
    const root = realpathSync(dest);
    const walk = (directory: string) => {
      for (const name of readdirSync(directory)) {
        const path = join(directory, name);
        const info = lstatSync(path);
        if (info.isSymbolicLink()) {
          let real: string | undefined;
          try {
            real = realpathSync.native(path);
          } catch {
            real = undefined; // dangling or a loop: leads nowhere
          }
          if (real !== undefined)
            expect(
              real === root || real.startsWith(`${root}/`),
              `${relative(root, path)} → ${real}`,
            ).to.equal(true);
        } else if (info.isDirectory()) walk(path);
      }
    };
    walk(root);
    expect(readdirSync(victim)).to.deep.equal(['secret']);
    expect(
      readdirSync(temp.path)
        .filter((name) => !name.endsWith('.zip'))
        .sort(),
    ).to.deep.equal(['victim', 'w']);
  };

  it('issue 3: a/b/c/s → ../../.. then a/b/c/s/e → ../../../../victim leaves no link out', async () => {
    const report = await restore([
      { name: 'a/b/c/', type: 'directory' },
      link('a/b/c/s', '../../..'),
      link('a/b/c/s/e', '../../../../victim'),
    ]);
    expect(refusedNames(report)).to.deep.equal(['a/b/c/s/e']);
    expect(report.refused[0]?.reason).to.match(
      /its folder a\/b\/c\/s is a symlink: nothing is written through links/,
    );
    expect(readlinkSync(join(dest, 'a/b/c/s'))).to.equal('../../..');
    expect(readdirSync(dest)).to.deep.equal(['a']);
    expectContained();
  });

  it('issue 3b: d1 → . then evil → d1/d1/d1/../../../victim, and up → d1/.., are refused', async () => {
    const report = await restore([
      link('d1', '.'),
      link('evil', 'd1/d1/d1/../../../victim'),
      link('up', 'd1/..'),
      link('fine', 'd1/d1/d1/a'),
    ]);
    expect(refusedNames(report)).to.deep.equal(['evil', 'up']);
    expect(report.refused[0]?.reason).to.match(
      /points outside the restore directory \(d1\/d1\/d1\/\.\.\/\.\.\/\.\.\/victim leads to /,
    );
    expect(readlinkSync(join(dest, 'fine'))).to.equal('d1/d1/d1/a');
    expectContained();
  });

  it('issue 3b, second archive: --force does not write evil/file through a planted link', async () => {
    mkdirSync(dest, { recursive: true });
    symlinkSync(victim, join(dest, 'evil'));
    const report = await restore([{ name: 'evil/file', data: 'x' }], { force: true });
    expect(report.refused).to.have.length(1);
    expect(report.refused[0]?.reason).to.match(/its folder evil is a symlink/);
    expect(readdirSync(victim)).to.deep.equal(['secret']);
  });

  it('refuses a link to a link that leads out, whatever their order', async () => {
    const report = await restore([
      link('first', 'x/l2/..'),
      { name: 'x/', type: 'directory' },
      link('x/l2', '..'),
      link('x/l3', 'l2/y'),
      link('l4', 'x/l3/../..'),
    ]);
    // first: x/l2 was missing when it was made (text: x, inside); once l2 → .. existed it led to the
    // parent of the restore directory, so the final check removed it. l4 → x/l3 → y (inside) /.. → dest/..
    expect(refusedNames(report)).to.deep.equal(['first', 'l4']);
    expect(report.refused.find((r) => r.name === 'first')?.reason).to.match(/through links made after it/);
    expect(readdirSync(dest).sort()).to.deep.equal(['x']);
    expectContained();
  });

  it('a link through a name made later is judged again once that exists (still inside: kept)', async () => {
    const report = await restore([
      link('A', 'd/../../victim'),
      link('B', 'd/../x'),
      link('d', 'sub/inner'),
      { name: 'sub/inner/', type: 'directory' },
    ]);
    // A: text alone climbs out. B: d missing at first (text: x, inside); d → sub/inner makes it sub/x.
    expect(refusedNames(report)).to.deep.equal(['A']);
    expect(readlinkSync(join(dest, 'B'))).to.equal('d/../x');
    expectContained();
  });

  it('restores loops of links (they lead nowhere) without hanging, and judges links through a loop by their text', async () => {
    const report = await restore([
      link('loop1', 'loop2'),
      link('loop2', 'loop1'),
      link('self', 'self'),
      link('via-loop-out', 'loop1/../../victim'),
      link('via-loop-in', 'loop1/../x'),
    ]);
    expect(refusedNames(report)).to.deep.equal(['via-loop-out']);
    expect(readdirSync(dest).sort()).to.deep.equal(['loop1', 'loop2', 'self', 'via-loop-in']);
    expectContained();
  });

  it('follows up to 40 links as the kernel does (the link itself counted); past that, judges by the text', async () => {
    // Made last to first, so that each link exists when the one before it is judged.
    const chain = (prefix: string, length: number) =>
      Array.from({ length }, (_, i) => length - 1 - i).map((i) =>
        link(`${prefix}${i}`, i === length - 1 ? 's/t' : `${prefix}${i + 1}`),
      );
    const report = await restore([
      { name: 's/t/', type: 'directory' },
      ...chain('c', 39),
      link('head', 'c0/../..'), // 1 + 39 links to s/t, then up twice: the restore directory itself
      link('head-out', 'c0/../../..'),
      ...chain('d', 40),
      link('too-long', 'd0/../..'), // ELOOP for the kernel; by its text, d0/../.. climbs out
    ]);
    expect(refusedNames(report)).to.deep.equal(['head-out', 'too-long']);
    expect(realpathSync.native(join(dest, 'head'))).to.equal(realpathSync(dest));
    expectContained();
  });

  it('allows links out with --allow-outside-links, and still writes nothing through them', async () => {
    const first = await restore([link('out', '../../../../victim')], {
      force: false,
      allowOutsideLinks: true,
    });
    expect(first.refused).to.deep.equal([]);
    expect(readlinkSync(join(dest, 'out'))).to.equal('../../../../victim');
    const second = await restore([{ name: 'out/new', data: 'x' }, link('out/l', 'x')], {
      force: true,
      allowOutsideLinks: true,
    });
    expect(refusedNames(second)).to.deep.equal(['out/l', 'out/new']);
    expect(readdirSync(victim)).to.deep.equal(['secret']);
  });
});
