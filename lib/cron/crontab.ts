// The one module that touches crontabs: the user's crontab through the `crontab` command, or a file in
// crontab format (--crontab-file), written to a temporary file and renamed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import { ExitCode, UserError } from '../errors.js';

export interface CrontabStore {
  /** For messages: "the crontab of root" or a path. */
  readonly description: string;
  /** What identifies this crontab for the lock. */
  readonly lockKey: string;
  /** The current text; a missing crontab is empty. */
  read(): string;
  /** Installs `text` in place of the current crontab. */
  write(text: string): void;
}

/** The running user's crontab, through `crontab -l` and `crontab FILE`. */
export class UserCrontab implements CrontabStore {
  readonly description: string;
  readonly lockKey: string;

  constructor(private readonly command = 'crontab') {
    const user = userInfo().username;
    this.description = `the crontab of ${user}`;
    this.lockKey = `crontab-user-${user}`;
  }

  read(): string {
    const result = spawnSync(this.command, ['-l'], { encoding: 'utf8', env: cLocale() });
    if (result.error) throw missingCommand(this.command, result.error);
    if (result.status === 0) return result.stdout;
    if (/no crontab for/i.test(result.stderr)) return '';
    throw new UserError(`crontab -l failed: ${result.stderr.trim() || `exit ${String(result.status)}`}`, {
      exitCode: ExitCode.failed,
    });
  }

  write(text: string): void {
    const dir = mkdtempSync(join(tmpdir(), 'opsbackup-crontab-'));
    try {
      const file = join(dir, 'crontab');
      writeFileSync(file, text, { mode: 0o600 });
      const result = spawnSync(this.command, [file], { encoding: 'utf8', env: cLocale() });
      if (result.error) throw missingCommand(this.command, result.error);
      if (result.status !== 0) {
        throw new UserError(
          `crontab refused the new crontab: ${result.stderr.trim() || `exit ${String(result.status)}`}`,
          {
            exitCode: ExitCode.failed,
          },
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** A file in crontab format (for example under /etc/cron.d, or a test's own file). */
export class CrontabFile implements CrontabStore {
  readonly description: string;
  readonly lockKey: string;

  constructor(readonly path: string) {
    this.description = path;
    this.lockKey = `crontab-file-${path}`;
  }

  read(): string {
    try {
      return readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw new UserError(
        `cannot read ${this.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        {
          exitCode: ExitCode.failed,
        },
      );
    }
  }

  write(text: string): void {
    try {
      writeFileAtomic(this.path, text, { mode: existingMode(this.path) ?? 0o644, sync: true });
    } catch (error) {
      throw new UserError(
        `cannot write ${this.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        {
          exitCode: ExitCode.failed,
        },
      );
    }
  }
}

function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}

function missingCommand(command: string, error: Error): UserError {
  return new UserError(`cannot run ${command}: ${(error as NodeJS.ErrnoException).code ?? error.message}`, {
    exitCode: ExitCode.failed,
    hint: 'install cron (apt-get install cron), or edit a file with --crontab-file',
  });
}

function cLocale(): NodeJS.ProcessEnv {
  return { ...process.env, LC_ALL: 'C' };
}
