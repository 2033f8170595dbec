// `npm run bench [-- --quick]`: the benchmarks, printed as a markdown table and written to docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import { gnuTime } from './measure.js';
import { benchOneDriveUpload } from './onedrive.bench.js';
import { benchRemoteFiles } from './remote-files.bench.js';
import { benchSyncCron, type BenchRow } from './sync-cron.bench.js';

const quick = process.argv.includes('--quick');

function ensureGnuTime(): void {
  if (existsSync(gnuTime)) return;
  if (process.getuid?.() === 0) {
    spawnSync('apt-get', ['install', '-y', '-qq', 'time'], { stdio: 'inherit' });
    if (existsSync(gnuTime)) return;
  }
  throw new Error(
    `${gnuTime} (Debian package "time") is needed to measure peak memory: apt-get install time`,
  );
}

function table(rows: BenchRow[]): string {
  const lines = [
    '| contender | median wall | median CPU | peak RSS | ratio |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${row.wallMs.toFixed(1)} ms | ${row.cpuMs.toFixed(0)} ms | ${row.peakRssMb.toFixed(1)} MB | ${row.ratio.toFixed(2)}x |`,
    );
  }
  return lines.join('\n');
}

ensureGnuTime();
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`;
const rounds = quick ? 10 : 30;
const sync = benchSyncCron(rounds);
const section = [
  `## sync-cron, nothing to change (${rounds} alternating rounds)`,
  '',
  table(sync.rows),
  '',
  `Target: ${sync.target} — **${sync.met ? 'met' : 'MISSED'}**.`,
].join('\n');
const remoteFiles = quick ? 2000 : 20000;
const remote = await benchRemoteFiles(remoteFiles, quick ? 3 : 5);
const remoteSection = [
  `## Files over SSH: ${remoteFiles} small files, tar stream vs SFTP (loopback sshd)`,
  '',
  '| method | files | median wall | ratio |',
  '| --- | ---: | ---: | ---: |',
  ...remote.map(
    (row) => `| ${row.name} | ${row.files} | ${row.wallMs.toFixed(0)} ms | ${row.ratio.toFixed(2)}x |`,
  ),
  '',
  'run-backup reads remote files with `tar -c` over one SSH channel; SFTP needs a round trip per directory and per file.',
].join('\n');
const uploads = await benchOneDriveUpload(quick ? [256] : [1024, 3072]);
const uploadSection = [
  '## Large archives to ONEDRIVE (Graph emulator on loopback, storing to disk) and to LOCAL',
  '',
  '| run | wall | peak RSS of run-backup |',
  '| --- | ---: | ---: |',
  ...uploads.map(
    (row) => `| ${row.name} | ${(row.wallMs / 1000).toFixed(1)} s | ${row.peakRssMb.toFixed(0)} MB |`,
  ),
  '',
  'Incompressible data, so the archive is as large as the data. Memory does not grow with the size: fragments are read one at a time.',
].join('\n');
const report = `Machine: ${machine}. Date: ${new Date().toISOString().slice(0, 10)}.\n\n${section}\n\n${remoteSection}\n\n${uploadSection}\n`;
console.log(report);

const page = join(repoRoot, 'docs/benchmarks.md');
const begin = '<!-- BEGIN BENCHMARK RESULTS (npm run bench) -->';
const end = '<!-- END BENCHMARK RESULTS -->';
const current = existsSync(page) ? readFileSync(page, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
const start = current.indexOf(begin);
const stop = current.indexOf(end);
if (start >= 0 && stop > start) {
  writeFileSync(page, `${current.slice(0, start + begin.length)}\n\n${report}\n${current.slice(stop)}`);
}
if (!sync.met) process.exitCode = 1;
