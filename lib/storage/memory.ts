// An in-memory storage: the reference implementation of the seam's contract, for unit tests of what is
// built on top of it (retention, verify, the store step) without a disk or an emulator. Not a target.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, UserError } from '../errors.js';
import {
  alternativeName,
  type FetchedObject,
  type PutOptions,
  type Storage,
  type StoredObject,
} from './storage.js';

const maxAlternatives = 100;

export class MemoryStorage implements Storage {
  readonly description: string;
  readonly capabilities = { atomicPut: true, rangedReads: false, localFiles: false } as const;
  readonly objects = new Map<string, Buffer>();

  constructor(name = 'memory') {
    this.description = `MEMORY ${name}`;
  }

  async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
    const data = await readFile(source);
    // Reported as a real upload would, so a failing callback interrupts it before anything is stored.
    options.onProgress?.(Math.floor(data.length / 2));
    options.onProgress?.(data.length);
    for (let n = 1; n <= (options.exact ? 1 : maxAlternatives); n++) {
      const candidate = alternativeName(name, n);
      if (this.objects.has(candidate)) continue;
      this.objects.set(candidate, data);
      return { name: candidate, size: data.length };
    }
    throw new UserError(`${this.description}: ${name} already exists`, { exitCode: ExitCode.failed });
  }

  list(): Promise<StoredObject[]> {
    return Promise.resolve(
      [...this.objects]
        .map(([name, data]) => ({ name, size: data.length }))
        .sort((a, b) => (a.name < b.name ? -1 : 1)),
    );
  }

  remove(name: string): Promise<void> {
    this.objects.delete(name);
    return Promise.resolve();
  }

  async fetch(name: string, directory: string): Promise<FetchedObject> {
    const data = this.objects.get(name);
    if (!data) throw new UserError(`${this.description}: there is no ${name}`, { exitCode: ExitCode.failed });
    const path = join(directory, `fetched-${process.pid}-${this.objects.size}-${Date.now()}-${name}`);
    await writeFile(path, data, { flag: 'wx', mode: 0o600 });
    return { path, temporary: true };
  }
}
