// Turns the validated raw config (either backup shape) into the one typed model, remembering where each
// backup's keys were written so that later rules can point at the right line.
import type {
  RawBackup,
  RawConfig,
  RawDbBackupFields,
  RawFileBackupFields,
  RawNotify,
  RawRetention,
  RawSsh,
  RawTarget,
} from './generated/config-types.js';
import type { Segment } from './issues.js';
import {
  defaults,
  type Backup,
  type Config,
  type NotifySettings,
  type Project,
  type S3Location,
  type SshHost,
  type Target,
} from './model.js';
import { resolveConfigPath } from './paths.js';
import { specByConfigName } from '../databases/registry.js';
import { parseDuration } from '../retention/duration.js';
import type { RetentionPolicy } from '../retention/policy.js';

export interface BackupOrigin {
  /** The path of the FILE_BACKUP / DB_BACKUPS value. */
  path: Segment[];
  /** The path of one key of the backup, in whichever shape it was written. */
  keyPath(key: string): Segment[];
  /** Keys written more than once in the list shape, with the paths of the repeats. */
  repeatedKeys: { key: string; path: Segment[] }[];
  /** Whether NAME was written (not defaulted). */
  named: boolean;
  /** Whether the backup itself holds `key`. */
  written(key: string): boolean;
}

export interface Normalised {
  config: Config;
  origins: Map<Backup, BackupOrigin>;
}

export interface NormaliseContext {
  file: string;
  directory: string;
  home: string;
  variables: string[];
}

export function normalise(raw: RawConfig, context: NormaliseContext): Normalised {
  const origins = new Map<Backup, BackupOrigin>();
  const local = (written: string): string => resolveConfigPath(written, context.directory, context.home);
  const projects: Project[] = raw.PROJECTS.map((rawProject, p) => {
    const counters = { files: 0, database: 0 };
    const rawNotify = rawProject.NOTIFY ?? raw.NOTIFY;
    const notify = rawNotify ? { notify: toNotify(rawNotify) } : {};
    const backups = rawProject.BACKUPS.map((rawBackup, b) => {
      const { kind, fields, origin } = flatten(rawBackup, ['PROJECTS', p, 'BACKUPS', b]);
      counters[kind]++;
      const name = fields.NAME ?? `${kind === 'files' ? 'file' : 'db'}-${counters[kind]}`;
      const common = {
        project: rawProject.NAME,
        name,
        intervals: fields.INTERVALS ?? [],
        targets: (fields.UPLOAD_TO ?? []).map((target) => toTarget(target, local, fields.RETENTION)),
        verify: fields.VERIFY ?? false,
        ...notify,
        ...(fields.SSH ? { ssh: toSsh(fields.SSH, local) } : {}),
      };
      const backup: Backup =
        kind === 'files'
          ? {
              ...common,
              kind,
              ...filePaths((fields as RawFileBackupFields).FILE_PATH ?? [], (path) =>
                fields.SSH ? path : local(path),
              ),
              exclude: (fields as RawFileBackupFields).EXCLUDE ?? [],
            }
          : toDbBackup(common, fields, local);
      origins.set(backup, origin);
      return backup;
    });
    return { name: rawProject.NAME, backups };
  });
  const config: Config = {
    file: context.file,
    directory: context.directory,
    logDirectory: local(raw.LOG_DIRECTORY ?? defaults.logDirectory),
    ...(raw.WORK_DIRECTORY === undefined ? {} : { workDirectory: local(raw.WORK_DIRECTORY) }),
    ...(raw.METRICS_FILE === undefined ? {} : { metricsFile: local(raw.METRICS_FILE) }),
    ...(raw.NOTIFY === undefined ? {} : { notify: toNotify(raw.NOTIFY) }),
    timeouts: {
      inactivityMs: (raw.TIMEOUTS?.INACTIVITY_SECONDS ?? defaults.inactivitySeconds) * 1000,
      totalMs: (raw.TIMEOUTS?.TOTAL_MINUTES ?? defaults.totalMinutes) * 60_000,
    },
    projects,
    variables: context.variables,
  };
  return { config, origins };
}

type Fields = RawFileBackupFields | RawDbBackupFields;

