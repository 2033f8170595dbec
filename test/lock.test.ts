import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { acquireLock, type LockOptions } from '../lib/lock.js';
import { ExitCode, LockedError } from '../lib/errors.js';
import { makeTempDir } from './helpers/temp.js';

const lockModule = fileURLToPath(new URL('../lib/lock.js', import.meta.url));

describe('acquireLock', function () {
  this.timeout(20_000);
  let temp: ReturnType<typeof makeTempDir>;
  let options: LockOptions;

  beforeEach(() => {
    temp = makeTempDir();
    options = {
      directory: `${temp.path}/locks`,
      key: 'config /x project p backup b',
      waitSeconds: 0,
      what: 'backup p/b',
    };
  });
  afterEach(() => temp.remove());

  it('is exclusive: a second taker fails at once with exit code 3, naming the holder', async () => {
    const lock = await acquireLock(options);
    try {
      const error = await acquireLock(options).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(LockedError);
      expect((error as LockedError).exitCode).to.equal(ExitCode.locked);
      expect((error as LockedError).message).to.equal(
        `backup p/b is locked by another run (pid ${process.pid})`,
      );
    } finally {
      lock.release();
    }
  });

  it('can be taken again once released, and locks of other keys are independent', async () => {
    const first = await acquireLock(options);
    const other = await acquireLock({ ...options, key: 'another' });
    first.release();
    other.release();
    const again = await acquireLock({ ...options, waitSeconds: 5 });
    again.release();
  });

  it('lets a waiting taker in when the holder releases', async () => {
    const lock = await acquireLock(options);
    const started = Date.now();
    setTimeout(() => lock.release(), 300);
    const waited = await acquireLock({ ...options, waitSeconds: 10 });
    waited.release();
    expect(Date.now() - started).to.be.within(250, 5000);
  });

  it('is released by the kernel when the holder is killed with SIGKILL', async () => {
    const script = `import { acquireLock } from ${JSON.stringify(lockModule)};
      await acquireLock(${JSON.stringify(options)}); console.log('held'); setInterval(() => {}, 1000);`;
    const holder = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) =>
      holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve()),
    );
    const error = await acquireLock(options).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(LockedError);
    holder.kill('SIGKILL');
    const lock = await acquireLock({ ...options, waitSeconds: 5 });
    lock.release();
  });
});
