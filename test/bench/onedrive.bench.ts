// A multi-GB upload to the Graph emulator (storing to disk), to show that run-backup's memory stays flat
// whatever the archive's size, with the archive's end-to-end time beside a LOCAL-only run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binDir } from '../helpers/cli.js';
import { GraphEmulator } from '../helpers/graph/emulator.js';
import { makeCertificates } from '../helpers/graph/tls.js';
import { makeTempDir } from '../helpers/temp.js';
import { cronLikeEnv, type measure } from './measure.js';

export interface UploadRow {
  name: string;
  /** The dataset: "1024 MiB" (random data) or "tree of 996 MiB". */
  label: string;
  wallMs: number;
  peakRssMb: number;
}

export async function benchOneDriveUpload(sizesMiB: number[]): Promise<UploadRow[]> {
  const temp = makeTempDir();
  try {
    const datasets = sizesMiB.map((size) => {
      const data = join(temp.path, `data-${size}`);
      mkdirSync(data);
      // Incompressible, so the archive is as large as the data.
      spawnSync('sh', ['-c', `head -c ${size}M /dev/urandom > "${data}/random.bin"`]);
      return { label: `${size} MiB`, path: data };
    });
    return await benchOneDriveRuns(datasets);
  } finally {
    temp.remove();
  }
}

/** Each dataset backed up to LOCAL (the archiving stage alone) and to ONEDRIVE (archive, then upload). */
export async function benchOneDriveRuns(datasets: { label: string; path: string }[]): Promise<UploadRow[]> {
  const temp = makeTempDir();
  const certificates = makeCertificates(temp.path);
  const emulator = new GraphEmulator(certificates, {
    storageDirectory: temp.path,
    quotaTotal: 64 * 1024 ** 3,
  });
  await emulator.start();
  const rows: UploadRow[] = [];
  try {
    for (const [index, dataset] of datasets.entries()) {
      for (const target of ['LOCAL', 'ONEDRIVE'] as const) {
        const config = join(temp.path, `config-${index}-${target}.yaml`);
        const upload =
          target === 'LOCAL'
            ? `{ STORAGE_NAME: LOCAL, PATH: ${temp.path}/local-${index} }`
            : `{ STORAGE_NAME: ONEDRIVE, PATH: Bench${index} }`;
        writeFileSync(
          config,
          `WORK_DIRECTORY: ${temp.path}\nPROJECTS:\n  - NAME: bench\n    BACKUPS:\n      - FILE_BACKUP: { NAME: up, INTERVALS: ['@daily'], FILE_PATH: ['${dataset.path}'], UPLOAD_TO: [${upload}] }\n`,
        );
        // The emulator answers from this process, so the run must not block it: measure() would. Run async.
        // The emulator's own CA (one certificate) is what NODE_EXTRA_CA_CERTS names here.
        const sample = await measureAsync(
          [join(binDir, 'run-backup'), '-c', config, 'bench', 'up'],
          cronLikeEnv({
            ...emulator.clientEnv(certificates.caFile),
            OPSBACKUP_STATE_DIR: join(temp.path, 'state'),
          }),
        );
        rows.push({
          name: `${dataset.label} → ${target}`,
          label: dataset.label,
          wallMs: sample.wallMs,
          peakRssMb: sample.peakRssKb / 1024,
        });
      }
    }
    return rows;
  } finally {
    await emulator.stop();
    temp.remove();
  }
}

/**
 * Several targets at once: the same archive to one ONEDRIVE folder, then to three, each fragment answered
 * `latencyMs` later (a slow link). Stored one after another, three would take three uploads' time.
 */
export async function benchConcurrentTargets(sizeMiB: number, latencyMs: number): Promise<UploadRow[]> {
  const temp = makeTempDir();
  const certificates = makeCertificates(temp.path);
  const emulator = new GraphEmulator(certificates, {
    storageDirectory: temp.path,
    quotaTotal: 64 * 1024 ** 3,
  });
  emulator.fragmentLatencyMs = latencyMs;
  await emulator.start();
  const data = join(temp.path, 'data');
  mkdirSync(data);
  spawnSync('sh', ['-c', `head -c ${sizeMiB}M /dev/urandom > "${data}/random.bin"`]);
  const rows: UploadRow[] = [];
  try {
    const cases = [
      ['LOCAL only (archiving)', [`{ STORAGE_NAME: LOCAL, PATH: ${temp.path}/local }`]],
      ['1 ONEDRIVE target', ['{ STORAGE_NAME: ONEDRIVE, PATH: One }']],
      [
        '3 ONEDRIVE targets',
        ['A', 'B', 'C'].map((folder) => `{ STORAGE_NAME: ONEDRIVE, PATH: Three${folder} }`),
      ],
    ] as const;
    for (const [name, targets] of cases) {
      const config = join(temp.path, `config-${rows.length}.yaml`);
      writeFileSync(
        config,
        `WORK_DIRECTORY: ${temp.path}\nPROJECTS:\n  - NAME: bench\n    BACKUPS:\n      - FILE_BACKUP: { NAME: up, INTERVALS: ['@daily'], FILE_PATH: ['${data}'], UPLOAD_TO: [${targets.join(', ')}] }\n`,
      );
      const sample = await measureAsync(
        [join(binDir, 'run-backup'), '-c', config, 'bench', 'up'],
        cronLikeEnv({
          ...emulator.clientEnv(certificates.caFile),
          OPSBACKUP_STATE_DIR: join(temp.path, 'state'),
        }),
      );
      rows.push({ name, label: `${sizeMiB} MiB`, wallMs: sample.wallMs, peakRssMb: sample.peakRssKb / 1024 });
    }
    return rows;
  } finally {
    await emulator.stop();
    temp.remove();
  }
}

async function measureAsync(argv: string[], env: NodeJS.ProcessEnv) {
  const { Worker } = await import('node:worker_threads');
  // A worker thread runs the blocking measure() while this thread keeps serving the emulator.
  const worker = new Worker(new URL('./measure-worker.js', import.meta.url), { workerData: { argv, env } });
  return new Promise<ReturnType<typeof measure>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
