// Generated from schemas/config.schema.json by `npm run generate`. Do not modify by hand.
// The raw config as written in YAML, after ${VAR} substitution and schema validation.

/** The projects to back up, what each backup reads, when it runs and where its archives are stored. */
export interface RawConfig {
  /** Directory for log files: the cron output of every scheduled run and run-backup's daily logs. Relative to the config file's directory; `~` is the running user's home. */
  LOG_DIRECTORY?: RawPath;
  /** Where run-backup stages each archive before storing it on the targets (a fresh subdirectory per run, always removed). Needs room for the largest archive. Default: the system's temporary directory (`$TMPDIR`, else `/tmp`). */
  WORK_DIRECTORY?: RawPath;
  /** Watchdogs of run-backup: a run that makes no progress for `INACTIVITY_SECONDS`, or runs longer than `TOTAL_MINUTES`, is stopped (its commands killed), fails and cleans up. Connecting over SSH has its own bound of 20 s. */
  TIMEOUTS?: {
  /** Seconds without a byte read from the source before the run is stopped (a hung pg_dump, SSH link or mount). */
  INACTIVITY_SECONDS?: number;
  /** Minutes one run may take in all, storing on every target included. */
  TOTAL_MINUTES?: number;
};
  /** A file that run-backup rewrites after every run with the last result of each backup in Prometheus text format, for node_exporter's textfile collector (e.g. `/var/lib/node_exporter/textfile/opsbackup.prom`). Relative to the config file's directory. */
  METRICS_FILE?: RawPath;
  /** The default notifications for every project (a project's own NOTIFY replaces it). sync-cron uses it too, to report a config it rejects. */
  NOTIFY?: RawNotify;
  /** The projects. Each becomes a group of crontab lines; an empty list is valid and gives an empty managed block. */
  PROJECTS: Array<RawProject>;
}

/** A name that becomes part of file names and cloud paths: letters, digits, `.` and `-`, starting with a letter or digit, at most 64 characters. `_` is reserved as the separator in archive names. */
export type RawName = string;

/** One project: a name and its backups. */
export interface RawProject {
  /** The project's name, unique in the config; the first argument of `run-backup`. */
  NAME: RawName;
  /** The project's backups. Each entry holds exactly one of `FILE_BACKUP` or `DB_BACKUPS`. */
  BACKUPS: Array<RawBackup>;
  /** This project's notifications, replacing the top-level NOTIFY. */
  NOTIFY?: RawNotify;
}

/** One backup: exactly one of `FILE_BACKUP` or `DB_BACKUPS`. */
export interface RawBackup {
  /** A backup of files and directories. Either a mapping, or (the original tool's shape) a list of one-key mappings. */
  FILE_BACKUP?: RawFileBackupList | RawFileBackup;
  /** A backup of one database — PostgreSQL, MySQL/MariaDB or SQLite, as DB_INFO.TYPE says (docs/databases.md). Either a mapping, or (the original tool's shape) a list of one-key mappings. */
  DB_BACKUPS?: RawDbBackupList | RawDbBackup;
}

/** The keys of a file backup. */
export interface RawFileBackupFields {
  /** The backup's name, unique in its project; the second argument of `run-backup`. Default: `file-N`, N being the backup's 1-based position among the project's file backups. */
  NAME?: RawName;
  INTERVALS?: RawIntervals;
  UPLOAD_TO?: RawUploadTo;
  SSH?: RawSsh;
  /** Files and directories to back up. Relative paths are relative to the config file's directory (or, with `SSH`, to the remote user's home); `~` is the home directory. A missing path fails the backup unless it is written as `{ PATH: …, OPTIONAL: true }`. */
  FILE_PATH?: Array<RawFilePath | RawPath>;
  /** gitignore-style patterns, relative to each `FILE_PATH` root, of what to leave out. A pattern without `/` matches at any depth; `cache/**` only at the root. */
  EXCLUDE?: Array<string>;
  /** The default retention of this backup's targets (a target's own RETENTION replaces it). */
  RETENTION?: RawRetention;
  /** After storing, verify the archive on every target as `run-backup --verify` does (download, size and sha256 against the manifest, every zip entry's CRC, `pg_restore --list` for custom dumps): a restore drill on each run. A failed verification fails the run. */
  VERIFY?: boolean;
}