/** Merges the list shape into one mapping and records where each key came from. */
function flatten(
  raw: RawBackup,
  base: Segment[],
): { kind: 'files' | 'database'; fields: Fields; origin: BackupOrigin } {
  const kind = raw.FILE_BACKUP !== undefined ? 'files' : 'database';
  const key = kind === 'files' ? 'FILE_BACKUP' : 'DB_BACKUPS';
  const value = (raw.FILE_BACKUP ?? raw.DB_BACKUPS) as Fields | Partial<Fields>[];
  const path = [...base, key];
  if (!Array.isArray(value)) {
    return {
      kind,
      fields: value,
      origin: {
        path,
        keyPath: (k) => [...path, k],
        repeatedKeys: [],
        named: value.NAME !== undefined,
        written: (k) => k in value,
      },
    };
  }
  const fields: Record<string, unknown> = {};
  const where = new Map<string, number>();
  const repeatedKeys: BackupOrigin['repeatedKeys'] = [];
  value.forEach((item, index) => {
    for (const [k, v] of Object.entries(item)) {
      if (where.has(k)) {
        repeatedKeys.push({ key: k, path: [...path, index, k] });
        continue;
      }
      where.set(k, index);
      fields[k] = v;
    }
  });
  const keyPath = (k: string): Segment[] => {
    const index = where.get(k);
    return index === undefined ? path : [...path, index, k];
  };
  return {
    kind,
    fields: fields,
    origin: { path, keyPath, repeatedKeys, named: where.has('NAME'), written: (k) => where.has(k) },
  };
}

function filePaths(
  items: NonNullable<RawFileBackupFields['FILE_PATH']>,
  resolvePath: (path: string) => string,
): { paths: string[]; optionalPaths: string[] } {
  const paths: string[] = [];
  const optionalPaths: string[] = [];
  for (const item of items) {
    const path = resolvePath(typeof item === 'string' ? item : item.PATH);
    paths.push(path);
    if (typeof item !== 'string' && item.OPTIONAL) optionalPaths.push(path);
  }
  return { paths, optionalPaths };
}

function toTarget(raw: RawTarget, local: (path: string) => string, backupRetention?: RawRetention): Target {
  const rawRetention = raw.RETENTION ?? backupRetention;
  const retention = rawRetention ? { retention: toRetention(rawRetention) } : {};
  if (raw.STORAGE_NAME === 'LOCAL') return { storage: 'LOCAL', path: local(raw.PATH ?? ''), ...retention };
  if (raw.STORAGE_NAME === 'S3') return { ...toS3Target(raw), ...retention };
  if (raw.STORAGE_NAME === 'RCLONE')
    return {
      storage: 'RCLONE',
      path: (raw.PATH ?? '').replace(/(.)\/+$/, '$1'),
      remote: raw.REMOTE ?? '',
      ...retention,
    };
  if (raw.STORAGE_NAME === 'SFTP') {
    if (!raw.SSH) throw new Error('SSH missing from an SFTP target after validation');
    return { storage: 'SFTP', path: sftpPath(raw.PATH ?? ''), ssh: toSsh(raw.SSH, local), ...retention };
  }
  const drive =
    raw.DRIVE_ID !== undefined
      ? { driveId: raw.DRIVE_ID }
      : raw.USER_ID !== undefined
        ? { userId: raw.USER_ID }
        : raw.SITE_ID !== undefined
          ? { siteId: raw.SITE_ID }
          : undefined;
  return {
    storage: raw.STORAGE_NAME,
    path: trimSlashes(raw.PATH ?? ''),
    ...(drive ? { drive } : {}),
    chunkSize: (raw.CHUNK_SIZE_KIB ?? defaults.chunkSizeKib) * 1024,
    ...retention,
  };
}

