// Files → LOCAL: run-backup against `zip -r -q -6` (Info-ZIP, same level) and `tar -czf`, on generated
// datasets outside the repo; PostgreSQL → LOCAL: run-backup against `pg_dump -Fc -f`. Contenders run
// alternately; medians of wall and CPU time, peak RSS, output size and throughput, ratios to the baseline.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import { startPostgres } from '../helpers/postgres.js';
import { Random } from '../helpers/random.js';
import { makeTempDir } from '../helpers/temp.js';
import { alternate, cronLikeEnv, measure, median, type Sample } from './measure.js';

export interface SizedRow {
  name: string;
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
  outputBytes: number;
  inputBytes: number;
  ratio: number;
}

const words = Array.from({ length: 4000 }, (_, i) => `w${(i * 2654435761) % 100000}`);

/** Text-like content: words from a fixed vocabulary, so it compresses like source code or logs. */
function textBytes(random: Random, bytes: number): Buffer {
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const word = random.pick(words);
    parts.push(word);
    length += word.length + 1;
  }
  return Buffer.from(parts.join(random.int(10) === 0 ? '\n' : ' ')).subarray(0, bytes);
}

/** Incompressible content from a seeded generator (deterministic, unlike /dev/urandom). */
function randomBytesSeeded(random: Random, bytes: number): Buffer {
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i + 4 <= bytes; i += 4) buffer.writeUInt32LE((random.next() * 2 ** 32) >>> 0, i);
  return buffer;
}

/** A tree of `smallFiles` text files in nested folders, 50 medium files and 3 large ones (one random). */
export function makeTree(root: string, scale: number): number {
  const random = new Random(42);
  let total = 0;
  const write = (path: string, data: Buffer) => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, data);
    total += data.length;
  };
  const smallFiles = Math.round(20_000 * scale);
  for (let i = 0; i < smallFiles; i++)
    write(
      join(root, `d${i % 50}`, `e${i % 17}`, `f${i % 5}`, `file${i}.txt`),
      textBytes(random, 1000 + random.int(8000)),
    );
  for (let i = 0; i < 50; i++)
    write(join(root, 'medium', `m${i}.log`), textBytes(random, Math.round(4 * 2 ** 20 * scale)));
  write(join(root, 'large', 'a.txt'), textBytes(random, Math.round(200 * 2 ** 20 * scale)));
  write(join(root, 'large', 'b.txt'), textBytes(random, Math.round(200 * 2 ** 20 * scale)));
  write(join(root, 'large', 'random.bin'), randomBytesSeeded(random, Math.round(300 * 2 ** 20 * scale)));
  return total;
}

/** One file, half text, half random. */
export function makeBigFile(path: string, bytes: number): number {
  const random = new Random(7);
  mkdirSync(join(path, '..'), { recursive: true });
  const chunk = 16 * 2 ** 20;
  rmSync(path, { force: true });
  for (let done = 0; done < bytes; done += chunk) {
    const size = Math.min(chunk, bytes - done);
    writeFileSync(path, done < bytes / 2 ? textBytes(random, size) : randomBytesSeeded(random, size), {
      flag: 'a',
    });
  }
  return bytes;
}

export function rows(
  samples: Map<string, Sample[]>,
  outputs: Map<string, number>,
  inputBytes: number,
): SizedRow[] {
  const list = [...samples].map(([name, runs]) => ({
    name,
    wallMs: median(runs.map((s) => s.wallMs)),
    cpuMs: median(runs.map((s) => s.cpuMs)),
    peakRssMb: Math.max(...runs.map((s) => s.peakRssKb)) / 1024,
    outputBytes: outputs.get(name) ?? 0,
    inputBytes,
    ratio: 1,
  }));
  const base = list[list.length - 1]?.wallMs ?? 1;
  for (const row of list) row.ratio = row.wallMs / base;
  return list;
}

export function onlyFileIn(directory: string): string {
  const [name] = readdirSync(directory).filter((entry) => entry.endsWith('.zip'));
  if (!name) throw new Error(`no archive in ${directory}`);
  return join(directory, name);
}