/** A FILE_PATH entry written as a mapping, to mark it optional. */
export interface RawFilePath {
  /** The file or directory. */
  PATH: RawPath;
  /** When the path does not exist, note it in the manifest's warnings and back up the rest, instead of failing the backup. */
  OPTIONAL?: boolean;
}

export type RawFileBackup = RawFileBackupFields & Required<Pick<RawFileBackupFields, 'INTERVALS' | 'UPLOAD_TO' | 'FILE_PATH'>>;

/** The original tool's shape: a list of one-key mappings, each key at most once. */
export type RawFileBackupList = Array<Partial<RawFileBackupFields>>;

/** The keys of a database backup: PostgreSQL, MySQL/MariaDB or SQLite, as DB_INFO's TYPE says. */
export interface RawDbBackupFields {
  /** The backup's name, unique in its project; the second argument of `run-backup`. Default: `db-N`, N being the backup's 1-based position among the project's database backups. */
  NAME?: RawName;
  INTERVALS?: RawIntervals;
  UPLOAD_TO?: RawUploadTo;
  SSH?: RawSsh;
  DB_INFO?: RawDbInfo;
  DOCKER?: RawDocker;
  /** POSTGRES only: pg_dump's output format: `custom` (`<database>.dump` in the zip, stored without compressing again; restore with pg_restore) or `plain` (`<database>.sql`, deflated; restore with psql). */
  FORMAT?: "custom" | "plain";
  /** The default retention of this backup's targets (a target's own RETENTION replaces it). */
  RETENTION?: RawRetention;
  /** After storing, verify the archive on every target as `run-backup --verify` does (download, size and sha256 against the manifest, every zip entry's CRC, and the engine's own check of the dump: `pg_restore --list` for custom PostgreSQL dumps, the completion comment of SQL dumps, `PRAGMA integrity_check` for SQLite): a restore drill on each run. A failed verification fails the run. */
  VERIFY?: boolean;
}

export type RawDbBackup = RawDbBackupFields & Required<Pick<RawDbBackupFields, 'INTERVALS' | 'UPLOAD_TO' | 'DB_INFO'>>;

/** The original tool's shape: a list of one-key mappings, each key at most once. */
export type RawDbBackupList = Array<Partial<RawDbBackupFields>>;

/** When the backup runs: a list of cron expressions as Debian's cron reads them (5 fields, ranges, steps, lists, month and weekday names, or a macro such as `@daily`), in the cron daemon's time zone. Each one becomes a crontab line. */
export type RawIntervals = Array<RawText>;

/** Where archives are stored. Every target gets the same archive. */
export type RawUploadTo = Array<RawTarget>;

