// Where the tool keeps its own state (locks, later known_hosts and run history): $OPSBACKUP_STATE_DIR, else
// $XDG_STATE_HOME/opsbackup, else ~/.local/state/opsbackup. Cron gives HOME, not XDG variables.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { ExitCode, UserError } from './errors.js';
import { join } from 'node:path';

export function stateDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OPSBACKUP_STATE_DIR) return env.OPSBACKUP_STATE_DIR;
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'opsbackup');
  return join(env.HOME ?? homedir(), '.local', 'state', 'opsbackup');
}

export function lockDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDirectory(env), 'locks');
}

/** Creates a directory of the state tree (0700), or says which one cannot be made and how to choose another. */
export function ensureStateDirectory(directory: string): string {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(`cannot create the state directory ${directory}: ${(error as Error).message}`, {
      exitCode: ExitCode.failed,
      hint: 'run-backup keeps locks, host keys and run history there; set OPSBACKUP_STATE_DIR to a writable directory',
      cause: error,
    });
  }
  return directory;
}
