// The SFTP target against a real OpenSSH server on loopback (internal-sftp): round trips, awkward names,
// sizes, never overwriting, interrupted uploads and their sweep, listing, and refused host keys.
import { expect } from 'chai';
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
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
import type { SshHost } from '../../lib/config/model.js';
import { isUserError } from '../../lib/errors.js';
import { hostTag } from '../../lib/leftovers.js';
import { SftpStorage } from '../../lib/storage/sftp/sftp.js';
import { isRoot } from '../helpers/services.js';
import { sshdPath, startSshd, type SshServer } from '../helpers/sshd.js';
import { makeTempDir } from '../helpers/temp.js';
import { storageConformance } from './conformance.js';

const libUrl = (path: string) => new URL(`../../lib/${path}`, import.meta.url).href;

describe('SftpStorage (loopback sshd)', function () {
  this.timeout(120_000);
  let sshd: SshServer;
  let shared: ReturnType<typeof makeTempDir>;
  let temp: ReturnType<typeof makeTempDir>;
  let big: string;
  const opened: SftpStorage[] = [];

  before(async function () {
    if (!existsSync(sshdPath)) {
      if (process.env.CI === 'true') throw new Error('sshd is missing; CI must install openssh-server');
      console.warn('      skipped: sshd is missing (openssh-server)');
      this.skip();
    }
    sshd = await startSshd();
    shared = makeTempDir();
    // Larger than 64 MiB and not a multiple of any request size.
    big = join(shared.path, 'big.bin');
    writeFileSync(big, randomBytes(64 * 1024 * 1024 + 12_345));
  });
  after(() => {
    sshd?.stop();
    shared?.remove();
  });
  beforeEach(() => (temp = makeTempDir()));
  afterEach(() => {
    opened.splice(0).forEach((storage) => storage.close());
    temp.remove();
  });

  function host(extra: Partial<SshHost> = {}): SshHost {
    return {
      username: sshd.username,
      host: '127.0.0.1',
      port: sshd.port,
      keyPath: sshd.clientKey,
      strictHostKey: false,
      ...extra,
    };
  }

  function storageAt(path: string, extra: Partial<SshHost> = {}): SftpStorage {
    const storage = SftpStorage.open(
      { path, ssh: host(extra) },
      { knownHostsFile: join(temp.path, 'state/known_hosts') },
    );
    opened.push(storage);
    return storage;
  }

  function file(name: string, content: string | Buffer): string {
    const path = join(temp.path, name);
    writeFileSync(path, content);
    return path;
  }

  const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
  const remoteNames = (directory: string) => readdirSync(directory).sort();
  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => expect.fail('expected a failure'),
      (error: unknown) => error,
    );

  it('creates the directory, and stores, lists, fetches and removes an object', async () => {
    const directory = join(temp.path, 'remote/a/b');
    const storage = storageAt(directory);
    expect(await storage.list()).to.deep.equal([]);
    const source = file('source.zip', 'zip bytes');
    expect(await storage.put(source, 'p_f_20260101T000000Z.zip')).to.deep.equal({
      name: 'p_f_20260101T000000Z.zip',
      size: 9,
    });
    expect(statSync(join(directory, 'p_f_20260101T000000Z.zip')).mode & 0o777).to.equal(0o640);
    expect(statSync(directory).mode & 0o777).to.equal(0o750);
    expect(await storage.list()).to.deep.equal([{ name: 'p_f_20260101T000000Z.zip', size: 9 }]);
    mkdirSync(join(temp.path, 'work'));
    const fetched = await storage.fetch('p_f_20260101T000000Z.zip', join(temp.path, 'work'));
    expect(fetched).to.deep.equal({
      path: join(temp.path, 'work/p_f_20260101T000000Z.zip'),
      temporary: true,
    });
    expect(readFileSync(fetched.path, 'utf8')).to.equal('zip bytes');
    await storage.remove('p_f_20260101T000000Z.zip');
    await storage.remove('p_f_20260101T000000Z.zip');
    expect(await storage.list()).to.deep.equal([]);
    expect(remoteNames(directory)).to.deep.equal([]);
  });

  it('takes a path relative to the login directory', async () => {
    const relative = `opsbackup-sftp-test-${process.pid}-${Date.now()}`;
    const home = spawnSync('sh', ['-c', `echo ~${sshd.username}`], { encoding: 'utf8' }).stdout.trim();
    try {
      const storage = storageAt(`${relative}/inner`);
      await storage.put(file('r.txt', 'relative'), 'r.txt');
      expect(readFileSync(join(home, relative, 'inner/r.txt'), 'utf8')).to.equal('relative');
      expect(storage.description).to.equal(`SFTP ${sshd.username}@127.0.0.1:${sshd.port} ${relative}/inner`);
    } finally {
      spawnSync('rm', ['-rf', join(home, relative)]);
    }
  });

  it('keeps names with spaces and non-ASCII characters as they are', async () => {
    const directory = join(temp.path, 'Sicherung März');
    const storage = storageAt(directory);
    const name = 'Übersicht 2026 — naïve 日本.zip';
    await storage.put(file('u.zip', 'unicode'), name);
    expect(remoteNames(directory)).to.deep.equal([name]);
    expect(await storage.list()).to.deep.equal([{ name, size: 7 }]);
    mkdirSync(join(temp.path, 'work'));
    expect(readFileSync((await storage.fetch(name, join(temp.path, 'work'))).path, 'utf8')).to.equal(
      'unicode',
    );
  });

  it('stores and fetches a 0-byte object', async () => {
    const directory = join(temp.path, 'zero');
    const storage = storageAt(directory);
    expect(await storage.put(file('empty', ''), 'empty.json')).to.deep.equal({ name: 'empty.json', size: 0 });
    expect(statSync(join(directory, 'empty.json')).size).to.equal(0);
    mkdirSync(join(temp.path, 'work'));
    expect(statSync((await storage.fetch('empty.json', join(temp.path, 'work'))).path).size).to.equal(0);
  });

  it('stores and fetches an object larger than 64 MiB byte for byte, reporting progress up to its size', async () => {
    const directory = join(temp.path, 'big');
    const storage = storageAt(directory);
    const progress: number[] = [];
    const stored = await storage.put(big, 'big.zip', { onProgress: (bytes) => progress.push(bytes) });
    const size = statSync(big).size;
    expect(stored).to.deep.equal({ name: 'big.zip', size });
    expect(progress.length).to.be.greaterThan(100);
    expect(progress.every((bytes, i) => i === 0 || bytes > progress[i - 1]!)).to.equal(true);
    expect(progress[progress.length - 1]).to.equal(size);
    expect(sha256(join(directory, 'big.zip'))).to.equal(sha256(big));
    mkdirSync(join(temp.path, 'work'));
    expect(sha256((await storage.fetch('big.zip', join(temp.path, 'work'))).path)).to.equal(sha256(big));
  });

  it('never overwrites: a taken name gets -2, -3 before the extension', async () => {
    const directory = join(temp.path, 'taken');
    const storage = storageAt(directory);
    await storage.put(file('one', 'first'), 'n.zip');
    expect((await storage.put(file('two', 'second'), 'n.zip')).name).to.equal('n-2.zip');
    expect((await storage.put(file('three', 'third'), 'n.zip')).name).to.equal('n-3.zip');
    expect(readFileSync(join(directory, 'n.zip'), 'utf8')).to.equal('first');
    expect(readFileSync(join(directory, 'n-2.zip'), 'utf8')).to.equal('second');
    expect(remoteNames(directory)).to.deep.equal(['n-2.zip', 'n-3.zip', 'n.zip']);
  });

  it('refuses a taken name when it must be exact, leaving nothing behind', async () => {
    const directory = join(temp.path, 'exact');
    const storage = storageAt(directory);
    await storage.put(file('one', 'first'), 'm.json');
    const error = await failureOf(storage.put(file('two', 'second'), 'm.json', { exact: true }));
    expect(isUserError(error)).to.equal(true);
    expect((error as Error).message).to.equal(
      `SFTP ${sshd.username}@127.0.0.1:${sshd.port} ${directory}: m.json already exists`,
    );
    expect(remoteNames(directory)).to.deep.equal(['m.json']);
    expect(readFileSync(join(directory, 'm.json'), 'utf8')).to.equal('first');
  });

  it('leaves nothing under the final name when the connection dies mid-upload, and the next put removes the leftover', async () => {
    const directory = join(temp.path, 'cut');
    const storage = storageAt(directory);
    let cut = false;
    const error = await failureOf(
      storage.put(big, 'cut.zip', {
        onProgress: (bytes) => {
          if (bytes > 4 * 1024 * 1024 && !cut) {
            cut = true;
            storage.close();
          }
        },
      }),
    );
    expect((error as Error).message).to.match(
      /^SFTP \S+ \S+cut: cannot store cut\.zip: the connection was lost/,
    );
    const left = remoteNames(directory);
    expect(left).to.have.length(1);
    expect(left[0]).to.match(new RegExp(`^\\.partial-${hostTag()}-${process.pid}-[0-9a-f]{8}-cut\\.zip$`));
    expect(await storage.list()).to.deep.equal([]);
    await storage.put(file('small', 'next'), 'next.zip');
    expect(remoteNames(directory)).to.deep.equal(['next.zip']);
  });

  it('sweeps what a killed process left, and only leftovers that are this login’s and stale', async function () {
    const directory = join(temp.path, 'killed');
    mkdirSync(directory);
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { SftpStorage } = await import(${JSON.stringify(libUrl('storage/sftp/sftp.js'))});
         const storage = SftpStorage.open(${JSON.stringify({ path: directory, ssh: host() })}, { knownHostsFile: ${JSON.stringify(join(temp.path, 'known_hosts'))} });
         let said = false;
         await storage.put(${JSON.stringify(big)}, 'killed.zip', { onProgress: () => { if (!said) { said = true; console.log('started'); } } });
         console.log('finished');`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('started')) {
          child.kill('SIGKILL');
          resolve();
        }
        if (chunk.toString().includes('finished')) reject(new Error('the upload finished before the kill'));
      });
      child.once('exit', () => resolve());
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const [leftover] = remoteNames(directory);
    expect(leftover).to.match(new RegExp(`^\\.partial-${hostTag()}-${child.pid}-`));
    expect(existsSync(join(directory, 'killed.zip'))).to.equal(false);

    const now = Date.now() / 1000;
    const stale = now - 2 * 24 * 3600;
    const plant = (name: string, mtime: number, uid?: number) => {
      writeFileSync(join(directory, name), 'partial');
      utimesSync(join(directory, name), mtime, mtime);
      if (uid !== undefined) chownSync(join(directory, name), uid, uid);
    };
    plant(`.partial-${hostTag()}-${process.pid}-00000000-alive.zip`, now - 60);
    plant('.partial-elsewhere-77-00000000-fresh.zip', now - 60);
    plant('.partial-elsewhere-77-00000000-stale.zip', stale);
    if (isRoot()) plant(`.partial-${hostTag()}-${child.pid}-00000000-foreign.zip`, now - 60, 65534);
    await storageAt(directory).put(file('after', 'after'), 'after.zip');
    expect(remoteNames(directory)).to.deep.equal(
      [
        `.partial-${hostTag()}-${process.pid}-00000000-alive.zip`,
        '.partial-elsewhere-77-00000000-fresh.zip',
        ...(isRoot() ? [`.partial-${hostTag()}-${child.pid}-00000000-foreign.zip`] : []),
        'after.zip',
      ].sort(),
    );
  });

  it('lists only regular files, skipping dot-files, directories and links', async () => {
    const directory = join(temp.path, 'mixed');
    mkdirSync(join(directory, 'sub.zip'), { recursive: true });
    writeFileSync(join(directory, '.hidden.zip'), 'x');
    writeFileSync(join(directory, 'b.zip'), 'bb');
    writeFileSync(join(directory, 'a.json'), 'a');
    symlinkSync(join(directory, 'b.zip'), join(directory, 'link.zip'));
    expect(await storageAt(directory).list()).to.deep.equal([
      { name: 'a.json', size: 1 },
      { name: 'b.zip', size: 2 },
    ]);
  });

  it('refuses a host key other than the pinned one, naming the target and both keys', async () => {
    const directory = join(temp.path, 'pinned');
    const wrong = `SHA256:${'A'.repeat(43)}`;
    const error = await failureOf(storageAt(directory, { hostKey: wrong }).list());
    expect(isUserError(error)).to.equal(true);
    expect((error as Error).message).to.equal(
      `SFTP ${sshd.username}@127.0.0.1:${sshd.port} ${directory}: host key mismatch for 127.0.0.1:${sshd.port}: it offered ${sshd.fingerprint}, HOST_KEY pins ${wrong}`,
    );
    expect((error as { hint?: string }).hint).to.contain('intercepting');
    expect(existsSync(directory)).to.equal(false);
    expect(await storageAt(directory, { hostKey: sshd.fingerprint }).list()).to.deep.equal([]);
  });

  it('records the host key on first use and refuses a different one later', async () => {
    const knownHosts = join(temp.path, 'state/known_hosts');
    const directory = join(temp.path, 'tofu');
    expect(await storageAt(directory).list()).to.deep.equal([]);
    expect(readFileSync(knownHosts, 'utf8')).to.equal(`127.0.0.1:${sshd.port} ${sshd.fingerprint}\n`);
    writeFileSync(knownHosts, `127.0.0.1:${sshd.port} SHA256:${'B'.repeat(43)}\n`);
    const error = await failureOf(storageAt(directory).list());
    expect((error as Error).message).to.contain(`${directory}: host key mismatch for 127.0.0.1:${sshd.port}`);
    const strict = await failureOf(
      SftpStorage.open(
        { path: directory, ssh: host({ strictHostKey: true }) },
        { knownHostsFile: join(temp.path, 'empty/known_hosts') },
      ).list(),
    );
    expect((strict as Error).message).to.contain('STRICT_HOST_KEY refuses unknown keys');
  });

  it('says in one line which target, which path and why when something fails', async () => {
    const where = `SFTP ${sshd.username}@127.0.0.1:${sshd.port}`;
    const blocker = file('a-file', 'not a directory');
    const below = await failureOf(storageAt(join(blocker, 'sub')).put(blocker, 'x.zip'));
    expect((below as Error).message).to.equal(
      `${where} ${blocker}/sub: cannot create the directory ${blocker}: not a directory`,
    );
    // sysfs refuses mkdir even to root (EPERM), which OpenSSH answers with "permission denied".
    const denied = await failureOf(storageAt('/sys/opsbackup-test/x').put(blocker, 'x.zip'));
    expect((denied as Error).message).to.equal(
      `${where} /sys/opsbackup-test/x: cannot create the directory /sys/opsbackup-test: permission denied`,
    );
    mkdirSync(join(temp.path, 'work'));
    const missing = await failureOf(storageAt(temp.path).fetch('nope.zip', join(temp.path, 'work')));
    expect((missing as Error).message).to.equal(`${where} ${temp.path}: there is no nope.zip`);
    const refused = await failureOf(storageAt(temp.path, { port: 1 }).list());
    expect((refused as Error).message).to.equal(
      `SFTP ${sshd.username}@127.0.0.1:1 ${temp.path}: cannot connect: connection refused`,
    );
    for (const error of [below, denied, missing, refused]) {
      expect((error as Error).message).to.not.contain('\n');
      expect(isUserError(error)).to.equal(true);
    }
  });

  it('reconnects after the connection was closed', async () => {
    const directory = join(temp.path, 'again');
    const storage = storageAt(directory);
    await storage.put(file('one', '1'), 'one.zip');
    storage.close();
    expect((await storage.list()).map((object) => object.name)).to.deep.equal(['one.zip']);
  });

  it('lets the process exit while a session is idle, without close()', () => {
    const directory = join(temp.path, 'idle');
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { SftpStorage } = await import(${JSON.stringify(libUrl('storage/sftp/sftp.js'))});
         const storage = SftpStorage.open(${JSON.stringify({ path: directory, ssh: host() })}, { knownHostsFile: ${JSON.stringify(join(temp.path, 'known_hosts'))} });
         await storage.put(${JSON.stringify(big)}, 'idle.zip');
         console.log(JSON.stringify(await storage.list()));`,
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status, result.stderr).to.equal(0);
    expect(JSON.parse(result.stdout)).to.deep.equal([{ name: 'idle.zip', size: statSync(big).size }]);
    expect(Date.now() - started).to.be.lessThan(30_000);
  });

  it('renames with the RENAME that never replaces: on OpenSSH a taken name fails and stays as it was', async () => {
    const { SftpSession } = await import('../../lib/storage/sftp/session.js');
    const { renameNoReplace } = await import('../../lib/storage/sftp/calls.js');
    const session = new SftpSession({ host: host(), knownHostsFile: join(temp.path, 'known_hosts') });
    const from = file('from.zip', 'new');
    const to = file('to.zip', 'old');
    try {
      const error = await failureOf(session.use((sftp) => renameNoReplace(sftp, from, to)));
      expect((error as { code?: number }).code).to.equal(4); // SSH2_FX_FAILURE (EEXIST from link())
      expect(readFileSync(to, 'utf8')).to.equal('old');
      expect(readFileSync(from, 'utf8')).to.equal('new');
    } finally {
      session.close();
    }
  });

  it('fsyncs through fsync@openssh.com, which OpenSSH offers', async () => {
    const { SftpSession } = await import('../../lib/storage/sftp/session.js');
    const { createExclusive, close, fsyncIfOffered } = await import('../../lib/storage/sftp/calls.js');
    const session = new SftpSession({ host: host(), knownHostsFile: join(temp.path, 'known_hosts') });
    try {
      const offered = await session.use(async (sftp) => {
        const handle = await createExclusive(sftp, join(temp.path, 'synced'), 0o600);
        const result = await fsyncIfOffered(sftp, handle);
        await close(sftp, handle);
        return result;
      });
      expect(offered).to.equal(true);
    } finally {
      session.close();
    }
  });

  storageConformance('SFTP (loopback sshd)', {
    largeBytes: 6 * 1024 * 1024,
    fixture: () => {
      const dir = makeTempDir();
      const directory = join(dir.path, 'remote dir');
      const storage = SftpStorage.open(
        { path: directory, ssh: host() },
        { knownHostsFile: join(dir.path, 'known_hosts') },
      );
      return Promise.resolve({
        storage,
        plant: (name, data) => {
          mkdirSync(directory, { recursive: true });
          writeFileSync(join(directory, name), data);
          return Promise.resolve();
        },
        rawNames: () => Promise.resolve(readdirSync(directory)),
        cleanUp: () => {
          storage.close();
          dir.remove();
          return Promise.resolve();
        },
      });
    },
  });
});