/** One storage target. */
export interface RawTarget {
  /** The kind of storage: `LOCAL` (a local or mounted directory), `ONEDRIVE` (OneDrive for Business or a SharePoint library through Microsoft Graph), `S3` (an Amazon S3 bucket or an S3-compatible service: docs/targets/s3.md), `SFTP` (a directory on an SSH server: docs/targets/sftp.md) or `RCLONE` (any remote of rclone's own config: Google Drive, Dropbox, FTP, WebDAV, B2 …; docs/targets/rclone.md). */
  STORAGE_NAME: "LOCAL" | "ONEDRIVE" | "S3" | "RCLONE" | "SFTP";
  /** For `LOCAL`, a directory (relative to the config file's directory; `~` is the home directory), created when missing. For `ONEDRIVE`, a folder in the drive, created when missing. For `S3`, the key prefix inside BUCKET (`/` separates its levels; leading and trailing `/` are dropped): archives are stored as `PATH/<archive>`; empty or left out for the bucket's top level. For `SFTP`, a directory on the server (relative paths from the login directory), created when missing. For `RCLONE`, a folder in the remote, created when missing (`/…` is absolute where the remote has a root). Required for LOCAL, ONEDRIVE, SFTP and RCLONE. */
  PATH?: string;
  /** RCLONE only: the name of a remote in rclone's config, with its colon (`gdrive:`); rclone reads its config from its usual place or RCLONE_CONFIG, never from config.yaml. */
  REMOTE?: string;
  /** ONEDRIVE only: the drive to store in, overriding ONEDRIVE_DRIVE_ID / ONEDRIVE_USER_ID / ONEDRIVE_SITE_ID from the environment. */
  DRIVE_ID?: RawGraphId;
  /** ONEDRIVE only: store in this user's OneDrive (id or user principal name), overriding the environment. */
  USER_ID?: RawGraphId;
  /** ONEDRIVE only: store in this SharePoint site's default document library, overriding the environment. */
  SITE_ID?: RawGraphId;
  /** ONEDRIVE only: the size of each upload-session fragment in KiB, a multiple of 320 (Graph's rule), at most 61440. */
  CHUNK_SIZE_KIB?: number;
  /** S3 only (required): the bucket's name: 3–255 letters, digits, `.`, `-` and `_` (Amazon S3 allows 3–63 lowercase letters, digits, `.` and `-`). */
  BUCKET?: string;
  /** S3 only (required): the bucket's region, e.g. `eu-central-1`; for S3-compatibles whatever the provider documents (`us-east-1` for MinIO and Ceph unless configured otherwise, `auto` for Cloudflare R2). */
  REGION?: string;
  /** S3 only: the service's URL for an S3-compatible (MinIO, Backblaze B2, Wasabi, Cloudflare R2, Ceph …), e.g. `https://s3.eu-central-003.backblazeb2.com`. Default: Amazon S3's endpoint for REGION. */
  ENDPOINT?: string;
  /** S3 only: address the bucket as `ENDPOINT/BUCKET/key` instead of `BUCKET.ENDPOINT/key` (MinIO and Ceph usually need this; Amazon S3 does not). */
  FORCE_PATH_STYLE?: boolean;
  /** S3 only: the storage class of stored objects, e.g. `STANDARD_IA`, `INTELLIGENT_TIERING` or `GLACIER_IR` (Amazon S3), or a class the S3-compatible offers. Default: the bucket's (`STANDARD`). `GLACIER` and `DEEP_ARCHIVE` objects must be restored before `--verify`, `--restore` or VERIFY can read them. */
  STORAGE_CLASS?: string;
  /** S3 only: ask the service to encrypt each object at rest: `AES256` (keys managed by S3) or `aws:kms` (AWS KMS, with KMS_KEY_ID or else the account's `aws/s3` key). Default: the bucket's default encryption. */
  SERVER_SIDE_ENCRYPTION?: "AES256" | "aws:kms";
  /** S3 only, with `SERVER_SIDE_ENCRYPTION: aws:kms`: the KMS key's id, ARN or alias (`alias/backups`). */
  KMS_KEY_ID?: RawText;
  /** S3 only: the size of each part of a multipart upload in MiB (S3's limits: at least 5, at most 5120); 4 parts go up at once. Memory grows with it, not with the archive (measured: about 80 MiB more at 8, 230 MiB at 32). An archive that would need more than 10,000 parts gets larger ones; one of at most one part goes up in a single PUT. */
  PART_SIZE_MIB?: number;
  /** SFTP only, and required there: the server to log in to, with the same keys and host-key rules as a backup's SSH (the same known_hosts file). */
  SSH?: RawSsh;
  /** This target's retention; replaces the backup's RETENTION for this target (the two are not merged). */
  RETENTION?: RawRetention;
}

