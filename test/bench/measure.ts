// Runs a command and measures its wall time and peak RSS (through GNU time, which reads the child's rusage).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Sample {
  wallMs: number;
  cpuMs: number;
  peakRssKb: number;
}

export const gnuTime = '/usr/bin/time';

/**
 * This shell's environment as cron would give it to run-backup and sync-cron: without the variables that
 * make every node start do work. Machines like this one export NODE_EXTRA_CA_CERTS pointing at the whole
 * system bundle, and Node 20 parses it (~140 certificates, ~40 ms) before running any code; cron's
 * environment has no such variable, nor do the crontab lines that sync-cron writes.
 */
export function cronLikeEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const name of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS']) if (!(name in extra)) delete env[name];
  return env;
}

export function measure(argv: string[], env: NodeJS.ProcessEnv = process.env): Sample {
  const dir = mkdtempSync(join(tmpdir(), 'opsbackup-bench-'));
  try {
    const out = join(dir, 'time');
    const started = process.hrtime.bigint();
    const result = spawnSync(gnuTime, ['-o', out, '-f', '%M %U %S', ...argv], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr.toString()}`);
    const [rss = '0', user = '0', system = '0'] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-3);
    return { wallMs, cpuMs: (Number(user) + Number(system)) * 1000, peakRssKb: Number(rss) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Runs the contenders alternately (A B A B …) so that drift in machine load hits all of them alike. */
export function alternate(
  contenders: { name: string; run: () => Sample }[],
  rounds: number,
): Map<string, Sample[]> {
  const samples = new Map(contenders.map((contender) => [contender.name, [] as Sample[]]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of contenders) samples.get(contender.name)?.push(contender.run());
  }
  return samples;
}
