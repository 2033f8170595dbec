// The sweep of dead runs' leftovers in a shared directory (a work root such as /tmp, a LOCAL target) run
// as root removes only what the running user owns, and never follows a link: another user's entry
// named like ours, or a link to a directory elsewhere, is left alone.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lchownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { hostTag, processAlive, sweepLeftovers } from '../../lib/leftovers.js';
import { makeTempDir } from '../helpers/temp.js';

/** The pid of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync('/bin/sh', ['-c', 'echo $$'], { encoding: 'utf8' }).stdout.trim();
  expect(processAlive(Number(pid))).to.equal(false);
  return Number(pid);
}

describe('sweeping leftovers as root', () => {
  const other = 65534; // nobody
  let temp: ReturnType<typeof makeTempDir>;
  let root: string;
  let outside: string;
  let name: (what: string) => string;

  before(function () {
    if (process.getuid?.() !== 0) this.skip(); // chown needs root; CI runs this as root
  });
  beforeEach(() => {
    temp = makeTempDir();
    root = join(temp.path, 'work');
    outside = join(temp.path, 'outside');
    mkdirSync(root);
    mkdirSync(outside);
    writeFileSync(join(outside, 'precious'), 'keep me');
    const pid = deadPid();
    name = (what) => `opsbackup-${hostTag()}-${pid}-${what}`;
  });
  afterEach(() => temp.remove());

  it("removes the running user's own directory and leaves another user's alone", () => {
    mkdirSync(join(root, name('mine')));
    writeFileSync(join(root, name('mine'), 'half.zip'), 'x');
    mkdirSync(join(root, name('theirs')));
    writeFileSync(join(root, name('theirs'), 'data'), 'x');
    lchownSync(join(root, name('theirs')), other, other);
    expect(sweepLeftovers(root, 'opsbackup-')).to.deep.equal([name('mine')]);
    expect(readdirSync(root)).to.deep.equal([name('theirs')]);
    expect(existsSync(join(root, name('theirs'), 'data'))).to.equal(true);
  });

  it("removes the running user's own link without following it, and leaves another user's link", () => {
    symlinkSync(outside, join(root, name('link-mine')));
    symlinkSync(outside, join(root, name('link-theirs')));
    lchownSync(join(root, name('link-theirs')), other, other);
    expect(sweepLeftovers(root, 'opsbackup-')).to.deep.equal([name('link-mine')]);
    expect(readdirSync(root)).to.deep.equal([name('link-theirs')]);
    expect(lstatSync(join(root, name('link-theirs'))).isSymbolicLink()).to.equal(true);
    expect(readdirSync(outside)).to.deep.equal(['precious']);
  });

  it('leaves a file of another user named like a LOCAL partial copy', () => {
    const partial = `.partial-${name('p_files_20200101T000000Z.zip').slice('opsbackup-'.length)}`;
    writeFileSync(join(root, partial), 'half');
    lchownSync(join(root, partial), other, other);
    expect(sweepLeftovers(root, '.partial-')).to.deep.equal([]);
    expect(readdirSync(root)).to.deep.equal([partial]);
  });
});