/** Run the backup on a remote host over SSH instead of this host. */
export interface RawSsh {
  /** The remote user. */
  USERNAME: string;
  /** The remote host: an IP address or a host name. */
  IP_ADDRESS: string;
  /** The SSH port. */
  PORT?: RawPort;
  /** The private key file (relative to the config file's directory; `~` is the home directory). Without it, the keys of the running ssh-agent (`SSH_AUTH_SOCK`) are used. Like OpenSSH, a key file that other users can access (mode beyond 0600) gets a warning on every run, and is refused with `STRICT_HOST_KEY`. */
  KEY_PATH?: RawPath;
  /** The passphrase of an encrypted KEY_PATH (`ssh-keygen -N`). A secret: write it as `${VARIABLE}` and keep the value in the environment or `.env`. It is used in memory only: never written to argv, logs or the crontab. */
  KEY_PASSPHRASE?: string;
  /** Pins the host's key: its SHA256 fingerprint as `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` prints it (`SHA256:…`). Any other key is refused. Without it, the first connection records the key in the tool's known_hosts file (state directory) and a later mismatch fails. */
  HOST_KEY?: string;
  /** Refuse a host whose key is neither pinned with `HOST_KEY` nor already recorded in the known_hosts file, instead of recording it on first use. */
  STRICT_HOST_KEY?: boolean;
}

/** Which database to dump and how to reach it. With `DOCKER`, `HOST`, `PORT` and `PATH` are as seen from inside the container. */
export interface RawDbInfo {
  /** The database engine: `POSTGRES` (pg_dump), `MYSQL` (MySQL 8 or MariaDB 10.x/11.x: mariadb-dump, else mysqldump) or `SQLITE` (a SQLite file, copied with the sqlite3 CLI's `VACUUM INTO`). */
  TYPE?: "POSTGRES" | "MYSQL" | "SQLITE";
  /** POSTGRES and MYSQL: the role / user to connect as. */
  USERNAME?: RawText;
  /** POSTGRES and MYSQL: the user's password; best given as `${VARIABLE}` from the environment or `.env`. Never written to argv, logs, manifests or the crontab. */
  PASSWORD?: string;
  /** POSTGRES and MYSQL: the server's port (default 5432 for POSTGRES, 3306 for MYSQL). */
  PORT?: RawPort;
  /** POSTGRES and MYSQL: the database to dump. */
  NAME?: RawText;
  /** POSTGRES and MYSQL: the server's host name or address. */
  HOST?: RawText;
  /** SQLITE only: the database file, on this host, on the SSH host or inside the container (relative paths: to the config file's directory on this host, to the home directory over SSH). */
  PATH?: RawPath;
}

/** Run the dump (and restore) inside a docker container with `docker exec` (on the SSH host when `SSH` is set). */
export interface RawDocker {
  /** The container's name or id. */
  CONTAINER_NAME: string;
}

/** A Microsoft Graph identifier. */
export type RawGraphId = string;

/** A TCP port. */
export type RawPort = number;

/** A file system path: no control characters. */
export type RawPath = string;

/** A non-empty string without control characters. */
export type RawText = string;

