// Where the tool keeps its own state (locks, later known_hosts and run history): $OPSBACKUP_STATE_DIR, else
// $XDG_STATE_HOME/opsbackup, else ~/.local/state/opsbackup. Cron gives HOME, not XDG variables.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function stateDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.OPSBACKUP_STATE_DIR) return env.OPSBACKUP_STATE_DIR;
  if (env.XDG_STATE_HOME) return join(env.XDG_STATE_HOME, 'opsbackup');
  return join(env.HOME ?? homedir(), '.local', 'state', 'opsbackup');
}

export function lockDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDirectory(env), 'locks');
}
