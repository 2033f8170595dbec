// The normalised config every command works with: one shape whichever YAML shape it came from,
// defaults applied, local paths absolute. Built from the generated raw types (generated/config-types.ts).
import type { DatabaseSettings } from '../databases/registry.js';
import type { RetentionPolicy } from '../retention/policy.js';

export type StorageName = 'LOCAL' | 'ONEDRIVE' | 'S3' | 'SFTP' | 'RCLONE';

export interface Target {
  storage: StorageName;
  /**
   * LOCAL: an absolute directory. ONEDRIVE: a folder path in the drive, as written. S3: `bucket/prefix`
   * (or the bucket alone), as messages show it. SFTP: a directory on the server, relative ones from the
   * login directory, without a trailing `/`. RCLONE: a folder in the remote, as written.
   */
  path: string;
  /** SFTP: the server and how to log in and trust it. */
  ssh?: SshHost;
  /** ONEDRIVE: which drive, when the target overrides the environment. */
  drive?: { driveId: string } | { userId: string } | { siteId: string };
  /** ONEDRIVE: upload-session fragment size in bytes. */
  chunkSize?: number;
  /** RCLONE: the remote's name in rclone's config, with its colon. */
  remote?: string;
  /** S3: the bucket and how to reach it. */
  s3?: S3Location;
  /** The target's own RETENTION, else its backup's; undefined keeps everything. */
  retention?: RetentionPolicy;
}

export interface S3Location {
  bucket: string;
  /** The key prefix without leading or trailing `/`; empty for the bucket's top level. */
  prefix: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  storageClass?: string;
  serverSideEncryption?: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
  /** Multipart part size in bytes. */
  partSize: number;
}

export interface NotifySettings {
  on: 'failure' | 'always';
  email?: { to: string[] };
  webhook?: { url: string; format: 'full' | 'text' };
  healthcheck?: { url: string };
}

export interface SshHost {
  username: string;
  host: string;
  port: number;
  /** Absolute path of the private key; undefined means ssh-agent. */
  keyPath?: string;
  /** The passphrase of an encrypted key file: a secret, masked like passwords. */
  keyPassphrase?: string;
  /** Pinned host key fingerprint, `SHA256:…`. */
  hostKey?: string;
  /** Refuse unknown host keys instead of recording them on first use. */
  strictHostKey: boolean;
}

interface BackupBase {
  project: string;
  name: string;
  intervals: string[];
  targets: Target[];
  ssh?: SshHost;
  /** Verify the stored archive on every target after each run. */
  verify: boolean;
  /** The project's NOTIFY, else the top-level one. */
  notify?: NotifySettings;
}

export interface FileBackup extends BackupBase {
  kind: 'files';
  /** Local paths are absolute; with `ssh`, paths are as written (relative to the remote home). */
  paths: string[];
  /** The paths (as in `paths`) that may be missing: then skipped with a warning. */
  optionalPaths: string[];
  exclude: string[];
}

export interface DbBackup extends BackupBase {
  kind: 'database';
  /** The engine's own settings, by DB_INFO.TYPE (lib/databases/registry.ts). */
  database: DatabaseSettings;
  /** Run the dump and the restore inside this container (on this host or the SSH host). */
  docker?: { container: string };
}

export type Backup = FileBackup | DbBackup;
export type BackupKind = Backup['kind'];

/** The kind as manifests, history and `--list` name it: `files`, or the database engine's type. */
export function kindName(backup: Backup): string {
  return backup.kind === 'files' ? 'files' : backup.database.type;
}

export interface Project {
  name: string;
  backups: Backup[];
}

export interface Config {
  /** Absolute path of the config file. */
  file: string;
  /** Its directory: the base of relative paths. */
  directory: string;
  logDirectory: string;
  /** Where archives are staged; undefined means the system's temporary directory. */
  workDirectory?: string;
  timeouts: { inactivityMs: number; totalMs: number };
  /** Absolute path of the Prometheus textfile to rewrite after each run. */
  metricsFile?: string;
  /** The top-level NOTIFY (sync-cron reports a rejected config with it). */
  notify?: NotifySettings;
  projects: Project[];
  /** Names of the environment variables the config references with `${NAME}`. */
  variables: string[];
}

/** Defaults that the schema documents; a test checks that both say the same. */
export const defaults = {
  logDirectory: 'logs',
  sshPort: 22,
  inactivitySeconds: 600,
  chunkSizeKib: 10240,
  s3PartSizeMib: 8,
  totalMinutes: 360,
} as const;
