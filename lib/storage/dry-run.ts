// `--dry-run` as a wrapper: reads go to the real storage, writes are only recorded, and the listing shows
// the storage as the writes would leave it. What a run would do is then computed by the same code that
// does it (retention, naming), against this view.
import { stat } from 'node:fs/promises';
import { ExitCode, UserError } from '../errors.js';
import type { FetchedObject, PutOptions, Storage, StoredObject } from './storage.js';
import { alternativeName } from './storage.js';

export interface DryRunStorage extends Storage {
  /** Objects a put would have stored, and names a remove would have deleted. */
  readonly planned: { stored: StoredObject[]; removed: string[] };
}

/** `storage` seen through a dry run; `pretend` are objects to show as if already stored (this run's). */
export function dryRun(storage: Storage, pretend: StoredObject[] = []): DryRunStorage {
  const planned = { stored: [...pretend], removed: [] as string[] };
  const view = async (): Promise<StoredObject[]> => {
    const real = (await storage.list()).filter((object) => !planned.removed.includes(object.name));
    const added = planned.stored.filter((object) => !real.some((existing) => existing.name === object.name));
    return [...real, ...added];
  };
  const probe = storage.probe?.bind(storage);
  return {
    description: `${storage.description} (dry run)`,
    capabilities: storage.capabilities,
    ...(probe ? { probe } : {}),
    planned,
    async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
      const size = (await stat(source)).size;
      const taken = new Set((await view()).map((object) => object.name));
      for (let n = 1; n <= (options.exact ? 1 : 100); n++) {
        const candidate = alternativeName(name, n);
        if (taken.has(candidate)) continue;
        planned.stored.push({ name: candidate, size });
        return { name: candidate, size };
      }
      throw new UserError(`${storage.description}: ${name} already exists`, { exitCode: ExitCode.failed });
    },
    list: view,
    remove(name: string): Promise<void> {
      planned.removed.push(name);
      return Promise.resolve();
    },
    fetch(name: string, directory: string): Promise<FetchedObject> {
      if (planned.stored.some((object) => object.name === name) && !planned.removed.includes(name))
        throw new UserError(`${name} is only planned by the dry run`, { exitCode: ExitCode.failed });
      return storage.fetch(name, directory);
    },
  };
}
