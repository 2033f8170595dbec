// MySQL → LOCAL: run-backup against the bare pipeline an ops script would use, `mariadb-dump … | gzip`,
// same dump options, on a MariaDB database the bench fills (text-like rows plus a table of random blobs).
// Contenders run alternately; medians, as in files.bench.ts.
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/cli.js';
import { startMariadb } from '../helpers/mariadb.js';
import { makeTempDir } from '../helpers/temp.js';
import { onlyFileIn, rows, type SizedRow } from './files.bench.js';
import { alternate, cronLikeEnv, measure } from './measure.js';

const password = 'bench-pw';

export async function benchMysql(
  megabytes: number,
  rounds: number,
): Promise<{ rows: SizedRow[]; dumpBytes: number }> {
  const temp = makeTempDir();
  const server = await startMariadb();
  try {
    server.sql(
      `CREATE USER bench@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON *.* TO bench@'127.0.0.1'`,
    );
    server.sql('CREATE DATABASE bench CHARACTER SET utf8mb4');
    // ~520 bytes of hex text per row, which deflates about 2:1 like real text columns; a tenth of the
    // size as random blobs, which do not deflate.
    const textRows = Math.round((megabytes * 0.9 * 2 ** 20) / 560);
    const blobRows = Math.round((megabytes * 0.1 * 2 ** 20) / (2 * 4096));
    server.sql(
      [
        'CREATE TABLE events (id INT PRIMARY KEY, at DATETIME, note VARCHAR(600)) ENGINE=InnoDB',
        `INSERT INTO events SELECT seq, FROM_UNIXTIME(1700000000 + seq), CONCAT_WS(' ', MD5(seq), SHA1(seq), MD5(seq * 7), SHA2(seq, 256), MD5(seq * 13), SHA2(seq * 3, 512)) FROM seq_1_to_${textRows}`,
        'CREATE TABLE blobs (id INT PRIMARY KEY, data BLOB) ENGINE=InnoDB',
        `INSERT INTO blobs SELECT seq, RANDOM_BYTES(1024) FROM seq_1_to_${blobRows * 4}`,
      ].join(';\n'),
      'bench',
    );
    const config = join(temp.path, 'config.yaml');
    writeFileSync(
      config,
      `WORK_DIRECTORY: ${join(temp.path, 'stage')}\nPROJECTS:\n  - NAME: bench\n    BACKUPS:\n      - DB_BACKUPS: { NAME: db, INTERVALS: ['@daily'], DB_INFO: { TYPE: MYSQL, USERNAME: bench, PASSWORD: '\${MYPW}', HOST: 127.0.0.1, PORT: ${server.port}, NAME: bench }, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: '${join(temp.path, 'out')}' }] }\n`,
    );
    mkdirSync(join(temp.path, 'stage'));
    const env = cronLikeEnv({ OPSBACKUP_STATE_DIR: join(temp.path, 'state'), MYPW: password });
    const dump = `mariadb-dump --host=127.0.0.1 --port=${server.port} --user=bench --single-transaction --quick --routines --events --triggers --hex-blob --no-tablespaces --default-character-set=utf8mb4 -- bench`;
    const plain = join(temp.path, 'bench.sql');
    measure(['sh', '-c', `${dump} > ${plain}`], cronLikeEnv({ MYSQL_PWD: password }));
    const dumpBytes = statSync(plain).size;
    rmSync(plain);
    const outputs = new Map<string, number>();
    const gzipped = join(temp.path, 'bench.sql.gz');
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
          name: 'mariadb-dump | gzip',
          run: () => {
            rmSync(gzipped, { force: true });
            // The password as a bare script would pass it; only the baseline does this.
            const sample = measure(
              ['bash', '-c', `set -o pipefail; ${dump} | gzip > ${gzipped}`],
              cronLikeEnv({ MYSQL_PWD: password }),
            );
            outputs.set('mariadb-dump | gzip', statSync(gzipped).size);
            return sample;
          },
        },
      ],
      rounds,
    );
    return { rows: rows(samples, outputs, dumpBytes), dumpBytes };
  } finally {
    server.stop();
    temp.remove();
  }
}
