// sync-cron runs every minute: a run with nothing to change must cost at most 2x a bare `node -e 0`, and
// stay under 0.3 s with a block of 6,000 lines (issue #13: merging was quadratic and took seconds).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
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

/** Backups in the large config: one crontab line each. */
export const largeConfigBackups = 6000;
const largeConfigLimitMs = 300;

/** A config of `count` file backups (60 projects), each with one interval: `count` crontab lines. */
export function largeConfig(count: number): string {
  const projects = 60;
  let text = 'LOG_DIRECTORY: logs\nPROJECTS:\n';
  for (let project = 0; project < projects; project++) {
    text += `  - NAME: p${project}\n    BACKUPS:\n`;
    for (let backup = project; backup < count; backup += projects) {
      text += `      - FILE_BACKUP: { NAME: b${backup}, INTERVALS: ['${backup % 60} 2 * * *'], FILE_PATH: [docs], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }] }\n`;
    }
  }
  return text;
}

export function benchSyncCron(rounds: number): { rows: BenchRow[]; target: string; met: boolean } {
  const temp = makeTempDir();
  try {
    const config = join(temp.path, 'config.yaml');
    copyFileSync(join(repoRoot, 'config.yaml'), config);
    const large = join(temp.path, 'large.yaml');
    writeFileSync(large, largeConfig(largeConfigBackups));
    mkdirSync(join(temp.path, 'docs'));
    const env = cronLikeEnv({ OPSBACKUP_STATE_DIR: join(temp.path, 'state') });
    const syncCron = (file: string, crontab: string) => [
      join(repoRoot, 'bin/sync-cron'),
      '-c',
      file,
      '--crontab-file',
      join(temp.path, crontab),
    ];
    const small = syncCron(config, 'crontab');
    const big = syncCron(large, 'crontab-large');
    // The first runs install the blocks and fill the cache: later runs have nothing to change.
    measure(small, env);
    measure(big, env);
    const samples = alternate(
      [
        { name: 'node -e 0', run: () => measure([process.execPath, '-e', '0'], env) },
        { name: 'sync-cron, nothing to change', run: () => measure(small, env) },
        {
          name: `sync-cron, ${largeConfigBackups} lines, nothing to change`,
          run: () => measure(big, env),
        },
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
    const largeMs = rows[2]?.wallMs ?? Infinity;
    return {
      rows,
      target:
        'sync-cron with nothing to change: at most 2x the wall time of `node -e 0`, ' +
        `and under ${largeConfigLimitMs} ms with ${largeConfigBackups} lines`,
      met: ratio <= 2 && largeMs < largeConfigLimitMs,
    };
  } finally {
    temp.remove();
  }
}
