// Saves the running user's real crontab before a test and puts it back afterwards.
import { spawnSync } from 'node:child_process';

export interface SavedCrontab {
  restore(): void;
}

export function readRealCrontab(): string | undefined {
  const result = spawnSync('crontab', ['-l'], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  if (result.status === 0) return result.stdout;
  if (/no crontab/.test(result.stderr)) return undefined;
  throw new Error(`crontab -l failed: ${result.stderr}`);
}

export function installRealCrontab(text: string | undefined): void {
  const result =
    text === undefined
      ? spawnSync('crontab', ['-r'], { encoding: 'utf8' })
      : spawnSync('crontab', ['-'], { input: text, encoding: 'utf8' });
  if (result.status !== 0 && !(text === undefined && /no crontab/.test(result.stderr))) {
    throw new Error(`crontab failed: ${result.stderr}`);
  }
}

export function saveRealCrontab(): SavedCrontab {
  const saved = readRealCrontab();
  return { restore: () => installRealCrontab(saved) };
}
