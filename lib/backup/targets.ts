// Picks the storage for each target of UPLOAD_TO. The OneDrive code (Graph and identity SDKs) and the
// S3 code (the AWS SDK) are loaded only when a backup has such a target.
import type { Target } from '../config/model.js';
import { LocalStorage } from '../storage/local.js';
import { defaultRetry, withRetries } from '../storage/retry.js';
import type { Storage } from '../storage/storage.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The storage of a target, its transient failures retried by the one policy (lib/storage/retry.ts);
 * `note` hears each retry, for the run log.
 */
export async function storageFor(
  target: Target,
  env: Environment,
  note?: (line: string) => void,
): Promise<Storage> {
  return withRetries(await openStorage(target, env), defaultRetry, {
    onRetry: (what, failures, delayMs, error) =>
      note?.(
        `${what} on ${target.storage} ${target.path} failed (${error.message}); attempt ${failures + 1} in ${(delayMs / 1000).toFixed(1)} s`,
      ),
  });
}

async function openStorage(target: Target, env: Environment): Promise<Storage> {
  if (target.storage === 'LOCAL') return new LocalStorage(target.path);
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

/** Values that must never be printed: the secrets the targets read from the environment. */
export function targetSecrets(env: Environment): string[] {
  // rclone's config password (an encrypted rclone config): rclone reads it, we only mask it.
  return [
    env.AZURE_CLIENT_SECRET,
    env.AWS_SECRET_ACCESS_KEY,
    env.AWS_SESSION_TOKEN,
    env.RCLONE_CONFIG_PASS,
  ].filter((value): value is string => Boolean(value));
}
