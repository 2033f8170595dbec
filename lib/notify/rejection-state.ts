// Where sync-cron keeps, per config, the last accepted NOTIFY and the digest of the last reported
// rejection. Tiny and dependency-free: sync-cron's no-change path clears the marker every minute.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

function fileKey(configFile: string): string {
  return createHash('sha256').update(configFile).digest('hex').slice(0, 12);
}

export const rejectionMarker = (directory: string, configFile: string) =>
  join(directory, `rejected-${fileKey(configFile)}`);

export const acceptedNotifyFile = (directory: string, configFile: string) =>
  join(directory, `notify-${fileKey(configFile)}.json`);

/** The config is accepted (again): a later rejection is news, even the same one as before. */
export function clearRejection(directory: string, configFile: string): void {
  rmSync(rejectionMarker(directory, configFile), { force: true });
}
