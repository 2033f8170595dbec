// An exclusive lock with flock(2) semantics: held by a `flock` child process on a lock file, released by
// the kernel when we exit or crash (the child's stdin is a pipe from us; when it closes, the child exits).
// Node has no flock of its own; util-linux's flock(1) is on every Debian system.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LockedError, UserError, ExitCode } from './errors.js';
import { ensureStateDirectory } from './state-dir.js';

export interface Lock {
  release(): void;
}

export interface LockOptions {
  /** Directory of the lock files (created 0700). */
  directory: string;
  /** What the lock protects, e.g. the crontab or a (config, project, backup). */
  key: string;
  /** Seconds to wait for a held lock; 0 fails at once. */
  waitSeconds: number;
  /** Named in the message when the lock is held. */
  what: string;
}

export function lockFilePath(directory: string, key: string): string {
  const slug = key.replace(/[^A-Za-z0-9.-]+/g, '-').slice(0, 60);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16);
  return join(directory, `${slug}-${hash}.lock`);
}

export async function acquireLock(options: LockOptions): Promise<Lock> {
  ensureStateDirectory(options.directory);
  const file = lockFilePath(options.directory, options.key);
  // Made here, 0600: flock(1) would create it 0644, and it names the holder's pid.
  closeSync(openSync(file, 'a', 0o600));
  const wait = options.waitSeconds > 0 ? ['-w', String(options.waitSeconds)] : ['-n'];
  // flock opens (creating) the file, locks it, then runs the shell, which says so and waits on stdin.
  const child = spawn(
    flockPath(),
    ['-x', ...wait, '-E', '75', file, '/bin/sh', '-c', 'echo locked; exec /bin/cat >/dev/null'],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  const outcome = await new Promise<'locked' | number | Error>((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('locked')) resolve('locked');
    });
    child.on('error', resolve);
    child.on('exit', (code) => resolve(code ?? 1));
  });
  if (outcome === 'locked') {
    writeFileSync(file, `${process.pid}\n`);
    return holding(child);
  }
  if (outcome instanceof Error) {
    throw new UserError(`cannot take the lock: flock: ${outcome.message}`, {
      exitCode: ExitCode.failed,
      hint: 'install util-linux (flock)',
    });
  }
  if (outcome === 75 || outcome === 1) {
    const holder = readHolder(file);
    throw new LockedError(`${options.what} is locked by another run${holder ? ` (pid ${holder})` : ''}`);
  }
  throw new UserError(`cannot take the lock ${file}: flock exited with ${outcome}`, {
    exitCode: ExitCode.failed,
  });
}

/** flock(1) by absolute path where it usually is, so a bare PATH (cron, tests) still finds it. */
function flockPath(): string {
  return ['/usr/bin/flock', '/bin/flock'].find((candidate) => existsSync(candidate)) ?? 'flock';
}

function holding(child: ChildProcess): Lock {
  child.stdout?.removeAllListeners('data');
  // The lock must not keep the event loop alive on its own.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      child.stdin?.end();
    },
  };
}

function readHolder(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
