// Replacing a file in place, the one way every writer here does it: the new content goes to a temporary
// name beside the target, created with O_CREAT|O_EXCL|O_NOFOLLOW under an unpredictable name (so a link
// or file planted in a shared directory is never written through or reused), then is renamed over the
// target, so a reader sees the old file or the new one and never half of one.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** The new file's permission bits, exactly (not reduced by the umask). */
  mode: number;
  /** fsync the content before the rename, for files whose loss after a crash matters. */
  sync?: boolean;
}

/** `.<name>.<12 random hex digits>.tmp` beside `target`: hidden, and not guessable in advance. */
export function temporaryNameBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Opens a new file for writing; fails (EEXIST, ELOOP) when anything, a link included, is at `path`. */
export function createExclusive(path: string, mode: number): number {
  return openSync(
    path,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    mode,
  );
}

/** Writes `content` to `target` through a fresh temporary file; on any error the temporary is removed. */
export function writeFileAtomic(
  target: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions,
): void {
  const temporary = temporaryNameBeside(target);
  const fd = createExclusive(temporary, 0o600);
  try {
    try {
      // fchmod, not open's mode: the umask would otherwise decide, and a collector may need 0644.
      fchmodSync(fd, options.mode);
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset);
      if (options.sync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
