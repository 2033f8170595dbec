// The LOCAL target: a local or mounted directory. Each object is copied to a temporary name in the same
// directory, fsynced, then hard-linked to its final name (which fails if the name exists, so nothing is
// ever overwritten) and the temporary name removed; the directory is fsynced too.
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, link, mkdir, readdir, rm, stat, unlink } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import { fsyncPath } from '../fsync.js';
import { ownedTemporaryName, sweepLeftovers } from '../leftovers.js';
import {
  alternativeName,
  type FetchedObject,
  type PutOptions,
  type Storage,
  type StoredObject,
} from './storage.js';

const maxAlternatives = 100;

export class LocalStorage implements Storage {
  readonly description: string;
  readonly capabilities = { atomicPut: true, rangedReads: false, localFiles: true } as const;
  private swept = false;

  constructor(readonly directory: string) {
    this.description = `LOCAL ${directory}`;
  }

  async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
    await this.attempt('create', () => mkdir(this.directory, { recursive: true, mode: 0o750 }));
    // A copy cut short by a run that died (kill -9) is removed here, by the next run on this host:
    // once per run, not again for the manifest.
    if (!this.swept) sweepLeftovers(this.directory, '.partial-');
    this.swept = true;
    const temp = join(this.directory, ownedTemporaryName('.partial-', name));
    try {
      if (!(options.immutable && (await linkInstead(source, temp)))) {
        await this.attempt('write', () => copyWithProgress(source, temp, options.onProgress));
      }
      await chmod(temp, 0o640);
      await this.attempt('write', () => fsyncPath(temp));
      const size = (await stat(temp)).size;
      for (let n = 1; n <= (options.exact ? 1 : maxAlternatives); n++) {
        const candidate = alternativeName(name, n);
        try {
          await link(temp, join(this.directory, candidate));
          await fsyncPath(this.directory);
          return { name: candidate, size };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw this.failure('write', error);
        }
      }
      throw new UserError(`${this.description}: ${name} already exists`, { exitCode: ExitCode.failed });
    } finally {
      await rm(temp, { force: true });
    }
  }

  async list(): Promise<StoredObject[]> {
    let names: string[];
    try {
      names = await readdir(this.directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw this.failure('list', error);
    }
    const objects: StoredObject[] = [];
    for (const name of names.filter((candidate) => !candidate.startsWith('.')).sort()) {
      const info = await stat(join(this.directory, name)).catch(() => undefined);
      if (info?.isFile()) objects.push({ name, size: info.size });
    }
    return objects;
  }

  async remove(name: string): Promise<void> {
    await unlink(join(this.directory, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw this.failure('delete', error);
    });
  }

  async fetch(name: string): Promise<FetchedObject> {
    const path = join(this.directory, name);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        throw new UserError(`${this.description}: there is no ${name}`, { exitCode: ExitCode.failed });
      throw this.failure('read', error);
    });
    if (!info.isFile())
      throw new UserError(`${this.description}: ${name} is not a file`, { exitCode: ExitCode.failed });
    return { path, temporary: false };
  }

  private async attempt<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw this.failure(action, error);
    }
  }

  private failure(action: string, error: unknown): UserError {
    if (error instanceof UserError) return error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const reason =
      { ENOSPC: 'the disk is full', EACCES: 'permission denied', EROFS: 'read-only file system' }[code] ??
      code;
    return new UserError(`${this.description}: cannot ${action}: ${reason}`, { exitCode: ExitCode.failed });
  }
}

/**
 * A source on the same file system is hard-linked, not copied: for an archive staged in the work
 * directory, that saves writing it all a second time. Once only: every further target gets a copy, so
 * that targets never share one file. False when linking is not possible.
 */
async function linkInstead(source: string, temp: string): Promise<boolean> {
  try {
    // Only while nothing else links it: a second target must get a copy of its own, not the same file.
    if ((await stat(source)).nlink !== 1) return false;
    await link(source, temp);
    // Targets store at once: when another linked it meanwhile, both step back and copy.
    if ((await stat(temp)).nlink === 2) return true;
    await unlink(temp);
    return false;
  } catch {
    return false; // EXDEV (another file system), EPERM (no hard links there): copy instead.
  }
}

/** A streamed copy that reports progress (copyFile would be silent for minutes on a slow mount). */
async function copyWithProgress(
  source: string,
  destination: string,
  onProgress?: (bytes: number) => void,
): Promise<void> {
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      try {
        onProgress?.(bytes);
      } catch (error) {
        // A failing listener stops the copy (which is then removed), never the process.
        callback(error as Error);
        return;
      }
      callback(null, chunk);
    },
  });
  await pipeline(
    createReadStream(source),
    counter,
    createWriteStream(destination, { flags: 'wx', mode: 0o640 }),
  );
}
