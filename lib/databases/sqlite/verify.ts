// Proving a SQLite copy in an archive is sound: extracted to the verify's work directory and opened
// read-only by this host's sqlite3 for PRAGMA integrity_check (so the verifying host needs Debian's
// sqlite3), then removed.
import { createWriteStream, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ZipEntry } from '../../archive/read-zip.js';
import { LocalShell } from '../../shell/local.js';
import type { DumpCheck } from '../engine.js';
import { integrityArgv } from './scripts.js';

export async function checkSqliteCopy(entry: ZipEntry, workDirectory: string): Promise<DumpCheck> {
  const file = join(workDirectory, `verify-${process.pid}-${Date.now()}.sqlite`);
  try {
    await pipeline(await entry.open(), createWriteStream(file, { flags: 'wx', mode: 0o600 }));
    // sqlite3 takes an empty file for an empty database, which passes the check.
    if (!(await startsWithHeader(file)))
      return { ok: false, message: `${entry.name}: not a SQLite database (no "SQLite format 3" header)` };
    const result = await new LocalShell().run(integrityArgv(file));
    if (result.exitCode === 127)
      return {
        ok: false,
        message:
          'sqlite3 is not installed on this host, so the copy could not be checked (apt-get install sqlite3)',
      };
    const answer = `${result.stdout}${result.stderr}`.trim();
    return result.exitCode === 0 && answer === 'ok'
      ? { ok: true, message: `${entry.name}: PRAGMA integrity_check says ok` }
      : {
          ok: false,
          message: `${entry.name}: PRAGMA integrity_check: ${answer.split('\n').slice(0, 5).join('; ')}`,
        };
  } finally {
    rmSync(file, { force: true });
    for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}

async function startsWithHeader(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    return bytesRead === 16 && buffer.toString('latin1') === 'SQLite format 3\0';
  } finally {
    await handle.close();
  }
}
