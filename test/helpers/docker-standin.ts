// The stand-in `docker` (test/fixtures/bin/docker) and what it recorded.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './cli.js';

export const standinBin = join(repoRoot, 'test/fixtures/bin');

/** Environment that puts the stand-in first on PATH and records its calls to `log`. */
export function dockerStandinEnv(log: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: `${standinBin}:${process.env.PATH ?? '/usr/bin:/bin'}`, DOCKER_STANDIN_LOG: log, ...extra };
}

/** Every recorded call's argv. */
export function dockerCalls(log: string): string[][] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\u001e')
    .filter(Boolean)
    .map((record) => record.split('\0').slice(0, -1));
}
