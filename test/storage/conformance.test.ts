// The conformance suite against the storages that need no server: LOCAL (a directory) and MEMORY (the
// reference implementation). Remote targets run it in their own test files, beside their servers.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LocalStorage } from '../../lib/storage/local.js';
import { MemoryStorage } from '../../lib/storage/memory.js';
import { makeTempDir } from '../helpers/temp.js';
import { storageConformance } from './conformance.js';

storageConformance('LOCAL', {
  largeBytes: 3 * 1024 * 1024,
  fixture: () => {
    const temp = makeTempDir();
    const directory = join(temp.path, 'targets', 'local');
    return Promise.resolve({
      storage: new LocalStorage(directory),
      plant: async (name, data) => {
        await mkdir(directory, { recursive: true });
        await writeFile(join(directory, name), data);
      },
      rawNames: () => readdir(directory),
      cleanUp: () => Promise.resolve(temp.remove()),
    });
  },
});

storageConformance('MEMORY', {
  largeBytes: 3 * 1024 * 1024,
  fixture: () => {
    const storage = new MemoryStorage();
    return Promise.resolve({
      storage,
      plant: (name, data) => Promise.resolve(void storage.objects.set(name, data)),
      rawNames: () => Promise.resolve([...storage.objects.keys()]),
      cleanUp: () => Promise.resolve(),
    });
  },
});
