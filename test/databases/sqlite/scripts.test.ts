// The SQLite scripts run by sh as they are: paths as arguments (quotes, spaces, `~/`), a consistent copy
// on stdout, a restore that never overwrites without force, and the private copy always removed.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
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

    const restored = run(restoreArgv('~/restored.sqlite', false), copy.stdout);
    expect(restored.status, restored.stderr.toString()).to.equal(0);
    expect(
      spawnSync('sqlite3', [join(temp.path, 'restored.sqlite'), 'SELECT v FROM t'], { encoding: 'utf8' })
        .stdout,
    ).to.equal('x\n');
    const again = run(restoreArgv('~/restored.sqlite', false), copy.stdout);
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
    const restore = run(
      restoreArgv(join(temp.path, 'out.sqlite'), true),
      Buffer.from('not a database either'),
    );
    expect(restore.status).to.not.equal(0);
    expect(existsSync(join(temp.path, 'out.sqlite'))).to.equal(false);
    expect(readdirSync(temp.path)).to.deep.equal(['text.sqlite']);
  });
});
