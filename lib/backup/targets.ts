// Picks the storage for each target of UPLOAD_TO. The OneDrive code (Graph and identity SDKs) and the
// SFTP code (ssh2) are loaded only when a backup has such a target.
import { join } from 'node:path';
import type { Target } from '../config/model.js';
import { stateDirectory } from '../state-dir.js';
import { LocalStorage } from '../storage/local.js';
import type { Storage } from '../storage/storage.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The storage of `target`. `note` hears what a target wants logged without failing (an SFTP host key
 * recorded on first use, a key file others can read); by default it goes to stderr.
 */
export async function storageFor(
  target: Target,
  env: Environment,
  note: (line: string) => void = (line) => console.error(line),
): Promise<Storage> {
  if (target.storage === 'LOCAL') return new LocalStorage(target.path);
  if (target.storage === 'SFTP') return await sftpStorage(target, note);
  const [{ oneDriveSettings }, { GraphConnection }, { OneDriveStorage }] = await Promise.all([
    import('../storage/onedrive/settings.js'),
    import('../storage/onedrive/graph.js'),
    import('../storage/onedrive/onedrive.js'),
  ]);
  const settings = oneDriveSettings(target, env);
  return new OneDriveStorage(settings, new GraphConnection(settings));
}

async function sftpStorage(target: Target, note: (line: string) => void): Promise<Storage> {
  const ssh = target.ssh;
  if (!ssh) throw new Error('an SFTP target without SSH after validation');
  const { SftpStorage } = await import('../storage/sftp/sftp.js');
  return SftpStorage.open(
    { path: target.path, ssh },
    {
      knownHostsFile: join(stateDirectory(), 'known_hosts'),
      onRecorded: (fingerprint) =>
        note(
          `SFTP ${target.path}: recorded the host key of ${ssh.host}:${ssh.port} (${fingerprint}) on first use`,
        ),
      warn: (line) => note(`SFTP ${target.path}: ${line}`),
    },
  );
}

/**
 * Values that must never be printed: the secrets the targets read from the environment, and those
 * written in the targets themselves (an SFTP key's passphrase).
 */
export function targetSecrets(env: Environment, targets: readonly Target[] = []): string[] {
  return [env.AZURE_CLIENT_SECRET, ...targets.map((target) => target.ssh?.keyPassphrase)].filter(
    (value): value is string => Boolean(value),
  );
}
