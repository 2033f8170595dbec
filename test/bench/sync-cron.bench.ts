// sync-cron runs every minute: a run with nothing to change must cost at most 2x a bare `node -e 0`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';
import { alternate, cronLikeEnv, measure, median } from './measure.js';

export interface BenchRow {
  name: string;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  ratio: number;
}

export function benchSyncCron(rounds: number): { rows: BenchRow[]; target: string; met: boolean } {
  const temp = makeTempDir();
  try {
    const config = join(temp.path, 'config.yaml');
    copyFileSync(join(repoRoot, 'config.yaml'), config);
    mkdirSync(join(temp.path, 'docs'));
    const env = cronLikeEnv({ OPSBACKUP_STATE_DIR: join(temp.path, 'state') });
    const syncCron = [
      join(repoRoot, 'bin/sync-cron'),
      '-c',
      config,
      '--crontab-file',
      join(temp.path, 'crontab'),
    ];
    measure(syncCron, env); // installs the block and fills the cache: later runs have nothing to change
    const samples = alternate(
      [
        { name: 'node -e 0', run: () => measure([process.execPath, '-e', '0'], env) },
        { name: 'sync-cron, nothing to change', run: () => measure(syncCron, env) },
      ],
      rounds,
    );
    const rows = [...samples].map(([name, list]) => ({
      name,
      wallMs: median(list.map((s) => s.wallMs)),
      cpuMs: median(list.map((s) => s.cpuMs)),
      peakRssMb: Math.max(...list.map((s) => s.peakRssKb)) / 1024,
      ratio: 1,
    }));
    const base = rows[0]?.wallMs ?? 1;
    for (const row of rows) row.ratio = row.wallMs / base;
    const ratio = rows[1]?.ratio ?? Infinity;
    return {
      rows,
      target: 'sync-cron with nothing to change: at most 2x the wall time of `node -e 0`',
      met: ratio <= 2,
    };
  } finally {
    temp.remove();
  }
}