/** run-backup, zip -r and tar -czf on `source` (a directory or a file); zip is the baseline (last). */
export function benchFiles(source: string, inputBytes: number, rounds: number, work: string): SizedRow[] {
  mkdirSync(work, { recursive: true });
  const config = join(work, 'config.yaml');
  writeFileSync(
    config,
    `WORK_DIRECTORY: ${join(work, 'stage')}\nPROJECTS:\n  - NAME: bench\n    BACKUPS:\n      - FILE_BACKUP: { NAME: files, INTERVALS: ['@daily'], FILE_PATH: ['${source}'], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: '${join(work, 'out')}' }] }\n`,
  );
  mkdirSync(join(work, 'stage'), { recursive: true });
  const env = cronLikeEnv({ OPSBACKUP_STATE_DIR: join(work, 'state') });
  const outputs = new Map<string, number>();
  const fresh = (path: string) => rmSync(path, { recursive: true, force: true });
  const parent = join(source, '..');
  const base = source.slice(parent.length + 1);
  /** A command-line archiver run in the source's folder on its last path segment, as people use them. */
  const archiveTool = (command: string, output: string) => ({
    name: command,
    run: () => {
      fresh(join(work, output));
      const sample = measure([
        '/bin/sh',
        '-c',
        `cd "$1" && ${command} "$2" "$3"`,
        'sh',
        parent,
        join(work, output),
        base,
      ]);
      outputs.set(command, statSync(join(work, output)).size);
      return sample;
    },
  });
  const samples = alternate(
    [
      {
        name: 'run-backup → LOCAL',
        run: () => {
          fresh(join(work, 'out'));
          const sample = measure([join(repoRoot, 'bin/run-backup'), '-c', config, 'bench', 'files'], env);
          outputs.set('run-backup → LOCAL', statSync(onlyFileIn(join(work, 'out'))).size);
          return sample;
        },
      },
      archiveTool('tar -czf', 'out.tgz'),
      archiveTool('zip -r -q -6', 'out-zip.zip'),
    ],
    rounds,
  );
  return rows(samples, outputs, inputBytes);
}

/** run-backup of a pgbench database against pg_dump -Fc -f (the baseline). */
export async function benchPostgres(
  scale: number,
  rounds: number,
): Promise<{ rows: SizedRow[]; databaseBytes: number }> {
  const temp = makeTempDir();
  const server = await startPostgres();
  try {
    server.sql('postgres', 'CREATE DATABASE bench');
    const init = spawnSync(
      'pgbench',
      [
        '-i',
        '-q',
        '-s',
        String(scale),
        '-h',
        '127.0.0.1',
        '-p',
        String(server.port),
        '-U',
        'postgres',
        'bench',
      ],
      {
        env: { ...process.env, PGPASSWORD: server.password },
        encoding: 'utf8',
      },
    );
    if (init.status !== 0) throw new Error(`pgbench -i failed: ${init.stderr}`);
    server.sql(
      'bench',
      `CREATE TABLE blobs AS SELECT i, decode(repeat(md5(i::text), 64), 'hex') AS b FROM generate_series(1, ${scale * 2000}) i`,
    );
    const databaseBytes = Number(server.sql('bench', `SELECT pg_database_size('bench')`).trim());
    const config = join(temp.path, 'config.yaml');
    writeFileSync(
      config,
      `WORK_DIRECTORY: ${join(temp.path, 'stage')}\nPROJECTS:\n  - NAME: bench\n    BACKUPS:\n      - DB_BACKUPS: { NAME: db, INTERVALS: ['@daily'], DB_INFO: { USERNAME: postgres, PASSWORD: '\${PGPW}', HOST: 127.0.0.1, PORT: ${server.port}, NAME: bench }, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: '${join(temp.path, 'out')}' }] }\n`,
    );
    mkdirSync(join(temp.path, 'stage'));
    const env = cronLikeEnv({ OPSBACKUP_STATE_DIR: join(temp.path, 'state'), PGPW: server.password });
    const outputs = new Map<string, number>();
    const samples = alternate(
      [
        {
          name: 'run-backup → LOCAL',
          run: () => {
            rmSync(join(temp.path, 'out'), { recursive: true, force: true });
            const sample = measure([join(repoRoot, 'bin/run-backup'), '-c', config, 'bench', 'db'], env);
            outputs.set('run-backup → LOCAL', statSync(onlyFileIn(join(temp.path, 'out'))).size);
            return sample;
          },
        },
        {
          name: 'pg_dump -Fc -f',
          run: () => {
            const file = join(temp.path, 'bench.dump');
            rmSync(file, { force: true });
            const sample = measure(
              [
                'pg_dump',
                '-Fc',
                '-f',
                file,
                '-h',
                '127.0.0.1',
                '-p',
                String(server.port),
                '-U',
                'postgres',
                'bench',
              ],
              cronLikeEnv({ PGPASSWORD: server.password }),
            );
            outputs.set('pg_dump -Fc -f', statSync(file).size);
            return sample;
          },
        },
      ],
      rounds,
    );
    return { rows: rows(samples, outputs, databaseBytes), databaseBytes };
  } finally {
    server.stop();
    temp.remove();
  }
}
