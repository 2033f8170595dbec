// Proving a MySQL / MariaDB dump in an archive is whole: it must end with the client's completion comment,
// written only when the dump finished. Needs nothing installed on the verifying host.
import type { ZipEntry } from '../../archive/read-zip.js';
import { entryTail } from '../dump-input.js';
import type { DumpCheck } from '../engine.js';
import { completionComment, endsComplete } from './dump-tap.js';

export async function checkMysqlDump(entry: ZipEntry): Promise<DumpCheck> {
  return endsComplete(await entryTail(entry))
    ? {
        ok: true,
        message: `${entry.name}: the dump ends with its completion comment ("${completionComment}")`,
      }
    : { ok: false, message: `${entry.name}: the dump is cut short (no "${completionComment}")` };
}
