// Proving a database dump inside an archive can be restored, without restoring it: a custom-format dump
// must be listed by pg_restore (its table of contents is read to the end); a plain one must end with
// pg_dump's completion comment, which is only written when the dump finished.
import type { ZipEntry } from '../../archive/read-zip.js';
import { LocalShell } from '../../shell/local.js';
import { entryTail } from '../dump-input.js';
import type { DumpCheck } from '../engine.js';

const plainEndMarker = '-- PostgreSQL database dump complete';

export async function checkDump(entry: ZipEntry, format: 'custom' | 'plain'): Promise<DumpCheck> {
  if (format === 'plain') {
    const tail = await entryTail(entry);
    return tail.includes(plainEndMarker)
      ? { ok: true, message: `${entry.name}: plain dump ends with pg_dump's completion marker` }
      : { ok: false, message: `${entry.name}: the plain dump is cut short (no "${plainEndMarker}")` };
  }
  const result = await new LocalShell().run(['pg_restore', '--list'], { stdin: await entry.open() });
  if (result.exitCode === 127) {
    return {
      ok: false,
      message:
        'pg_restore is not installed on this host, so the dump could not be listed (install postgresql-client)',
    };
  }
  if (result.exitCode !== 0) {
    return { ok: false, message: `pg_restore --list refused ${entry.name}: ${result.stderr.trim()}` };
  }
  const items = result.stdout.split('\n').filter((line) => /^\d+;/.test(line)).length;
  return { ok: true, message: `pg_restore --list read ${items} items from ${entry.name}` };
}
