// The SQLite scripts run by sh as they are: paths as arguments (quotes, spaces, `~/`), a consistent copy
// on stdout, a restore that never overwrites without force, and the private copy always removed.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  copyArgv,
  restoreArgv,
  sqliteExit,
  versionFromStderr,
} from '../../../lib/databases/sqlite/scripts.js';
import { requireCommand } from '../../helpers/services.js';
import { makeTempDir } from '../../helpers/temp.js';

describe('SQLite scripts', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(function () {
    requireCommand(this, 'sqlite3', "Debian's sqlite3");
    temp = makeTempDir();
  });
  afterEach(() => temp?.remove());

  const run = (argv: string[], input?: Buffer) => {
    const [program, ...args] = argv;
    return spawnSync(program!, args, {
      input,
      env: { ...process.env, HOME: temp.path, TMPDIR: temp.path },
      cwd: temp.path,
      maxBuffer: 1 << 26,
    });
  };

  it('copies a database named with quotes and spaces, found through ~/, and leaves no temporary copy', () => {
    const name = `it's "a" db.sqlite`;
    const made = spawnSync('sqlite3', [
      join(temp.path, name),
      "CREATE TABLE t (v); INSERT INTO t VALUES ('x');",
    ]);
    expect(made.status).to.equal(0);
    const copy = run(copyArgv(`~/${name}`));
    expect(copy.status, copy.stderr.toString()).to.equal(0);
    expect(copy.stdout.subarray(0, 16).toString('latin1')).to.equal('SQLite format 3\0');
    expect(versionFromStderr(copy.stderr.toString())).to.match(/^3\.\d+/);
    expect(readdirSync(temp.path)).to.deep.equal([name]);

    const restored = run(restoreArgv('~/restored.sqlite', false, copy.stdout.length), copy.stdout);
    expect(restored.status, restored.stderr.toString()).to.equal(0);
    expect(
      spawnSync('sqlite3', [join(temp.path, 'restored.sqlite'), 'SELECT v FROM t'], { encoding: 'utf8' })
        .stdout,
    ).to.equal('x\n');
    const again = run(restoreArgv('~/restored.sqlite', false, copy.stdout.length), copy.stdout);
    expect(again.status).to.equal(sqliteExit.exists);
    expect(readdirSync(temp.path).sort()).to.deep.equal([name, 'restored.sqlite'].sort());
  });

  it('refuses a file that is not a database, at the copy and at the restore, leaving nothing behind', () => {
    writeFileSync(
      join(temp.path, 'text.sqlite'),
      'plain text, not a database at all, long enough to be read',
    );
    const copy = run(copyArgv(join(temp.path, 'text.sqlite')));
    expect(copy.status).to.not.equal(0);
    const input = Buffer.from('not a database either');
    const restore = run(restoreArgv(join(temp.path, 'out.sqlite'), true, input.length), input);
    expect(restore.status).to.not.equal(0);
    expect(existsSync(join(temp.path, 'out.sqlite'))).to.equal(false);
    expect(readdirSync(temp.path)).to.deep.equal(['text.sqlite']);
  });

  function database(name: string): Buffer {
    const made = spawnSync('sqlite3', [
      join(temp.path, name),
      'CREATE TABLE t (v); INSERT INTO t VALUES (1);',
    ]);
    expect(made.status).to.equal(0);
    const copy = run(copyArgv(join(temp.path, name)));
    expect(copy.status).to.equal(0);
    return copy.stdout;
  }

  it('refuses an input cut short (an empty file would pass the integrity check) and a directory or link as FILE', () => {
    const copy = database('a.sqlite');
    const short = run(restoreArgv(join(temp.path, 'b.sqlite'), false, copy.length), copy.subarray(0, 4096));
    expect([short.status, short.stderr.toString().trim()]).to.deep.equal([
      sqliteExit.shortInput,
      `received 4096 of ${copy.length} bytes`,
    ]);
    const empty = run(restoreArgv(join(temp.path, 'b.sqlite'), false, 0), Buffer.alloc(0));
    expect(empty.status).to.equal(sqliteExit.corrupt);
    mkdirSync(join(temp.path, 'dir'));
    symlinkSync('a.sqlite', join(temp.path, 'link.sqlite'));
    for (const target of ['dir', 'link.sqlite']) {
      const refused = run(restoreArgv(join(temp.path, target), true, copy.length), copy);
      expect(refused.status, target).to.equal(sqliteExit.notAFile);
    }
    expect(readdirSync(join(temp.path, 'dir'))).to.deep.equal([]);
    expect(readdirSync(temp.path).sort()).to.deep.equal(['a.sqlite', 'dir', 'link.sqlite']);
  });

  it('--force keeps the replaced file’s mode and owner', () => {
    const copy = database('a.sqlite');
    const target = join(temp.path, 'app.sqlite');
    writeFileSync(target, 'old');
    chmodSync(target, 0o640);
    chownSync(target, 1234, 4321);
    const forced = run(restoreArgv(target, true, copy.length), copy);
    expect(forced.status, forced.stderr.toString()).to.equal(0);
    const stat = statSync(target);
    expect([stat.mode & 0o777, stat.uid, stat.gid]).to.deep.equal([0o640, 1234, 4321]);
    expect(readFileSync(target).subarray(0, 15).toString()).to.equal('SQLite format 3');
  });

  it('sweeps copies an earlier killed run left (nothing written for an hour), and keeps recent ones', () => {
    database('a.sqlite');
    const stale = join(temp.path, 'opsbackup-sqlite.stale1');
    const fresh = join(temp.path, 'opsbackup-sqlite.fresh1');
    for (const dir of [stale, fresh]) {
      mkdirSync(dir);
      writeFileSync(join(dir, 'copy.db'), 'partial');
    }
    const old = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(stale, 'copy.db'), old, old);
    utimesSync(stale, old, old);
    expect(run(copyArgv(join(temp.path, 'a.sqlite'))).status).to.equal(0);
    expect(existsSync(stale)).to.equal(false);
    expect(existsSync(fresh)).to.equal(true);
  });
});