/** S3: the bucket and its settings; `path` is `bucket/prefix`, as messages name the target. */
function toS3Target(raw: RawTarget): Target {
  const prefix = trimSlashes(raw.PATH ?? '');
  const bucket = raw.BUCKET ?? '';
  const location: S3Location = {
    bucket,
    prefix,
    region: raw.REGION ?? '',
    forcePathStyle: raw.FORCE_PATH_STYLE ?? false,
    partSize: (raw.PART_SIZE_MIB ?? defaults.s3PartSizeMib) * 1024 * 1024,
    ...(raw.ENDPOINT === undefined ? {} : { endpoint: raw.ENDPOINT.replace(/\/+$/, '') }),
    ...(raw.STORAGE_CLASS === undefined ? {} : { storageClass: raw.STORAGE_CLASS }),
    ...(raw.SERVER_SIDE_ENCRYPTION === undefined ? {} : { serverSideEncryption: raw.SERVER_SIDE_ENCRYPTION }),
    ...(raw.KMS_KEY_ID === undefined ? {} : { kmsKeyId: raw.KMS_KEY_ID }),
  };
  return { storage: 'S3', path: prefix ? `${bucket}/${prefix}` : bucket, s3: location };
}

function trimSlashes(path: string): string {
  return path.replace(/^\/+|\/+$/g, '');
}

/** A server path as SFTP takes it: `~/x` and `x` alike from the login directory, no trailing `/`. */
function sftpPath(written: string): string {
  const relative = written === '~' ? '.' : written.replace(/^~\/+/, '');
  return relative.replace(/(?<=.)\/+$/, '') || '.';
}

function toNotify(raw: RawNotify): NotifySettings {
  return {
    on: raw.ON ?? 'failure',
    ...(raw.EMAIL ? { email: { to: raw.EMAIL.TO } } : {}),
    ...(raw.WEBHOOK ? { webhook: { url: raw.WEBHOOK.URL, format: raw.WEBHOOK.FORMAT ?? 'full' } } : {}),
    ...(raw.HEALTHCHECK ? { healthcheck: { url: raw.HEALTHCHECK.URL } } : {}),
  };
}

function toRetention(raw: RawRetention): RetentionPolicy {
  const duration = (text: string | undefined) => {
    if (text === undefined) return undefined;
    const parsed = parseDuration(text);
    if (!parsed) throw new Error(`retention duration ${text} not a duration after validation`);
    return parsed;
  };
  const policy: Record<keyof RetentionPolicy, unknown> = {
    keepLast: raw.KEEP_LAST,
    keepHourly: raw.KEEP_HOURLY,
    keepDaily: raw.KEEP_DAILY,
    keepWeekly: raw.KEEP_WEEKLY,
    keepMonthly: raw.KEEP_MONTHLY,
    keepYearly: raw.KEEP_YEARLY,
    keepWithin: duration(raw.KEEP_WITHIN),
    keepWithinHourly: duration(raw.KEEP_WITHIN_HOURLY),
    keepWithinDaily: duration(raw.KEEP_WITHIN_DAILY),
    keepWithinWeekly: duration(raw.KEEP_WITHIN_WEEKLY),
    keepWithinMonthly: duration(raw.KEEP_WITHIN_MONTHLY),
    keepWithinYearly: duration(raw.KEEP_WITHIN_YEARLY),
    minKeep: raw.MIN_KEEP,
  };
  return Object.fromEntries(Object.entries(policy).filter(([, value]) => value !== undefined));
}

function toSsh(raw: RawSsh, local: (path: string) => string): SshHost {
  return {
    username: raw.USERNAME,
    host: raw.IP_ADDRESS,
    port: raw.PORT ?? defaults.sshPort,
    ...(raw.KEY_PATH === undefined ? {} : { keyPath: local(raw.KEY_PATH) }),
    ...(raw.KEY_PASSPHRASE === undefined ? {} : { keyPassphrase: raw.KEY_PASSPHRASE }),
    ...(raw.HOST_KEY === undefined ? {} : { hostKey: raw.HOST_KEY }),
    strictHostKey: raw.STRICT_HOST_KEY ?? false,
  };
}

function toDbBackup(
  common: Omit<Backup, 'kind' | 'paths' | 'exclude' | 'database'>,
  fields: RawDbBackupFields,
  local: (path: string) => string,
): Backup {
  const info = fields.DB_INFO;
  if (!info) throw new Error('DB_INFO missing after validation');
  const spec = specByConfigName(info.TYPE);
  const elsewhere = fields.SSH !== undefined || fields.DOCKER !== undefined;
  return {
    ...common,
    kind: 'database',
    database: spec.settings(info, fields, { local, elsewhere }),
    ...(fields.DOCKER ? { docker: { container: fields.DOCKER.CONTAINER_NAME } } : {}),
  };
}
