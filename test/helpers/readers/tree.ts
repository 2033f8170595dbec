// What a tree holds, as lstat and the bytes tell it: a reader's extraction, or the source itself.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { digestFile, digestOf } from './digest.js';
import type { ReadEntry } from './readers.js';

/** Paths stay bytes while walking (a name that is not UTF-8 must still open); `path` shows them as UTF-8. */
export async function lstatTree(root: string): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  const visit = async (directory: Buffer, relative: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(directory, { encoding: 'buffer' }).sort((a, b) => Buffer.compare(a, b));
    } catch {
      return; // an extraction that made nothing
    }
    for (const name of names) {
      const path = Buffer.concat([directory, Buffer.from('/'), name]);
      const rel = relative ? `${relative}/${name.toString()}` : name.toString();
      const stat = lstatSync(path);
      const common = {
        path: rel,
        mode: stat.mode & 0o7777,
        mtimeMs: stat.mtimeMs,
        uid: stat.uid,
        gid: stat.gid,
      };
      if (stat.isSymbolicLink())
        entries.push({ ...common, kind: 'symlink', target: readlinkSync(path, 'utf8') });
      else if (stat.isDirectory()) {
        entries.push({ ...common, kind: 'directory' });
        await visit(path, rel);
      } else {
        // Small files (70,000 of them in the many shape) read at once, large ones streamed.
        const digest = stat.size < 1024 * 1024 ? digestOf(readFileSync(path)) : await digestFile(path);
        entries.push({ ...common, kind: 'file', size: stat.size, ino: stat.ino, digest });
      }
    }
  };
  await visit(Buffer.from(root), '');
  return entries;
}
