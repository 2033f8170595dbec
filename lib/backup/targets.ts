// Picks the storage for each target of UPLOAD_TO.
import type { Target } from '../config/model.js';
import { ExitCode, UserError } from '../errors.js';
import { LocalStorage } from '../storage/local.js';
import type { Storage } from '../storage/storage.js';

export function storageFor(target: Target): Storage {
  if (target.storage === 'LOCAL') return new LocalStorage(target.path);
  return {
    description: `${target.storage} ${target.path}`,
    put: () =>
      Promise.reject(
        new UserError(`the ${target.storage} target is not available in this version yet`, {
          exitCode: ExitCode.failed,
        }),
      ),
    list: () => Promise.resolve([]),
    remove: () => Promise.resolve(),
  };
}
