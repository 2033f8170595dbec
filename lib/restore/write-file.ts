// One file entry onto disk: created exclusively and without following a link (O_CREAT|O_EXCL|O_NOFOLLOW,
// so a planted name or symlink fails instead of being written through), its content checked against the
// archive's length and CRC-32 as it streams, zero blocks left as holes, then owner, mode and times set
// on the open descriptor, so they land on the file that was written and nothing else.
import { constants } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { ZipEntry } from '../archive/read-zip.js';
import { ExitCode, UserError } from '../errors.js';
import { applyMetadata } from './metadata.js';
import { SparseWriter } from './sparse-writer.js';

const CREATE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export interface WrittenFile {
  bytes: number;
  warning?: string;
}

/** Writes `entry`'s content and metadata to the new file `path`; on any failure nothing is left there. */
export async function writeFileEntry(
  entry: ZipEntry,
  path: Buffer,
  restoreOwners: boolean,
): Promise<WrittenFile> {
  const handle = await open(path, CREATE, 0o600);
  try {
    const writer = new SparseWriter(handle);
    let crc = 0;
    for await (const chunk of await entry.open()) {
      crc = crc32(chunk as Buffer, crc);
      await writer.write(chunk as Buffer);
    }
    const size = await writer.end();
    if (size !== entry.size || crc >>> 0 !== entry.crc32 >>> 0) {
      throw new UserError('damaged in the archive (CRC-32 or length differ)', {
        exitCode: ExitCode.failed,
      });
    }
    const warning = await applyMetadata(handle, entry, restoreOwners);
    await handle.close();
    return { bytes: size, ...(warning ? { warning } : {}) };
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(path, { force: true });
    throw error;
  }
}
