// The SFTP target's throughput on a loopback sshd: put and fetch of one incompressible file, next to
// ssh2's fastPut with its defaults and OpenSSH's own `sftp put`, run alternately (A B C A B C …).
// Standalone: `node dist/test/bench/sftp.bench.js [MiB] [rounds]`.
import { NodeSSH } from 'node-ssh';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SftpStorage } from '../../lib/storage/sftp/sftp.js';
import { startSshd } from '../helpers/sshd.js';
import { makeTempDir } from '../helpers/temp.js';
import { median } from './measure.js';

export interface ThroughputRow {
  name: string;
  /** Decimal megabytes per second (10^6 bytes), the median of the rounds. */
  mbPerSecond: number;
}

/** Seconds `work` takes. */
async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function benchSftp(sizeMiB: number, rounds: number): Promise<ThroughputRow[]> {
  const temp = makeTempDir();
  const sshd = await startSshd();
  const ssh = new NodeSSH();
  const source = join(temp.path, 'source.bin');
  // 1 MiB of random bytes repeated: incompressible for SSH (no compression is negotiated anyway).
  const block = randomBytes(1024 * 1024);
  writeFileSync(source, Buffer.concat(Array.from({ length: sizeMiB }, () => block)));
  const bytes = sizeMiB * 1024 * 1024;
  const remote = join(temp.path, 'remote');
  const work = join(temp.path, 'work');
  mkdirSync(work);
  const host = {
    username: sshd.username,
    host: '127.0.0.1',
    port: sshd.port,
    keyPath: sshd.clientKey,
    strictHostKey: false,
  };
  const storage = SftpStorage.open({ path: remote, ssh: host }, { knownHostsFile: join(temp.path, 'kh') });
  try {
    await ssh.connect({
      host: '127.0.0.1',
      port: sshd.port,
      username: sshd.username,
      privateKey: readFileSync(sshd.clientKey, 'utf8'),
    });
    const sftp = await ssh.requestSFTP();
    mkdirSync(remote);
    const sshOptions = ['-q', '-i', sshd.clientKey, '-P', String(sshd.port)];
    const trust = ['-o', 'StrictHostKeyChecking=no', '-o', `UserKnownHostsFile=${join(temp.path, 'kh2')}`];
    const contenders: { name: string; run: () => Promise<unknown> }[] = [
      {
        name: 'SFTP target put (8 × 255 KiB in flight)',
        run: async () => storage.remove((await storage.put(source, 'ours.bin')).name),
      },
      {
        name: 'SFTP target fetch (fastGet, 16 × 255 KiB)',
        run: async () => rmSync((await storage.fetch('fetched.bin', work)).path),
      },
      {
        name: 'ssh2 fastPut, defaults (64 × 32 KiB)',
        run: () =>
          new Promise<void>((resolve, reject) =>
            sftp.fastPut(source, join(remote, 'fast.bin'), (error) => (error ? reject(error) : resolve())),
          ),
      },
      {
        name: 'OpenSSH sftp put (CLI)',
        run: () => {
          const result = spawnSync(
            'sftp',
            [...sshOptions, ...trust, '-b', '-', `${sshd.username}@127.0.0.1`],
            {
              input: `put ${source} ${join(remote, 'cli.bin')}\n`,
            },
          );
          if (result.status !== 0) throw new Error(`sftp failed: ${result.stderr.toString()}`);
          return Promise.resolve();
        },
      },
    ];
    await storage.put(source, 'fetched.bin');
    const seconds = contenders.map(() => [] as number[]);
    for (let round = 0; round < rounds; round++) {
      for (const [i, contender] of contenders.entries()) seconds[i]!.push(await timed(contender.run));
    }
    return contenders.map((contender, i) => ({
      name: contender.name,
      mbPerSecond: bytes / 1e6 / median(seconds[i]!),
    }));
  } finally {
    storage.close();
    ssh.dispose();
    sshd.stop();
    temp.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizeMiB = Number(process.argv[2] ?? 200);
  const rows = await benchSftp(sizeMiB, Number(process.argv[3] ?? 5));
  console.log(`| ${sizeMiB} MiB, loopback sshd | MB/s |\n| --- | ---: |`);
  for (const row of rows) console.log(`| ${row.name} | ${row.mbPerSecond.toFixed(0)} |`);
}
