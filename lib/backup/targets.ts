// Picks the storage for each target of UPLOAD_TO: one place that knows every kind, each loaded only when a
// backup has such a target (the OneDrive code's Graph and identity SDKs, S3's AWS SDK, SFTP's ssh2,
// rclone's wrapper), every one wrapped in the one retry policy.
import { join } from 'node:path';
import type { Target } from '../config/model.js';
import { stateDirectory } from '../state-dir.js';
import { LocalStorage } from '../storage/local.js';
import { defaultRetry, withRetries } from '../storage/retry.js';
import type { Storage } from '../storage/storage.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The storage of `target`, its transient failures retried by the one policy (lib/storage/retry.ts).
 * `note` hears what a target wants logged without failing: each retry, an SFTP host key recorded on
 * first use, a key file others can read; by default it goes to stderr.
 */
export async function storageFor(
  target: Target,
  env: Environment,
  note: (line: string) => void = (line) => console.error(line),
): Promise<Storage> {
  return withRetries(await openStorage(target, env, note), defaultRetry, {
    onRetry: (what, failures, delayMs, error) =>
      note(
        `${what} on ${target.storage} ${target.path} failed (${error.message}); attempt ${failures + 1} in ${(delayMs / 1000).toFixed(1)} s`,
      ),
  });
}

async function openStorage(target: Target, env: Environment, note: (line: string) => void): Promise<Storage> {
  if (target.storage === 'LOCAL') return new LocalStorage(target.path);
  if (target.storage === 'SFTP') return await sftpStorage(target, note);
  if (target.storage === 'RCLONE') {
    const { RcloneStorage } = await import('../storage/rclone/rclone.js');
    return new RcloneStorage(target.remote ?? '', target.path);
  }
  if (target.storage === 'S3') {
    const [{ s3Settings }, { makeS3Client }, { S3Storage }] = await Promise.all([
      import('../storage/s3/settings.js'),
      import('../storage/s3/client.js'),
      import('../storage/s3/s3.js'),
    ]);
    const settings = s3Settings(target, env);
    return new S3Storage(settings, makeS3Client(settings));
  }
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
 * Values that must never be printed: the secrets the targets read from the environment (rclone's config
 * password too: rclone reads it, we only mask it), and those written in the targets themselves (an SFTP
 * key's passphrase).
 */
export function targetSecrets(env: Environment, targets: readonly Target[] = []): string[] {
  return [
    env.AZURE_CLIENT_SECRET,
    env.AWS_SECRET_ACCESS_KEY,
    env.AWS_SESSION_TOKEN,
    env.RCLONE_CONFIG_PASS,
    ...targets.map((target) => target.ssh?.keyPassphrase),
  ].filter((value): value is string => Boolean(value));
}