/** Which archives to keep on a target; the others (and their manifests) are deleted after a run stored its archive there. The kept set is the union of what each rule keeps, the rules restic's `forget` has working exactly as in restic 0.16 and later; see docs/retention.md. Without RETENTION nothing is ever deleted. */
export interface RawRetention {
  /** Keep the newest N archives, or all of them with `unlimited`. */
  KEEP_LAST?: RawKeepCount;
  /** For the last N hours that have an archive, keep the newest archive of each hour (`unlimited`: of every hour). While the N are not used up, the oldest archive is kept too, as restic does. */
  KEEP_HOURLY?: RawKeepCount;
  /** For the last N days that have an archive, keep the newest archive of each day (days in the host's time zone; `unlimited`: every day). While the N are not used up, the oldest archive is kept too, as restic does. */
  KEEP_DAILY?: RawKeepCount;
  /** For the last N ISO weeks (Monday to Sunday) that have an archive, keep the newest archive of each (`unlimited`: every week). While the N are not used up, the oldest archive is kept too, as restic does. */
  KEEP_WEEKLY?: RawKeepCount;
  /** For the last N months that have an archive, keep the newest archive of each (`unlimited`: every month). While the N are not used up, the oldest archive is kept too, as restic does. */
  KEEP_MONTHLY?: RawKeepCount;
  /** For the last N years that have an archive, keep the newest archive of each (`unlimited`: every year). While the N are not used up, the oldest archive is kept too, as restic does. */
  KEEP_YEARLY?: RawKeepCount;
  /** Keep every archive newer than the newest archive minus this duration: years, months, weeks, days and hours in that order, such as `12h`, `7d`, `2w`, `6m`, `1y6m` or `1y2m3d4h`. Measured from the newest archive, not from now, so a backup that keeps failing never ages out its last good copies. */
  KEEP_WITHIN?: RawKeepDuration;
  /** Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each hour (restic's --keep-within-hourly); the oldest archive too when it is that recent. */
  KEEP_WITHIN_HOURLY?: RawKeepDuration;
  /** Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each day (restic's --keep-within-daily); the oldest archive too when it is that recent. */
  KEEP_WITHIN_DAILY?: RawKeepDuration;
  /** Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each ISO week (restic's --keep-within-weekly); the oldest archive too when it is that recent. */
  KEEP_WITHIN_WEEKLY?: RawKeepDuration;
  /** Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each month (restic's --keep-within-monthly); the oldest archive too when it is that recent. */
  KEEP_WITHIN_MONTHLY?: RawKeepDuration;
  /** Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each year (restic's --keep-within-yearly); the oldest archive too when it is that recent. */
  KEEP_WITHIN_YEARLY?: RawKeepDuration;
  /** Never keep fewer than N archives, whatever the other rules say (the original tool's MIN_BACKUPS_TO_KEEP): the newest archives not kept otherwise are added until there are N. */
  MIN_KEEP?: number;
}

/** A count of 1 to 100000, or `unlimited` (restic's `unlimited`). */
export type RawKeepCount = number | "unlimited";

/** A duration back from the newest archive: years, months, weeks, days and hours in that order, each at most once, not all zero: `12h`, `7d`, `2w`, `6m`, `1y`, `1y6m`, `1y2m3d4h` (restic's syntax, plus weeks). Months and years are calendar units in the host's time zone. */
export type RawKeepDuration = string;

/** Who hears about runs: by email (SMTP settings from the environment: SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM, SMTP_TLS), by webhook (Slack, Teams or any JSON receiver) and by healthchecks.io-style pings. A notification that fails is logged and never changes a backup's result. See docs/notifications.md. */
export interface RawNotify {
  /** `failure` (default): only failed runs are reported; `always`: every run. Healthcheck pings are sent on every run either way. */
  ON?: "failure" | "always";
  /** Email the report. */
  EMAIL?: {
  /** Recipients' addresses. */
  TO: Array<string>;
};
  /** POST the report as JSON. The `text` field is what Slack and Teams incoming webhooks show; the other fields are for programs. */
  WEBHOOK?: {
  /** The webhook's URL. It is a secret for most services: write it as `${VARIABLE}` and keep the value in `.env`. */
  URL: string;
  /** `full` (default): `text` plus the structured fields; `text`: only `{"text": …}`, for receivers that refuse unknown fields. */
  FORMAT?: "full" | "text";
};
  /** healthchecks.io-style pings: `URL/start` when a run starts, `URL` when it succeeds, `URL/fail` when it fails, each with the report as body. */
  HEALTHCHECK?: {
  /** The check's ping URL, e.g. `https://hc-ping.com/<uuid>`. */
  URL: string;
};
}
