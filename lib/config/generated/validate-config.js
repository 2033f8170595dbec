// @ts-nocheck
/* eslint-disable */
// Generated from schemas/config.schema.json by `npm run generate`. Do not modify by hand.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);

export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://opsbackup.invalid/schemas/config.schema.json","title":"opsbackup configuration","description":"The projects to back up, what each backup reads, when it runs and where its archives are stored.","type":"object","properties":{"LOG_DIRECTORY":{"description":"Directory for log files: the cron output of every scheduled run and run-backup's daily logs. Relative to the config file's directory; `~` is the running user's home.","$ref":"#/$defs/path","default":"logs"},"WORK_DIRECTORY":{"description":"Where run-backup stages each archive before storing it on the targets (a fresh subdirectory per run, always removed). Needs room for the largest archive. Default: the system's temporary directory (`$TMPDIR`, else `/tmp`).","$ref":"#/$defs/path"},"TIMEOUTS":{"description":"Watchdogs of run-backup: a run that makes no progress for `INACTIVITY_SECONDS`, or runs longer than `TOTAL_MINUTES`, is stopped (its commands killed), fails and cleans up. Connecting over SSH has its own bound of 20 s.","type":"object","properties":{"INACTIVITY_SECONDS":{"description":"Seconds without a byte read from the source before the run is stopped (a hung pg_dump, SSH link or mount).","type":"integer","minimum":5,"maximum":86400,"default":600},"TOTAL_MINUTES":{"description":"Minutes one run may take in all, storing on every target included.","type":"integer","minimum":1,"maximum":10080,"default":360}},"additionalProperties":false},"METRICS_FILE":{"description":"A file that run-backup rewrites after every run with the last result of each backup in Prometheus text format, for node_exporter's textfile collector (e.g. `/var/lib/node_exporter/textfile/opsbackup.prom`). Relative to the config file's directory.","$ref":"#/$defs/path"},"NOTIFY":{"description":"The default notifications for every project (a project's own NOTIFY replaces it). sync-cron uses it too, to report a config it rejects.","$ref":"#/$defs/notify"},"PROJECTS":{"description":"The projects. Each becomes a group of crontab lines; an empty list is valid and gives an empty managed block.","type":"array","items":{"$ref":"#/$defs/project"}}},"required":["PROJECTS"],"additionalProperties":false,"$defs":{"name":{"description":"A name that becomes part of file names and cloud paths: letters, digits, `.` and `-`, starting with a letter or digit, at most 64 characters. `_` is reserved as the separator in archive names.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},"project":{"title":"PROJECTS item","description":"One project: a name and its backups.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The project's name, unique in the config; the first argument of `run-backup`."},"BACKUPS":{"description":"The project's backups. Each entry holds exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"array","items":{"$ref":"#/$defs/backup"}},"NOTIFY":{"description":"This project's notifications, replacing the top-level NOTIFY.","$ref":"#/$defs/notify"}},"required":["NAME","BACKUPS"],"additionalProperties":false},"backup":{"title":"BACKUPS item","description":"One backup: exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"object","properties":{"FILE_BACKUP":{"description":"A backup of files and directories. Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/fileBackupList"},"else":{"$ref":"#/$defs/fileBackup"}},"DB_BACKUPS":{"description":"A backup of one database — PostgreSQL, MySQL/MariaDB or SQLite, as DB_INFO.TYPE says (docs/databases.md). Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/dbBackupList"},"else":{"$ref":"#/$defs/dbBackup"}}},"minProperties":1,"maxProperties":1,"additionalProperties":false},"fileBackupFields":{"title":"FILE_BACKUP","description":"The keys of a file backup.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `file-N`, N being the backup's 1-based position among the project's file backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"FILE_PATH":{"description":"Files and directories to back up. Relative paths are relative to the config file's directory (or, with `SSH`, to the remote user's home); `~` is the home directory. A missing path fails the backup unless it is written as `{ PATH: …, OPTIONAL: true }`.","type":"array","minItems":1,"items":{"if":{"type":"object"},"then":{"$ref":"#/$defs/filePath"},"else":{"$ref":"#/$defs/path"}}},"EXCLUDE":{"description":"gitignore-style patterns, relative to each `FILE_PATH` root, of what to leave out. A pattern without `/` matches at any depth; `cache/**` only at the root.","type":"array","items":{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"default":[]},"RETENTION":{"description":"The default retention of this backup's targets (a target's own RETENTION replaces it).","$ref":"#/$defs/retention"},"VERIFY":{"description":"After storing, verify the archive on every target as `run-backup --verify` does (download, size and sha256 against the manifest, every zip entry's CRC, `pg_restore --list` for custom dumps): a restore drill on each run. A failed verification fails the run.","type":"boolean","default":false}},"additionalProperties":false},"filePath":{"title":"FILE_PATH item","description":"A FILE_PATH entry written as a mapping, to mark it optional.","type":"object","properties":{"PATH":{"description":"The file or directory.","$ref":"#/$defs/path"},"OPTIONAL":{"description":"When the path does not exist, note it in the manifest's warnings and back up the rest, instead of failing the backup.","type":"boolean","default":false}},"required":["PATH"],"additionalProperties":false},"fileBackup":{"type":"object","$ref":"#/$defs/fileBackupFields","required":["INTERVALS","UPLOAD_TO","FILE_PATH"]},"fileBackupList":{"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/fileBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["FILE_PATH"]}}]},"dbBackupFields":{"title":"DB_BACKUPS","description":"The keys of a database backup: PostgreSQL, MySQL/MariaDB or SQLite, as DB_INFO's TYPE says.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `db-N`, N being the backup's 1-based position among the project's database backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"DB_INFO":{"$ref":"#/$defs/dbInfo"},"DOCKER":{"$ref":"#/$defs/docker"},"FORMAT":{"description":"POSTGRES only: pg_dump's output format: `custom` (`<database>.dump` in the zip, stored without compressing again; restore with pg_restore) or `plain` (`<database>.sql`, deflated; restore with psql).","enum":["custom","plain"],"default":"custom"},"RETENTION":{"description":"The default retention of this backup's targets (a target's own RETENTION replaces it).","$ref":"#/$defs/retention"},"VERIFY":{"description":"After storing, verify the archive on every target as `run-backup --verify` does (download, size and sha256 against the manifest, every zip entry's CRC, and the engine's own check of the dump: `pg_restore --list` for custom PostgreSQL dumps, the completion comment of SQL dumps, `PRAGMA integrity_check` for SQLite): a restore drill on each run. A failed verification fails the run.","type":"boolean","default":false}},"additionalProperties":false},"dbBackup":{"type":"object","$ref":"#/$defs/dbBackupFields","required":["INTERVALS","UPLOAD_TO","DB_INFO"]},"dbBackupList":{"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/dbBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["DB_INFO"]}}]},"intervals":{"description":"When the backup runs: a list of cron expressions as Debian's cron reads them (5 fields, ranges, steps, lists, month and weekday names, or a macro such as `@daily`), in the cron daemon's time zone. Each one becomes a crontab line.","type":"array","minItems":1,"items":{"$ref":"#/$defs/text"}},"uploadTo":{"description":"Where archives are stored. Every target gets the same archive.","type":"array","minItems":1,"items":{"$ref":"#/$defs/target"}},"target":{"title":"UPLOAD_TO item","description":"One storage target.","type":"object","properties":{"STORAGE_NAME":{"description":"The kind of storage: `LOCAL` (a local or mounted directory), `ONEDRIVE` (OneDrive for Business or a SharePoint library through Microsoft Graph), `S3` (an Amazon S3 bucket or an S3-compatible service: docs/targets/s3.md), `SFTP` (a directory on an SSH server: docs/targets/sftp.md) or `RCLONE` (any remote of rclone's own config: Google Drive, Dropbox, FTP, WebDAV, B2 …; docs/targets/rclone.md).","enum":["LOCAL","ONEDRIVE","S3","RCLONE","SFTP"]},"PATH":{"description":"For `LOCAL`, a directory (relative to the config file's directory; `~` is the home directory), created when missing. For `ONEDRIVE`, a folder in the drive, created when missing. For `S3`, the key prefix inside BUCKET (`/` separates its levels; leading and trailing `/` are dropped): archives are stored as `PATH/<archive>`; empty or left out for the bucket's top level. For `SFTP`, a directory on the server (relative paths from the login directory), created when missing. For `RCLONE`, a folder in the remote, created when missing (`/…` is absolute where the remote has a root). Required for LOCAL, ONEDRIVE, SFTP and RCLONE.","type":"string","pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"REMOTE":{"description":"RCLONE only: the name of a remote in rclone's config, with its colon (`gdrive:`); rclone reads its config from its usual place or RCLONE_CONFIG, never from config.yaml.","type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_. +@-]*:$"},"DRIVE_ID":{"description":"ONEDRIVE only: the drive to store in, overriding ONEDRIVE_DRIVE_ID / ONEDRIVE_USER_ID / ONEDRIVE_SITE_ID from the environment.","$ref":"#/$defs/graphId"},"USER_ID":{"description":"ONEDRIVE only: store in this user's OneDrive (id or user principal name), overriding the environment.","$ref":"#/$defs/graphId"},"SITE_ID":{"description":"ONEDRIVE only: store in this SharePoint site's default document library, overriding the environment.","$ref":"#/$defs/graphId"},"CHUNK_SIZE_KIB":{"description":"ONEDRIVE only: the size of each upload-session fragment in KiB, a multiple of 320 (Graph's rule), at most 61440.","type":"integer","minimum":320,"maximum":61440,"multipleOf":320,"default":10240},"BUCKET":{"description":"S3 only (required): the bucket's name: 3–255 letters, digits, `.`, `-` and `_` (Amazon S3 allows 3–63 lowercase letters, digits, `.` and `-`).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$"},"REGION":{"description":"S3 only (required): the bucket's region, e.g. `eu-central-1`; for S3-compatibles whatever the provider documents (`us-east-1` for MinIO and Ceph unless configured otherwise, `auto` for Cloudflare R2).","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$"},"ENDPOINT":{"description":"S3 only: the service's URL for an S3-compatible (MinIO, Backblaze B2, Wasabi, Cloudflare R2, Ceph …), e.g. `https://s3.eu-central-003.backblazeb2.com`. Default: Amazon S3's endpoint for REGION.","type":"string","pattern":"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},"FORCE_PATH_STYLE":{"description":"S3 only: address the bucket as `ENDPOINT/BUCKET/key` instead of `BUCKET.ENDPOINT/key` (MinIO and Ceph usually need this; Amazon S3 does not).","type":"boolean","default":false},"STORAGE_CLASS":{"description":"S3 only: the storage class of stored objects, e.g. `STANDARD_IA`, `INTELLIGENT_TIERING` or `GLACIER_IR` (Amazon S3), or a class the S3-compatible offers. Default: the bucket's (`STANDARD`). `GLACIER` and `DEEP_ARCHIVE` objects must be restored before `--verify`, `--restore` or VERIFY can read them.","type":"string","pattern":"^[A-Z0-9_]{1,64}$"},"SERVER_SIDE_ENCRYPTION":{"description":"S3 only: ask the service to encrypt each object at rest: `AES256` (keys managed by S3) or `aws:kms` (AWS KMS, with KMS_KEY_ID or else the account's `aws/s3` key). Default: the bucket's default encryption.","enum":["AES256","aws:kms"]},"KMS_KEY_ID":{"description":"S3 only, with `SERVER_SIDE_ENCRYPTION: aws:kms`: the KMS key's id, ARN or alias (`alias/backups`).","$ref":"#/$defs/text"},"PART_SIZE_MIB":{"description":"S3 only: the size of each part of a multipart upload in MiB (S3's limits: at least 5, at most 5120); 4 parts go up at once. Memory grows with it, not with the archive (measured: about 80 MiB more at 8, 230 MiB at 32). An archive that would need more than 10,000 parts gets larger ones; one of at most one part goes up in a single PUT.","type":"integer","minimum":5,"maximum":5120,"default":8},"SSH":{"description":"SFTP only, and required there: the server to log in to, with the same keys and host-key rules as a backup's SSH (the same known_hosts file).","$ref":"#/$defs/ssh"},"RETENTION":{"description":"This target's retention; replaces the backup's RETENTION for this target (the two are not merged).","$ref":"#/$defs/retention"}},"required":["STORAGE_NAME"],"allOf":[{"if":{"properties":{"STORAGE_NAME":{"description":"An S3 target names its bucket and region; the others need a PATH.","const":"S3"}},"required":["STORAGE_NAME"]},"then":{"required":["BUCKET","REGION"]},"else":{"properties":{"PATH":{"$ref":"#/$defs/path"}},"required":["PATH"]}},{"if":{"required":["KMS_KEY_ID"]},"then":{"properties":{"SERVER_SIDE_ENCRYPTION":{"description":"KMS_KEY_ID names a KMS key, which only `aws:kms` uses.","enum":["aws:kms"]}},"required":["SERVER_SIDE_ENCRYPTION"]}},{"if":{"properties":{"STORAGE_NAME":{"description":"An RCLONE target names its remote.","const":"RCLONE"}},"required":["STORAGE_NAME"]},"then":{"required":["REMOTE"]}},{"if":{"properties":{"STORAGE_NAME":{"description":"An SFTP target needs the server's SSH block.","const":"SFTP"}},"required":["STORAGE_NAME"]},"then":{"required":["SSH"]}}],"additionalProperties":false},"ssh":{"title":"SSH","description":"Run the backup on a remote host over SSH instead of this host.","type":"object","properties":{"USERNAME":{"description":"The remote user.","type":"string","pattern":"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"},"IP_ADDRESS":{"description":"The remote host: an IP address or a host name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"},"PORT":{"description":"The SSH port.","$ref":"#/$defs/port","default":22},"KEY_PATH":{"description":"The private key file (relative to the config file's directory; `~` is the home directory). Without it, the keys of the running ssh-agent (`SSH_AUTH_SOCK`) are used. Like OpenSSH, a key file that other users can access (mode beyond 0600) gets a warning on every run, and is refused with `STRICT_HOST_KEY`.","$ref":"#/$defs/path"},"KEY_PASSPHRASE":{"description":"The passphrase of an encrypted KEY_PATH (`ssh-keygen -N`). A secret: write it as `${VARIABLE}` and keep the value in the environment or `.env`. It is used in memory only: never written to argv, logs or the crontab.","type":"string","pattern":"^[^\\n\\r\\u0000]*$"},"HOST_KEY":{"description":"Pins the host's key: its SHA256 fingerprint as `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` prints it (`SHA256:…`). Any other key is refused. Without it, the first connection records the key in the tool's known_hosts file (state directory) and a later mismatch fails.","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}=?$"},"STRICT_HOST_KEY":{"description":"Refuse a host whose key is neither pinned with `HOST_KEY` nor already recorded in the known_hosts file, instead of recording it on first use.","type":"boolean","default":false}},"required":["USERNAME","IP_ADDRESS"],"additionalProperties":false},"dbInfo":{"title":"DB_INFO","description":"Which database to dump and how to reach it. With `DOCKER`, `HOST`, `PORT` and `PATH` are as seen from inside the container.","type":"object","properties":{"TYPE":{"description":"The database engine: `POSTGRES` (pg_dump), `MYSQL` (MySQL 8 or MariaDB 10.x/11.x: mariadb-dump, else mysqldump) or `SQLITE` (a SQLite file, copied with the sqlite3 CLI's `VACUUM INTO`).","enum":["POSTGRES","MYSQL","SQLITE"],"default":"POSTGRES"},"USERNAME":{"description":"POSTGRES and MYSQL: the role / user to connect as.","$ref":"#/$defs/text"},"PASSWORD":{"description":"POSTGRES and MYSQL: the user's password; best given as `${VARIABLE}` from the environment or `.env`. Never written to argv, logs, manifests or the crontab.","type":"string","pattern":"^[^\\n\\r\\u0000]*$"},"PORT":{"description":"POSTGRES and MYSQL: the server's port (default 5432 for POSTGRES, 3306 for MYSQL).","$ref":"#/$defs/port"},"NAME":{"description":"POSTGRES and MYSQL: the database to dump.","$ref":"#/$defs/text"},"HOST":{"description":"POSTGRES and MYSQL: the server's host name or address.","$ref":"#/$defs/text","default":"localhost"},"PATH":{"description":"SQLITE only: the database file, on this host, on the SSH host or inside the container (relative paths: to the config file's directory on this host, to the home directory over SSH).","$ref":"#/$defs/path"}},"allOf":[{"if":{"properties":{"TYPE":{"description":"SQLITE databases are files: PATH instead of a server's USERNAME and NAME.","const":"SQLITE"}},"required":["TYPE"]},"then":{"required":["PATH"]},"else":{"required":["USERNAME","NAME"]}}],"additionalProperties":false},"docker":{"title":"DOCKER","description":"Run the dump (and restore) inside a docker container with `docker exec` (on the SSH host when `SSH` is set).","type":"object","properties":{"CONTAINER_NAME":{"description":"The container's name or id.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"}},"required":["CONTAINER_NAME"],"additionalProperties":false},"graphId":{"description":"A Microsoft Graph identifier.","type":"string","pattern":"^[A-Za-z0-9!@._,:-]{1,300}$"},"port":{"description":"A TCP port.","type":"integer","minimum":1,"maximum":65535},"path":{"description":"A file system path: no control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"},"text":{"description":"A non-empty string without control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"},"retention":{"title":"RETENTION","description":"Which archives to keep on a target; the others (and their manifests) are deleted after a run stored its archive there. The kept set is the union of what each rule keeps, the rules restic's `forget` has working exactly as in restic 0.16 and later; see docs/retention.md. Without RETENTION nothing is ever deleted.","type":"object","properties":{"KEEP_LAST":{"description":"Keep the newest N archives, or all of them with `unlimited`.","$ref":"#/$defs/keepCount"},"KEEP_HOURLY":{"description":"For the last N hours that have an archive, keep the newest archive of each hour (`unlimited`: of every hour). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_DAILY":{"description":"For the last N days that have an archive, keep the newest archive of each day (days in the host's time zone; `unlimited`: every day). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_WEEKLY":{"description":"For the last N ISO weeks (Monday to Sunday) that have an archive, keep the newest archive of each (`unlimited`: every week). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_MONTHLY":{"description":"For the last N months that have an archive, keep the newest archive of each (`unlimited`: every month). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_YEARLY":{"description":"For the last N years that have an archive, keep the newest archive of each (`unlimited`: every year). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_WITHIN":{"description":"Keep every archive newer than the newest archive minus this duration: years, months, weeks, days and hours in that order, such as `12h`, `7d`, `2w`, `6m`, `1y6m` or `1y2m3d4h`. Measured from the newest archive, not from now, so a backup that keeps failing never ages out its last good copies.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_HOURLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each hour (restic's --keep-within-hourly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_DAILY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each day (restic's --keep-within-daily); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_WEEKLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each ISO week (restic's --keep-within-weekly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_MONTHLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each month (restic's --keep-within-monthly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_YEARLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each year (restic's --keep-within-yearly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"MIN_KEEP":{"description":"Never keep fewer than N archives, whatever the other rules say (the original tool's MIN_BACKUPS_TO_KEEP): the newest archives not kept otherwise are added until there are N.","type":"integer","minimum":1,"maximum":100000}},"minProperties":1,"additionalProperties":false},"keepCount":{"description":"A count of 1 to 100000, or `unlimited` (restic's `unlimited`).","if":{"type":"number"},"then":{"type":"integer","minimum":1,"maximum":100000},"else":{"enum":["unlimited"]}},"keepDuration":{"description":"A duration back from the newest archive: years, months, weeks, days and hours in that order, each at most once, not all zero: `12h`, `7d`, `2w`, `6m`, `1y`, `1y6m`, `1y2m3d4h` (restic's syntax, plus weeks). Months and years are calendar units in the host's time zone.","type":"string","pattern":"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},"notify":{"title":"NOTIFY","description":"Who hears about runs: by email (SMTP settings from the environment: SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM, SMTP_TLS), by webhook (Slack, Teams or any JSON receiver) and by healthchecks.io-style pings. A notification that fails is logged and never changes a backup's result. See docs/notifications.md.","type":"object","properties":{"ON":{"description":"`failure` (default): only failed runs are reported; `always`: every run. Healthcheck pings are sent on every run either way.","enum":["failure","always"],"default":"failure"},"EMAIL":{"description":"Email the report.","type":"object","properties":{"TO":{"description":"Recipients' addresses.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$"}}},"required":["TO"],"additionalProperties":false},"WEBHOOK":{"description":"POST the report as JSON. The `text` field is what Slack and Teams incoming webhooks show; the other fields are for programs.","type":"object","properties":{"URL":{"description":"The webhook's URL. It is a secret for most services: write it as `${VARIABLE}` and keep the value in `.env`.","type":"string","pattern":"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},"FORMAT":{"description":"`full` (default): `text` plus the structured fields; `text`: only `{\"text\": …}`, for receivers that refuse unknown fields.","enum":["full","text"],"default":"full"}},"required":["URL"],"additionalProperties":false},"HEALTHCHECK":{"description":"healthchecks.io-style pings: `URL/start` when a run starts, `URL` when it succeeds, `URL/fail` when it fails, each with the report as body.","type":"object","properties":{"URL":{"description":"The check's ping URL, e.g. `https://hc-ping.com/<uuid>`.","type":"string","pattern":"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"}},"required":["URL"],"additionalProperties":false}},"minProperties":1,"additionalProperties":false}}};
const schema32 = {"description":"A file system path: no control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"};
const schema35 = {"title":"NOTIFY","description":"Who hears about runs: by email (SMTP settings from the environment: SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD, SMTP_FROM, SMTP_TLS), by webhook (Slack, Teams or any JSON receiver) and by healthchecks.io-style pings. A notification that fails is logged and never changes a backup's result. See docs/notifications.md.","type":"object","properties":{"ON":{"description":"`failure` (default): only failed runs are reported; `always`: every run. Healthcheck pings are sent on every run either way.","enum":["failure","always"],"default":"failure"},"EMAIL":{"description":"Email the report.","type":"object","properties":{"TO":{"description":"Recipients' addresses.","type":"array","minItems":1,"items":{"type":"string","pattern":"^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$"}}},"required":["TO"],"additionalProperties":false},"WEBHOOK":{"description":"POST the report as JSON. The `text` field is what Slack and Teams incoming webhooks show; the other fields are for programs.","type":"object","properties":{"URL":{"description":"The webhook's URL. It is a secret for most services: write it as `${VARIABLE}` and keep the value in `.env`.","type":"string","pattern":"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},"FORMAT":{"description":"`full` (default): `text` plus the structured fields; `text`: only `{\"text\": …}`, for receivers that refuse unknown fields.","enum":["full","text"],"default":"full"}},"required":["URL"],"additionalProperties":false},"HEALTHCHECK":{"description":"healthchecks.io-style pings: `URL/start` when a run starts, `URL` when it succeeds, `URL/fail` when it fails, each with the report as body.","type":"object","properties":{"URL":{"description":"The check's ping URL, e.g. `https://hc-ping.com/<uuid>`.","type":"string","pattern":"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"}},"required":["URL"],"additionalProperties":false}},"minProperties":1,"additionalProperties":false};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern7 = new RegExp("^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$", "u");
const pattern8 = new RegExp("^https?://[^\\s\\u0000-\\u001f\\u007f]+$", "u");
const schema36 = {"title":"PROJECTS item","description":"One project: a name and its backups.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The project's name, unique in the config; the first argument of `run-backup`."},"BACKUPS":{"description":"The project's backups. Each entry holds exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"array","items":{"$ref":"#/$defs/backup"}},"NOTIFY":{"description":"This project's notifications, replacing the top-level NOTIFY.","$ref":"#/$defs/notify"}},"required":["NAME","BACKUPS"],"additionalProperties":false};
const schema37 = {"description":"A name that becomes part of file names and cloud paths: letters, digits, `.` and `-`, starting with a letter or digit, at most 64 characters. `_` is reserved as the separator in archive names.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"};
const pattern10 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$", "u");
const schema38 = {"title":"BACKUPS item","description":"One backup: exactly one of `FILE_BACKUP` or `DB_BACKUPS`.","type":"object","properties":{"FILE_BACKUP":{"description":"A backup of files and directories. Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/fileBackupList"},"else":{"$ref":"#/$defs/fileBackup"}},"DB_BACKUPS":{"description":"A backup of one database — PostgreSQL, MySQL/MariaDB or SQLite, as DB_INFO.TYPE says (docs/databases.md). Either a mapping, or (the original tool's shape) a list of one-key mappings.","if":{"type":"array"},"then":{"$ref":"#/$defs/dbBackupList"},"else":{"$ref":"#/$defs/dbBackup"}}},"minProperties":1,"maxProperties":1,"additionalProperties":false};
const schema39 = {"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/fileBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["FILE_PATH"]}}]};
const schema40 = {"title":"FILE_BACKUP","description":"The keys of a file backup.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `file-N`, N being the backup's 1-based position among the project's file backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"FILE_PATH":{"description":"Files and directories to back up. Relative paths are relative to the config file's directory (or, with `SSH`, to the remote user's home); `~` is the home directory. A missing path fails the backup unless it is written as `{ PATH: …, OPTIONAL: true }`.","type":"array","minItems":1,"items":{"if":{"type":"object"},"then":{"$ref":"#/$defs/filePath"},"else":{"$ref":"#/$defs/path"}}},"EXCLUDE":{"description":"gitignore-style patterns, relative to each `FILE_PATH` root, of what to leave out. A pattern without `/` matches at any depth; `cache/**` only at the root.","type":"array","items":{"type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"default":[]},"RETENTION":{"description":"The default retention of this backup's targets (a target's own RETENTION replaces it).","$ref":"#/$defs/retention"},"VERIFY":{"description":"After storing, verify the archive on every target as `run-backup --verify` does (download, size and sha256 against the manifest, every zip entry's CRC, `pg_restore --list` for custom dumps): a restore drill on each run. A failed verification fails the run.","type":"boolean","default":false}},"additionalProperties":false};
const pattern14 = new RegExp("^[^\\u0000-\\u001f\\u007f]*$", "u");
const schema42 = {"description":"When the backup runs: a list of cron expressions as Debian's cron reads them (5 fields, ranges, steps, lists, month and weekday names, or a macro such as `@daily`), in the cron daemon's time zone. Each one becomes a crontab line.","type":"array","minItems":1,"items":{"$ref":"#/$defs/text"}};
const schema43 = {"description":"A non-empty string without control characters.","type":"string","minLength":1,"pattern":"^[^\\u0000-\\u001f\\u007f]+$"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data[i0] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = {"description":"Where archives are stored. Every target gets the same archive.","type":"array","minItems":1,"items":{"$ref":"#/$defs/target"}};
const schema45 = {"title":"UPLOAD_TO item","description":"One storage target.","type":"object","properties":{"STORAGE_NAME":{"description":"The kind of storage: `LOCAL` (a local or mounted directory), `ONEDRIVE` (OneDrive for Business or a SharePoint library through Microsoft Graph), `S3` (an Amazon S3 bucket or an S3-compatible service: docs/targets/s3.md), `SFTP` (a directory on an SSH server: docs/targets/sftp.md) or `RCLONE` (any remote of rclone's own config: Google Drive, Dropbox, FTP, WebDAV, B2 …; docs/targets/rclone.md).","enum":["LOCAL","ONEDRIVE","S3","RCLONE","SFTP"]},"PATH":{"description":"For `LOCAL`, a directory (relative to the config file's directory; `~` is the home directory), created when missing. For `ONEDRIVE`, a folder in the drive, created when missing. For `S3`, the key prefix inside BUCKET (`/` separates its levels; leading and trailing `/` are dropped): archives are stored as `PATH/<archive>`; empty or left out for the bucket's top level. For `SFTP`, a directory on the server (relative paths from the login directory), created when missing. For `RCLONE`, a folder in the remote, created when missing (`/…` is absolute where the remote has a root). Required for LOCAL, ONEDRIVE, SFTP and RCLONE.","type":"string","pattern":"^[^\\u0000-\\u001f\\u007f]*$"},"REMOTE":{"description":"RCLONE only: the name of a remote in rclone's config, with its colon (`gdrive:`); rclone reads its config from its usual place or RCLONE_CONFIG, never from config.yaml.","type":"string","pattern":"^[A-Za-z0-9_][A-Za-z0-9_. +@-]*:$"},"DRIVE_ID":{"description":"ONEDRIVE only: the drive to store in, overriding ONEDRIVE_DRIVE_ID / ONEDRIVE_USER_ID / ONEDRIVE_SITE_ID from the environment.","$ref":"#/$defs/graphId"},"USER_ID":{"description":"ONEDRIVE only: store in this user's OneDrive (id or user principal name), overriding the environment.","$ref":"#/$defs/graphId"},"SITE_ID":{"description":"ONEDRIVE only: store in this SharePoint site's default document library, overriding the environment.","$ref":"#/$defs/graphId"},"CHUNK_SIZE_KIB":{"description":"ONEDRIVE only: the size of each upload-session fragment in KiB, a multiple of 320 (Graph's rule), at most 61440.","type":"integer","minimum":320,"maximum":61440,"multipleOf":320,"default":10240},"BUCKET":{"description":"S3 only (required): the bucket's name: 3–255 letters, digits, `.`, `-` and `_` (Amazon S3 allows 3–63 lowercase letters, digits, `.` and `-`).","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$"},"REGION":{"description":"S3 only (required): the bucket's region, e.g. `eu-central-1`; for S3-compatibles whatever the provider documents (`us-east-1` for MinIO and Ceph unless configured otherwise, `auto` for Cloudflare R2).","type":"string","pattern":"^[A-Za-z0-9_-]{1,64}$"},"ENDPOINT":{"description":"S3 only: the service's URL for an S3-compatible (MinIO, Backblaze B2, Wasabi, Cloudflare R2, Ceph …), e.g. `https://s3.eu-central-003.backblazeb2.com`. Default: Amazon S3's endpoint for REGION.","type":"string","pattern":"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},"FORCE_PATH_STYLE":{"description":"S3 only: address the bucket as `ENDPOINT/BUCKET/key` instead of `BUCKET.ENDPOINT/key` (MinIO and Ceph usually need this; Amazon S3 does not).","type":"boolean","default":false},"STORAGE_CLASS":{"description":"S3 only: the storage class of stored objects, e.g. `STANDARD_IA`, `INTELLIGENT_TIERING` or `GLACIER_IR` (Amazon S3), or a class the S3-compatible offers. Default: the bucket's (`STANDARD`). `GLACIER` and `DEEP_ARCHIVE` objects must be restored before `--verify`, `--restore` or VERIFY can read them.","type":"string","pattern":"^[A-Z0-9_]{1,64}$"},"SERVER_SIDE_ENCRYPTION":{"description":"S3 only: ask the service to encrypt each object at rest: `AES256` (keys managed by S3) or `aws:kms` (AWS KMS, with KMS_KEY_ID or else the account's `aws/s3` key). Default: the bucket's default encryption.","enum":["AES256","aws:kms"]},"KMS_KEY_ID":{"description":"S3 only, with `SERVER_SIDE_ENCRYPTION: aws:kms`: the KMS key's id, ARN or alias (`alias/backups`).","$ref":"#/$defs/text"},"PART_SIZE_MIB":{"description":"S3 only: the size of each part of a multipart upload in MiB (S3's limits: at least 5, at most 5120); 4 parts go up at once. Memory grows with it, not with the archive (measured: about 80 MiB more at 8, 230 MiB at 32). An archive that would need more than 10,000 parts gets larger ones; one of at most one part goes up in a single PUT.","type":"integer","minimum":5,"maximum":5120,"default":8},"SSH":{"description":"SFTP only, and required there: the server to log in to, with the same keys and host-key rules as a backup's SSH (the same known_hosts file).","$ref":"#/$defs/ssh"},"RETENTION":{"description":"This target's retention; replaces the backup's RETENTION for this target (the two are not merged).","$ref":"#/$defs/retention"}},"required":["STORAGE_NAME"],"allOf":[{"if":{"properties":{"STORAGE_NAME":{"description":"An S3 target names its bucket and region; the others need a PATH.","const":"S3"}},"required":["STORAGE_NAME"]},"then":{"required":["BUCKET","REGION"]},"else":{"properties":{"PATH":{"$ref":"#/$defs/path"}},"required":["PATH"]}},{"if":{"required":["KMS_KEY_ID"]},"then":{"properties":{"SERVER_SIDE_ENCRYPTION":{"description":"KMS_KEY_ID names a KMS key, which only `aws:kms` uses.","enum":["aws:kms"]}},"required":["SERVER_SIDE_ENCRYPTION"]}},{"if":{"properties":{"STORAGE_NAME":{"description":"An RCLONE target names its remote.","const":"RCLONE"}},"required":["STORAGE_NAME"]},"then":{"required":["REMOTE"]}},{"if":{"properties":{"STORAGE_NAME":{"description":"An SFTP target needs the server's SSH block.","const":"SFTP"}},"required":["STORAGE_NAME"]},"then":{"required":["SSH"]}}],"additionalProperties":false};
const schema47 = {"description":"A Microsoft Graph identifier.","type":"string","pattern":"^[A-Za-z0-9!@._,:-]{1,300}$"};
const func6 = Object.prototype.hasOwnProperty;
const pattern15 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_. +@-]*:$", "u");
const pattern16 = new RegExp("^[A-Za-z0-9!@._,:-]{1,300}$", "u");
const pattern19 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$", "u");
const pattern20 = new RegExp("^[A-Za-z0-9_-]{1,64}$", "u");
const pattern22 = new RegExp("^[A-Z0-9_]{1,64}$", "u");
const schema51 = {"title":"SSH","description":"Run the backup on a remote host over SSH instead of this host.","type":"object","properties":{"USERNAME":{"description":"The remote user.","type":"string","pattern":"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"},"IP_ADDRESS":{"description":"The remote host: an IP address or a host name.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"},"PORT":{"description":"The SSH port.","$ref":"#/$defs/port","default":22},"KEY_PATH":{"description":"The private key file (relative to the config file's directory; `~` is the home directory). Without it, the keys of the running ssh-agent (`SSH_AUTH_SOCK`) are used. Like OpenSSH, a key file that other users can access (mode beyond 0600) gets a warning on every run, and is refused with `STRICT_HOST_KEY`.","$ref":"#/$defs/path"},"KEY_PASSPHRASE":{"description":"The passphrase of an encrypted KEY_PATH (`ssh-keygen -N`). A secret: write it as `${VARIABLE}` and keep the value in the environment or `.env`. It is used in memory only: never written to argv, logs or the crontab.","type":"string","pattern":"^[^\\n\\r\\u0000]*$"},"HOST_KEY":{"description":"Pins the host's key: its SHA256 fingerprint as `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` prints it (`SHA256:…`). Any other key is refused. Without it, the first connection records the key in the tool's known_hosts file (state directory) and a later mismatch fails.","type":"string","pattern":"^SHA256:[A-Za-z0-9+/]{43}=?$"},"STRICT_HOST_KEY":{"description":"Refuse a host whose key is neither pinned with `HOST_KEY` nor already recorded in the known_hosts file, instead of recording it on first use.","type":"boolean","default":false}},"required":["USERNAME","IP_ADDRESS"],"additionalProperties":false};
const schema52 = {"description":"A TCP port.","type":"integer","minimum":1,"maximum":65535};
const pattern24 = new RegExp("^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$", "u");
const pattern25 = new RegExp("^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$", "u");
const pattern27 = new RegExp("^[^\\n\\r\\u0000]*$", "u");
const pattern28 = new RegExp("^SHA256:[A-Za-z0-9+/]{43}=?$", "u");

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.USERNAME === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "USERNAME"},message:"must have required property '"+"USERNAME"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.IP_ADDRESS === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "IP_ADDRESS"},message:"must have required property '"+"IP_ADDRESS"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "USERNAME") || (key0 === "IP_ADDRESS")) || (key0 === "PORT")) || (key0 === "KEY_PATH")) || (key0 === "KEY_PASSPHRASE")) || (key0 === "HOST_KEY")) || (key0 === "STRICT_HOST_KEY"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.USERNAME !== undefined){
let data0 = data.USERNAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/properties/USERNAME/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.USERNAME.type,parentSchema:schema51.properties.USERNAME,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["USERNAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern24.test(data0)){
const err4 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/properties/USERNAME/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$"+"\"",schema:"^[A-Za-z0-9._][A-Za-z0-9._@-]{0,63}$",parentSchema:schema51.properties.USERNAME,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.IP_ADDRESS !== undefined){
let data1 = data.IP_ADDRESS;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/IP_ADDRESS",schemaPath:"#/properties/IP_ADDRESS/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.IP_ADDRESS.type,parentSchema:schema51.properties.IP_ADDRESS,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["IP_ADDRESS"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(!pattern25.test(data1)){
const err6 = {instancePath:instancePath+"/IP_ADDRESS",schemaPath:"#/properties/IP_ADDRESS/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.:%-]{0,252}$",parentSchema:schema51.properties.IP_ADDRESS,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.PORT !== undefined){
let data2 = data.PORT;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data2 === null
              || (dataType2 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced2 = +data2;
}
else {
const err7 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.type,parentSchema:schema52,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["PORT"] = coerced2;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 65535 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema52,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.KEY_PATH !== undefined){
let data3 = data.KEY_PATH;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
const err10 = {instancePath:instancePath+"/KEY_PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["KEY_PATH"] = coerced3;
}
}
}
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err11 = {instancePath:instancePath+"/KEY_PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/KEY_PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.KEY_PASSPHRASE !== undefined){
let data4 = data.KEY_PASSPHRASE;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
const err13 = {instancePath:instancePath+"/KEY_PASSPHRASE",schemaPath:"#/properties/KEY_PASSPHRASE/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.KEY_PASSPHRASE.type,parentSchema:schema51.properties.KEY_PASSPHRASE,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["KEY_PASSPHRASE"] = coerced4;
}
}
}
if(typeof data4 === "string"){
if(!pattern27.test(data4)){
const err14 = {instancePath:instancePath+"/KEY_PASSPHRASE",schemaPath:"#/properties/KEY_PASSPHRASE/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0000]*$"},message:"must match pattern \""+"^[^\\n\\r\\u0000]*$"+"\"",schema:"^[^\\n\\r\\u0000]*$",parentSchema:schema51.properties.KEY_PASSPHRASE,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.HOST_KEY !== undefined){
let data5 = data.HOST_KEY;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
const err15 = {instancePath:instancePath+"/HOST_KEY",schemaPath:"#/properties/HOST_KEY/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.HOST_KEY.type,parentSchema:schema51.properties.HOST_KEY,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["HOST_KEY"] = coerced5;
}
}
}
if(typeof data5 === "string"){
if(!pattern28.test(data5)){
const err16 = {instancePath:instancePath+"/HOST_KEY",schemaPath:"#/properties/HOST_KEY/pattern",keyword:"pattern",params:{pattern: "^SHA256:[A-Za-z0-9+/]{43}=?$"},message:"must match pattern \""+"^SHA256:[A-Za-z0-9+/]{43}=?$"+"\"",schema:"^SHA256:[A-Za-z0-9+/]{43}=?$",parentSchema:schema51.properties.HOST_KEY,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.STRICT_HOST_KEY !== undefined){
let data6 = data.STRICT_HOST_KEY;
if(typeof data6 !== "boolean"){
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(data6 === "false" || data6 === 0 || data6 === null){
coerced6 = false;
}
else if(data6 === "true" || data6 === 1){
coerced6 = true;
}
else {
const err17 = {instancePath:instancePath+"/STRICT_HOST_KEY",schemaPath:"#/properties/STRICT_HOST_KEY/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema51.properties.STRICT_HOST_KEY.type,parentSchema:schema51.properties.STRICT_HOST_KEY,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["STRICT_HOST_KEY"] = coerced6;
}
}
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"title":"RETENTION","description":"Which archives to keep on a target; the others (and their manifests) are deleted after a run stored its archive there. The kept set is the union of what each rule keeps, the rules restic's `forget` has working exactly as in restic 0.16 and later; see docs/retention.md. Without RETENTION nothing is ever deleted.","type":"object","properties":{"KEEP_LAST":{"description":"Keep the newest N archives, or all of them with `unlimited`.","$ref":"#/$defs/keepCount"},"KEEP_HOURLY":{"description":"For the last N hours that have an archive, keep the newest archive of each hour (`unlimited`: of every hour). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_DAILY":{"description":"For the last N days that have an archive, keep the newest archive of each day (days in the host's time zone; `unlimited`: every day). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_WEEKLY":{"description":"For the last N ISO weeks (Monday to Sunday) that have an archive, keep the newest archive of each (`unlimited`: every week). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_MONTHLY":{"description":"For the last N months that have an archive, keep the newest archive of each (`unlimited`: every month). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_YEARLY":{"description":"For the last N years that have an archive, keep the newest archive of each (`unlimited`: every year). While the N are not used up, the oldest archive is kept too, as restic does.","$ref":"#/$defs/keepCount"},"KEEP_WITHIN":{"description":"Keep every archive newer than the newest archive minus this duration: years, months, weeks, days and hours in that order, such as `12h`, `7d`, `2w`, `6m`, `1y6m` or `1y2m3d4h`. Measured from the newest archive, not from now, so a backup that keeps failing never ages out its last good copies.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_HOURLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each hour (restic's --keep-within-hourly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_DAILY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each day (restic's --keep-within-daily); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_WEEKLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each ISO week (restic's --keep-within-weekly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_MONTHLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each month (restic's --keep-within-monthly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"KEEP_WITHIN_YEARLY":{"description":"Among the archives newer than the newest archive minus this duration (written as for KEEP_WITHIN), keep the newest of each year (restic's --keep-within-yearly); the oldest archive too when it is that recent.","$ref":"#/$defs/keepDuration"},"MIN_KEEP":{"description":"Never keep fewer than N archives, whatever the other rules say (the original tool's MIN_BACKUPS_TO_KEEP): the newest archives not kept otherwise are added until there are N.","type":"integer","minimum":1,"maximum":100000}},"minProperties":1,"additionalProperties":false};
const schema55 = {"description":"A count of 1 to 100000, or `unlimited` (restic's `unlimited`).","if":{"type":"number"},"then":{"type":"integer","minimum":1,"maximum":100000},"else":{"enum":["unlimited"]}};
const schema61 = {"description":"A duration back from the newest archive: years, months, weeks, days and hours in that order, each at most once, not all zero: `12h`, `7d`, `2w`, `6m`, `1y`, `1y6m`, `1y2m3d4h` (restic's syntax, plus weeks). Months and years are calendar units in the host's time zone.","type":"string","pattern":"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"};
const pattern29 = new RegExp("^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func6.call(schema54.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.KEEP_LAST !== undefined){
let data0 = data.KEEP_LAST;
const _errs4 = errors;
let valid2 = true;
const _errs5 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "boolean" || data0 === null
              || (dataType0 == "string" && data0 && data0 == +data0)){
coerced0 = +data0;
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["KEEP_LAST"] = coerced0;
}
}
}
var _valid0 = _errs5 === errors;
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
let dataType1 = typeof data0;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 === "boolean" || data0 === null
              || (dataType1 === "string" && data0 && data0 == +data0 && !(data0 % 1))){
coerced1 = +data0;
}
else {
const err3 = {instancePath:instancePath+"/KEEP_LAST",schemaPath:"#/$defs/keepCount/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.then.type,parentSchema:schema55.then,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced1 !== undefined){
data0 = coerced1;
if(data !== undefined){
data["KEEP_LAST"] = coerced1;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 100000 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/KEEP_LAST",schemaPath:"#/$defs/keepCount/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema55.then,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/KEEP_LAST",schemaPath:"#/$defs/keepCount/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.then,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = _valid0;
ifClause0 = "then";
}
else {
const _errs9 = errors;
if(!(data0 === "unlimited")){
const err6 = {instancePath:instancePath+"/KEEP_LAST",schemaPath:"#/$defs/keepCount/else/enum",keyword:"enum",params:{allowedValues: schema55.else.enum},message:"must be equal to one of the allowed values",schema:schema55.else.enum,parentSchema:schema55.else,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = _valid0;
ifClause0 = "else";
}
if(!valid2){
const err7 = {instancePath:instancePath+"/KEEP_LAST",schemaPath:"#/$defs/keepCount/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema55.if,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.KEEP_HOURLY !== undefined){
let data1 = data.KEEP_HOURLY;
const _errs12 = errors;
let valid4 = true;
const _errs13 = errors;
if(!((typeof data1 == "number") && (isFinite(data1)))){
let dataType2 = typeof data1;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "boolean" || data1 === null
              || (dataType2 == "string" && data1 && data1 == +data1)){
coerced2 = +data1;
}
else {
const err8 = {};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced2 !== undefined){
data1 = coerced2;
if(data !== undefined){
data["KEEP_HOURLY"] = coerced2;
}
}
}
var _valid1 = _errs13 === errors;
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs15 = errors;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
let dataType3 = typeof data1;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data1 === null
              || (dataType3 === "string" && data1 && data1 == +data1 && !(data1 % 1))){
coerced3 = +data1;
}
else {
const err9 = {instancePath:instancePath+"/KEEP_HOURLY",schemaPath:"#/$defs/keepCount/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.then.type,parentSchema:schema55.then,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced3 !== undefined){
data1 = coerced3;
if(data !== undefined){
data["KEEP_HOURLY"] = coerced3;
}
}
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100000 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/KEEP_HOURLY",schemaPath:"#/$defs/keepCount/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema55.then,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/KEEP_HOURLY",schemaPath:"#/$defs/keepCount/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.then,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
var _valid1 = _errs15 === errors;
valid4 = _valid1;
ifClause1 = "then";
}
else {
const _errs17 = errors;
if(!(data1 === "unlimited")){
const err12 = {instancePath:instancePath+"/KEEP_HOURLY",schemaPath:"#/$defs/keepCount/else/enum",keyword:"enum",params:{allowedValues: schema55.else.enum},message:"must be equal to one of the allowed values",schema:schema55.else.enum,parentSchema:schema55.else,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid1 = _errs17 === errors;
valid4 = _valid1;
ifClause1 = "else";
}
if(!valid4){
const err13 = {instancePath:instancePath+"/KEEP_HOURLY",schemaPath:"#/$defs/keepCount/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema55.if,parentSchema:schema55,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.KEEP_DAILY !== undefined){
let data2 = data.KEEP_DAILY;
const _errs20 = errors;
let valid6 = true;
const _errs21 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
let dataType4 = typeof data2;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "boolean" || data2 === null
              || (dataType4 == "string" && data2 && data2 == +data2)){
coerced4 = +data2;
}
else {
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced4 !== undefined){
data2 = coerced4;
if(data !== undefined){
data["KEEP_DAILY"] = coerced4;
}
}
}
var _valid2 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
let ifClause2;
if(_valid2){
const _errs23 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
let dataType5 = typeof data2;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 === "boolean" || data2 === null
              || (dataType5 === "string" && data2 && data2 == +data2 && !(data2 % 1))){
coerced5 = +data2;
}
else {
const err15 = {instancePath:instancePath+"/KEEP_DAILY",schemaPath:"#/$defs/keepCount/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.then.type,parentSchema:schema55.then,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(coerced5 !== undefined){
data2 = coerced5;
if(data !== undefined){
data["KEEP_DAILY"] = coerced5;
}
}
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 100000 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/KEEP_DAILY",schemaPath:"#/$defs/keepCount/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema55.then,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err17 = {instancePath:instancePath+"/KEEP_DAILY",schemaPath:"#/$defs/keepCount/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.then,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
var _valid2 = _errs23 === errors;
valid6 = _valid2;
ifClause2 = "then";
}
else {
const _errs25 = errors;
if(!(data2 === "unlimited")){
const err18 = {instancePath:instancePath+"/KEEP_DAILY",schemaPath:"#/$defs/keepCount/else/enum",keyword:"enum",params:{allowedValues: schema55.else.enum},message:"must be equal to one of the allowed values",schema:schema55.else.enum,parentSchema:schema55.else,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid6 = _valid2;
ifClause2 = "else";
}
if(!valid6){
const err19 = {instancePath:instancePath+"/KEEP_DAILY",schemaPath:"#/$defs/keepCount/if",keyword:"if",params:{failingKeyword: ifClause2},message:"must match \""+ifClause2+"\" schema",schema:schema55.if,parentSchema:schema55,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.KEEP_WEEKLY !== undefined){
let data3 = data.KEEP_WEEKLY;
const _errs28 = errors;
let valid8 = true;
const _errs29 = errors;
if(!((typeof data3 == "number") && (isFinite(data3)))){
let dataType6 = typeof data3;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "boolean" || data3 === null
              || (dataType6 == "string" && data3 && data3 == +data3)){
coerced6 = +data3;
}
else {
const err20 = {};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(coerced6 !== undefined){
data3 = coerced6;
if(data !== undefined){
data["KEEP_WEEKLY"] = coerced6;
}
}
}
var _valid3 = _errs29 === errors;
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
let ifClause3;
if(_valid3){
const _errs31 = errors;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType7 = typeof data3;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 === "boolean" || data3 === null
              || (dataType7 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced7 = +data3;
}
else {
const err21 = {instancePath:instancePath+"/KEEP_WEEKLY",schemaPath:"#/$defs/keepCount/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.then.type,parentSchema:schema55.then,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(coerced7 !== undefined){
data3 = coerced7;
if(data !== undefined){
data["KEEP_WEEKLY"] = coerced7;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err22 = {instancePath:instancePath+"/KEEP_WEEKLY",schemaPath:"#/$defs/keepCount/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema55.then,data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err23 = {instancePath:instancePath+"/KEEP_WEEKLY",schemaPath:"#/$defs/keepCount/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.then,data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var _valid3 = _errs31 === errors;
valid8 = _valid3;
ifClause3 = "then";
}
else {
const _errs33 = errors;
if(!(data3 === "unlimited")){
const err24 = {instancePath:instancePath+"/KEEP_WEEKLY",schemaPath:"#/$defs/keepCount/else/enum",keyword:"enum",params:{allowedValues: schema55.else.enum},message:"must be equal to one of the allowed values",schema:schema55.else.enum,parentSchema:schema55.else,data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid3 = _errs33 === errors;
valid8 = _valid3;
ifClause3 = "else";
}
if(!valid8){
const err25 = {instancePath:instancePath+"/KEEP_WEEKLY",schemaPath:"#/$defs/keepCount/if",keyword:"if",params:{failingKeyword: ifClause3},message:"must match \""+ifClause3+"\" schema",schema:schema55.if,parentSchema:schema55,data:data3};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.KEEP_MONTHLY !== undefined){
let data4 = data.KEEP_MONTHLY;
const _errs36 = errors;
let valid10 = true;
const _errs37 = errors;
if(!((typeof data4 == "number") && (isFinite(data4)))){
let dataType8 = typeof data4;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "boolean" || data4 === null
              || (dataType8 == "string" && data4 && data4 == +data4)){
coerced8 = +data4;
}
else {
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(coerced8 !== undefined){
data4 = coerced8;
if(data !== undefined){
data["KEEP_MONTHLY"] = coerced8;
}
}
}
var _valid4 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
let ifClause4;
if(_valid4){
const _errs39 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
let dataType9 = typeof data4;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 === "boolean" || data4 === null
              || (dataType9 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced9 = +data4;
}
else {
const err27 = {instancePath:instancePath+"/KEEP_MONTHLY",schemaPath:"#/$defs/keepCount/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.then.type,parentSchema:schema55.then,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(coerced9 !== undefined){
data4 = coerced9;
if(data !== undefined){
data["KEEP_MONTHLY"] = coerced9;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000 || isNaN(data4)){
const err28 = {instancePath:instancePath+"/KEEP_MONTHLY",schemaPath:"#/$defs/keepCount/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema55.then,data:data4};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err29 = {instancePath:instancePath+"/KEEP_MONTHLY",schemaPath:"#/$defs/keepCount/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.then,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid4 = _errs39 === errors;
valid10 = _valid4;
ifClause4 = "then";
}
else {
const _errs41 = errors;
if(!(data4 === "unlimited")){
const err30 = {instancePath:instancePath+"/KEEP_MONTHLY",schemaPath:"#/$defs/keepCount/else/enum",keyword:"enum",params:{allowedValues: schema55.else.enum},message:"must be equal to one of the allowed values",schema:schema55.else.enum,parentSchema:schema55.else,data:data4};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid4 = _errs41 === errors;
valid10 = _valid4;
ifClause4 = "else";
}
if(!valid10){
const err31 = {instancePath:instancePath+"/KEEP_MONTHLY",schemaPath:"#/$defs/keepCount/if",keyword:"if",params:{failingKeyword: ifClause4},message:"must match \""+ifClause4+"\" schema",schema:schema55.if,parentSchema:schema55,data:data4};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.KEEP_YEARLY !== undefined){
let data5 = data.KEEP_YEARLY;
const _errs44 = errors;
let valid12 = true;
const _errs45 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
let dataType10 = typeof data5;
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(dataType10 == "boolean" || data5 === null
              || (dataType10 == "string" && data5 && data5 == +data5)){
coerced10 = +data5;
}
else {
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(coerced10 !== undefined){
data5 = coerced10;
if(data !== undefined){
data["KEEP_YEARLY"] = coerced10;
}
}
}
var _valid5 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
let ifClause5;
if(_valid5){
const _errs47 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
let dataType11 = typeof data5;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 === "boolean" || data5 === null
              || (dataType11 === "string" && data5 && data5 == +data5 && !(data5 % 1))){
coerced11 = +data5;
}
else {
const err33 = {instancePath:instancePath+"/KEEP_YEARLY",schemaPath:"#/$defs/keepCount/then/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema55.then.type,parentSchema:schema55.then,data:data5};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(coerced11 !== undefined){
data5 = coerced11;
if(data !== undefined){
data["KEEP_YEARLY"] = coerced11;
}
}
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 100000 || isNaN(data5)){
const err34 = {instancePath:instancePath+"/KEEP_YEARLY",schemaPath:"#/$defs/keepCount/then/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema55.then,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err35 = {instancePath:instancePath+"/KEEP_YEARLY",schemaPath:"#/$defs/keepCount/then/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema55.then,data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
var _valid5 = _errs47 === errors;
valid12 = _valid5;
ifClause5 = "then";
}
else {
const _errs49 = errors;
if(!(data5 === "unlimited")){
const err36 = {instancePath:instancePath+"/KEEP_YEARLY",schemaPath:"#/$defs/keepCount/else/enum",keyword:"enum",params:{allowedValues: schema55.else.enum},message:"must be equal to one of the allowed values",schema:schema55.else.enum,parentSchema:schema55.else,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
var _valid5 = _errs49 === errors;
valid12 = _valid5;
ifClause5 = "else";
}
if(!valid12){
const err37 = {instancePath:instancePath+"/KEEP_YEARLY",schemaPath:"#/$defs/keepCount/if",keyword:"if",params:{failingKeyword: ifClause5},message:"must match \""+ifClause5+"\" schema",schema:schema55.if,parentSchema:schema55,data:data5};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.KEEP_WITHIN !== undefined){
let data6 = data.KEEP_WITHIN;
if(typeof data6 !== "string"){
let dataType12 = typeof data6;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data6;
}
else if(data6 === null){
coerced12 = "";
}
else {
const err38 = {instancePath:instancePath+"/KEEP_WITHIN",schemaPath:"#/$defs/keepDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(coerced12 !== undefined){
data6 = coerced12;
if(data !== undefined){
data["KEEP_WITHIN"] = coerced12;
}
}
}
if(typeof data6 === "string"){
if(!pattern29.test(data6)){
const err39 = {instancePath:instancePath+"/KEEP_WITHIN",schemaPath:"#/$defs/keepDuration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},message:"must match pattern \""+"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"+"\"",schema:"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$",parentSchema:schema61,data:data6};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.KEEP_WITHIN_HOURLY !== undefined){
let data7 = data.KEEP_WITHIN_HOURLY;
if(typeof data7 !== "string"){
let dataType13 = typeof data7;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 == "number" || dataType13 == "boolean"){
coerced13 = "" + data7;
}
else if(data7 === null){
coerced13 = "";
}
else {
const err40 = {instancePath:instancePath+"/KEEP_WITHIN_HOURLY",schemaPath:"#/$defs/keepDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data7};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(coerced13 !== undefined){
data7 = coerced13;
if(data !== undefined){
data["KEEP_WITHIN_HOURLY"] = coerced13;
}
}
}
if(typeof data7 === "string"){
if(!pattern29.test(data7)){
const err41 = {instancePath:instancePath+"/KEEP_WITHIN_HOURLY",schemaPath:"#/$defs/keepDuration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},message:"must match pattern \""+"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"+"\"",schema:"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$",parentSchema:schema61,data:data7};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data.KEEP_WITHIN_DAILY !== undefined){
let data8 = data.KEEP_WITHIN_DAILY;
if(typeof data8 !== "string"){
let dataType14 = typeof data8;
let coerced14 = undefined;
if(!(coerced14 !== undefined)){
if(dataType14 == "number" || dataType14 == "boolean"){
coerced14 = "" + data8;
}
else if(data8 === null){
coerced14 = "";
}
else {
const err42 = {instancePath:instancePath+"/KEEP_WITHIN_DAILY",schemaPath:"#/$defs/keepDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data8};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(coerced14 !== undefined){
data8 = coerced14;
if(data !== undefined){
data["KEEP_WITHIN_DAILY"] = coerced14;
}
}
}
if(typeof data8 === "string"){
if(!pattern29.test(data8)){
const err43 = {instancePath:instancePath+"/KEEP_WITHIN_DAILY",schemaPath:"#/$defs/keepDuration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},message:"must match pattern \""+"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"+"\"",schema:"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$",parentSchema:schema61,data:data8};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data.KEEP_WITHIN_WEEKLY !== undefined){
let data9 = data.KEEP_WITHIN_WEEKLY;
if(typeof data9 !== "string"){
let dataType15 = typeof data9;
let coerced15 = undefined;
if(!(coerced15 !== undefined)){
if(dataType15 == "number" || dataType15 == "boolean"){
coerced15 = "" + data9;
}
else if(data9 === null){
coerced15 = "";
}
else {
const err44 = {instancePath:instancePath+"/KEEP_WITHIN_WEEKLY",schemaPath:"#/$defs/keepDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data9};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(coerced15 !== undefined){
data9 = coerced15;
if(data !== undefined){
data["KEEP_WITHIN_WEEKLY"] = coerced15;
}
}
}
if(typeof data9 === "string"){
if(!pattern29.test(data9)){
const err45 = {instancePath:instancePath+"/KEEP_WITHIN_WEEKLY",schemaPath:"#/$defs/keepDuration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},message:"must match pattern \""+"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"+"\"",schema:"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$",parentSchema:schema61,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.KEEP_WITHIN_MONTHLY !== undefined){
let data10 = data.KEEP_WITHIN_MONTHLY;
if(typeof data10 !== "string"){
let dataType16 = typeof data10;
let coerced16 = undefined;
if(!(coerced16 !== undefined)){
if(dataType16 == "number" || dataType16 == "boolean"){
coerced16 = "" + data10;
}
else if(data10 === null){
coerced16 = "";
}
else {
const err46 = {instancePath:instancePath+"/KEEP_WITHIN_MONTHLY",schemaPath:"#/$defs/keepDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(coerced16 !== undefined){
data10 = coerced16;
if(data !== undefined){
data["KEEP_WITHIN_MONTHLY"] = coerced16;
}
}
}
if(typeof data10 === "string"){
if(!pattern29.test(data10)){
const err47 = {instancePath:instancePath+"/KEEP_WITHIN_MONTHLY",schemaPath:"#/$defs/keepDuration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},message:"must match pattern \""+"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"+"\"",schema:"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$",parentSchema:schema61,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data.KEEP_WITHIN_YEARLY !== undefined){
let data11 = data.KEEP_WITHIN_YEARLY;
if(typeof data11 !== "string"){
let dataType17 = typeof data11;
let coerced17 = undefined;
if(!(coerced17 !== undefined)){
if(dataType17 == "number" || dataType17 == "boolean"){
coerced17 = "" + data11;
}
else if(data11 === null){
coerced17 = "";
}
else {
const err48 = {instancePath:instancePath+"/KEEP_WITHIN_YEARLY",schemaPath:"#/$defs/keepDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.type,parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(coerced17 !== undefined){
data11 = coerced17;
if(data !== undefined){
data["KEEP_WITHIN_YEARLY"] = coerced17;
}
}
}
if(typeof data11 === "string"){
if(!pattern29.test(data11)){
const err49 = {instancePath:instancePath+"/KEEP_WITHIN_YEARLY",schemaPath:"#/$defs/keepDuration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"},message:"must match pattern \""+"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$"+"\"",schema:"^(?=\\d)(?=.*[1-9])(\\d+y)?(\\d+m)?(\\d+w)?(\\d+d)?(\\d+h)?$",parentSchema:schema61,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
if(data.MIN_KEEP !== undefined){
let data12 = data.MIN_KEEP;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
let dataType18 = typeof data12;
let coerced18 = undefined;
if(!(coerced18 !== undefined)){
if(dataType18 === "boolean" || data12 === null
              || (dataType18 === "string" && data12 && data12 == +data12 && !(data12 % 1))){
coerced18 = +data12;
}
else {
const err50 = {instancePath:instancePath+"/MIN_KEEP",schemaPath:"#/properties/MIN_KEEP/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.MIN_KEEP.type,parentSchema:schema54.properties.MIN_KEEP,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(coerced18 !== undefined){
data12 = coerced18;
if(data !== undefined){
data["MIN_KEEP"] = coerced18;
}
}
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100000 || isNaN(data12)){
const err51 = {instancePath:instancePath+"/MIN_KEEP",schemaPath:"#/properties/MIN_KEEP/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema54.properties.MIN_KEEP,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err52 = {instancePath:instancePath+"/MIN_KEEP",schemaPath:"#/properties/MIN_KEEP/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema54.properties.MIN_KEEP,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
}
else {
const err53 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.STORAGE_NAME === undefined) && (missing0 = "STORAGE_NAME")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.STORAGE_NAME !== undefined){
if("S3" !== data.STORAGE_NAME){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.BUCKET === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "BUCKET"},message:"must have required property '"+"BUCKET"+"'",schema:schema45.allOf[0].then.required,parentSchema:schema45.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.REGION === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "REGION"},message:"must have required property '"+"REGION"+"'",schema:schema45.allOf[0].then.required,parentSchema:schema45.allOf[0].then,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PATH === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "PATH"},message:"must have required property '"+"PATH"+"'",schema:schema45.allOf[0].else.required,parentSchema:schema45.allOf[0].else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.PATH !== undefined){
let data1 = data.PATH;
if(typeof data1 !== "string"){
let dataType0 = typeof data1;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data1;
}
else if(data1 === null){
coerced0 = "";
}
else {
const err5 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced0 !== undefined){
data1 = coerced0;
if(data !== undefined){
data["PATH"] = coerced0;
}
}
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.PATH = true;
props0.STORAGE_NAME = true;
}
ifClause0 = "else";
}
if(!valid1){
const err8 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema45.allOf[0].if,parentSchema:schema45.allOf[0],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const _errs11 = errors;
let valid5 = true;
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.KMS_KEY_ID === undefined) && (missing1 = "KMS_KEY_ID")){
const err9 = {};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.SERVER_SIDE_ENCRYPTION === undefined){
const err10 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "SERVER_SIDE_ENCRYPTION"},message:"must have required property '"+"SERVER_SIDE_ENCRYPTION"+"'",schema:schema45.allOf[1].then.required,parentSchema:schema45.allOf[1].then,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.SERVER_SIDE_ENCRYPTION !== undefined){
let data2 = data.SERVER_SIDE_ENCRYPTION;
if(!(data2 === "aws:kms")){
const err11 = {instancePath:instancePath+"/SERVER_SIDE_ENCRYPTION",schemaPath:"#/allOf/1/then/properties/SERVER_SIDE_ENCRYPTION/enum",keyword:"enum",params:{allowedValues: schema45.allOf[1].then.properties.SERVER_SIDE_ENCRYPTION.enum},message:"must be equal to one of the allowed values",schema:schema45.allOf[1].then.properties.SERVER_SIDE_ENCRYPTION.enum,parentSchema:schema45.allOf[1].then.properties.SERVER_SIDE_ENCRYPTION,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid1 = _errs13 === errors;
valid5 = _valid1;
if(valid5){
var props1 = {};
props1.SERVER_SIDE_ENCRYPTION = true;
}
}
if(!valid5){
const err12 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema45.allOf[1].if,parentSchema:schema45.allOf[1],data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs16 = errors;
let valid7 = true;
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.STORAGE_NAME === undefined) && (missing2 = "STORAGE_NAME")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
if(data.STORAGE_NAME !== undefined){
if("RCLONE" !== data.STORAGE_NAME){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
var _valid2 = _errs17 === errors;
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.REMOTE === undefined){
const err15 = {instancePath,schemaPath:"#/allOf/2/then/required",keyword:"required",params:{missingProperty: "REMOTE"},message:"must have required property '"+"REMOTE"+"'",schema:schema45.allOf[2].then.required,parentSchema:schema45.allOf[2].then,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
var _valid2 = _errs19 === errors;
valid7 = _valid2;
}
if(!valid7){
const err16 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema45.allOf[2].if,parentSchema:schema45.allOf[2],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.STORAGE_NAME = true;
}
const _errs21 = errors;
let valid9 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.STORAGE_NAME === undefined) && (missing3 = "STORAGE_NAME")){
const err17 = {};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
else {
if(data.STORAGE_NAME !== undefined){
if("SFTP" !== data.STORAGE_NAME){
const err18 = {};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
}
var _valid3 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.SSH === undefined){
const err19 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "SSH"},message:"must have required property '"+"SSH"+"'",schema:schema45.allOf[3].then.required,parentSchema:schema45.allOf[3].then,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
var _valid3 = _errs24 === errors;
valid9 = _valid3;
}
if(!valid9){
const err20 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema45.allOf[3].if,parentSchema:schema45.allOf[3],data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.STORAGE_NAME = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.STORAGE_NAME === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "STORAGE_NAME"},message:"must have required property '"+"STORAGE_NAME"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key0 in data){
if(!(func6.call(schema45.properties, key0))){
const err22 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.STORAGE_NAME !== undefined){
let data5 = data.STORAGE_NAME;
if(!(((((data5 === "LOCAL") || (data5 === "ONEDRIVE")) || (data5 === "S3")) || (data5 === "RCLONE")) || (data5 === "SFTP"))){
const err23 = {instancePath:instancePath+"/STORAGE_NAME",schemaPath:"#/properties/STORAGE_NAME/enum",keyword:"enum",params:{allowedValues: schema45.properties.STORAGE_NAME.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.STORAGE_NAME.enum,parentSchema:schema45.properties.STORAGE_NAME,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.PATH !== undefined){
let data6 = data.PATH;
if(typeof data6 !== "string"){
let dataType1 = typeof data6;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data6;
}
else if(data6 === null){
coerced1 = "";
}
else {
const err24 = {instancePath:instancePath+"/PATH",schemaPath:"#/properties/PATH/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.PATH.type,parentSchema:schema45.properties.PATH,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced1 !== undefined){
data6 = coerced1;
if(data !== undefined){
data["PATH"] = coerced1;
}
}
}
if(typeof data6 === "string"){
if(!pattern14.test(data6)){
const err25 = {instancePath:instancePath+"/PATH",schemaPath:"#/properties/PATH/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema45.properties.PATH,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.REMOTE !== undefined){
let data7 = data.REMOTE;
if(typeof data7 !== "string"){
let dataType2 = typeof data7;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data7;
}
else if(data7 === null){
coerced2 = "";
}
else {
const err26 = {instancePath:instancePath+"/REMOTE",schemaPath:"#/properties/REMOTE/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.REMOTE.type,parentSchema:schema45.properties.REMOTE,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(coerced2 !== undefined){
data7 = coerced2;
if(data !== undefined){
data["REMOTE"] = coerced2;
}
}
}
if(typeof data7 === "string"){
if(!pattern15.test(data7)){
const err27 = {instancePath:instancePath+"/REMOTE",schemaPath:"#/properties/REMOTE/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_][A-Za-z0-9_. +@-]*:$"},message:"must match pattern \""+"^[A-Za-z0-9_][A-Za-z0-9_. +@-]*:$"+"\"",schema:"^[A-Za-z0-9_][A-Za-z0-9_. +@-]*:$",parentSchema:schema45.properties.REMOTE,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data.DRIVE_ID !== undefined){
let data8 = data.DRIVE_ID;
if(typeof data8 !== "string"){
let dataType3 = typeof data8;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data8;
}
else if(data8 === null){
coerced3 = "";
}
else {
const err28 = {instancePath:instancePath+"/DRIVE_ID",schemaPath:"#/$defs/graphId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(coerced3 !== undefined){
data8 = coerced3;
if(data !== undefined){
data["DRIVE_ID"] = coerced3;
}
}
}
if(typeof data8 === "string"){
if(!pattern16.test(data8)){
const err29 = {instancePath:instancePath+"/DRIVE_ID",schemaPath:"#/$defs/graphId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!@._,:-]{1,300}$"},message:"must match pattern \""+"^[A-Za-z0-9!@._,:-]{1,300}$"+"\"",schema:"^[A-Za-z0-9!@._,:-]{1,300}$",parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
if(data.USER_ID !== undefined){
let data9 = data.USER_ID;
if(typeof data9 !== "string"){
let dataType4 = typeof data9;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data9;
}
else if(data9 === null){
coerced4 = "";
}
else {
const err30 = {instancePath:instancePath+"/USER_ID",schemaPath:"#/$defs/graphId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(coerced4 !== undefined){
data9 = coerced4;
if(data !== undefined){
data["USER_ID"] = coerced4;
}
}
}
if(typeof data9 === "string"){
if(!pattern16.test(data9)){
const err31 = {instancePath:instancePath+"/USER_ID",schemaPath:"#/$defs/graphId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!@._,:-]{1,300}$"},message:"must match pattern \""+"^[A-Za-z0-9!@._,:-]{1,300}$"+"\"",schema:"^[A-Za-z0-9!@._,:-]{1,300}$",parentSchema:schema47,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data.SITE_ID !== undefined){
let data10 = data.SITE_ID;
if(typeof data10 !== "string"){
let dataType5 = typeof data10;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data10;
}
else if(data10 === null){
coerced5 = "";
}
else {
const err32 = {instancePath:instancePath+"/SITE_ID",schemaPath:"#/$defs/graphId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(coerced5 !== undefined){
data10 = coerced5;
if(data !== undefined){
data["SITE_ID"] = coerced5;
}
}
}
if(typeof data10 === "string"){
if(!pattern16.test(data10)){
const err33 = {instancePath:instancePath+"/SITE_ID",schemaPath:"#/$defs/graphId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9!@._,:-]{1,300}$"},message:"must match pattern \""+"^[A-Za-z0-9!@._,:-]{1,300}$"+"\"",schema:"^[A-Za-z0-9!@._,:-]{1,300}$",parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
if(data.CHUNK_SIZE_KIB !== undefined){
let data11 = data.CHUNK_SIZE_KIB;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
let dataType6 = typeof data11;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 === "boolean" || data11 === null
              || (dataType6 === "string" && data11 && data11 == +data11 && !(data11 % 1))){
coerced6 = +data11;
}
else {
const err34 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.CHUNK_SIZE_KIB.type,parentSchema:schema45.properties.CHUNK_SIZE_KIB,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(coerced6 !== undefined){
data11 = coerced6;
if(data !== undefined){
data["CHUNK_SIZE_KIB"] = coerced6;
}
}
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 61440 || isNaN(data11)){
const err35 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/maximum",keyword:"maximum",params:{comparison: "<=", limit: 61440},message:"must be <= 61440",schema:61440,parentSchema:schema45.properties.CHUNK_SIZE_KIB,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11 < 320 || isNaN(data11)){
const err36 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 320},message:"must be >= 320",schema:320,parentSchema:schema45.properties.CHUNK_SIZE_KIB,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
let res0;
if((320 === 0 || (res0 = data11/320, res0 !== parseInt(res0)))){
const err37 = {instancePath:instancePath+"/CHUNK_SIZE_KIB",schemaPath:"#/properties/CHUNK_SIZE_KIB/multipleOf",keyword:"multipleOf",params:{multipleOf: 320},message:"must be multiple of 320",schema:320,parentSchema:schema45.properties.CHUNK_SIZE_KIB,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data.BUCKET !== undefined){
let data12 = data.BUCKET;
if(typeof data12 !== "string"){
let dataType7 = typeof data12;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data12;
}
else if(data12 === null){
coerced7 = "";
}
else {
const err38 = {instancePath:instancePath+"/BUCKET",schemaPath:"#/properties/BUCKET/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.BUCKET.type,parentSchema:schema45.properties.BUCKET,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(coerced7 !== undefined){
data12 = coerced7;
if(data !== undefined){
data["BUCKET"] = coerced7;
}
}
}
if(typeof data12 === "string"){
if(!pattern19.test(data12)){
const err39 = {instancePath:instancePath+"/BUCKET",schemaPath:"#/properties/BUCKET/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]{1,254}$",parentSchema:schema45.properties.BUCKET,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.REGION !== undefined){
let data13 = data.REGION;
if(typeof data13 !== "string"){
let dataType8 = typeof data13;
let coerced8 = undefined;
if(!(coerced8 !== undefined)){
if(dataType8 == "number" || dataType8 == "boolean"){
coerced8 = "" + data13;
}
else if(data13 === null){
coerced8 = "";
}
else {
const err40 = {instancePath:instancePath+"/REGION",schemaPath:"#/properties/REGION/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.REGION.type,parentSchema:schema45.properties.REGION,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(coerced8 !== undefined){
data13 = coerced8;
if(data !== undefined){
data["REGION"] = coerced8;
}
}
}
if(typeof data13 === "string"){
if(!pattern20.test(data13)){
const err41 = {instancePath:instancePath+"/REGION",schemaPath:"#/properties/REGION/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9_-]{1,64}$"+"\"",schema:"^[A-Za-z0-9_-]{1,64}$",parentSchema:schema45.properties.REGION,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data.ENDPOINT !== undefined){
let data14 = data.ENDPOINT;
if(typeof data14 !== "string"){
let dataType9 = typeof data14;
let coerced9 = undefined;
if(!(coerced9 !== undefined)){
if(dataType9 == "number" || dataType9 == "boolean"){
coerced9 = "" + data14;
}
else if(data14 === null){
coerced9 = "";
}
else {
const err42 = {instancePath:instancePath+"/ENDPOINT",schemaPath:"#/properties/ENDPOINT/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.ENDPOINT.type,parentSchema:schema45.properties.ENDPOINT,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(coerced9 !== undefined){
data14 = coerced9;
if(data !== undefined){
data["ENDPOINT"] = coerced9;
}
}
}
if(typeof data14 === "string"){
if(!pattern8.test(data14)){
const err43 = {instancePath:instancePath+"/ENDPOINT",schemaPath:"#/properties/ENDPOINT/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^https?://[^\\s\\u0000-\\u001f\\u007f]+$",parentSchema:schema45.properties.ENDPOINT,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data.FORCE_PATH_STYLE !== undefined){
let data15 = data.FORCE_PATH_STYLE;
if(typeof data15 !== "boolean"){
let coerced10 = undefined;
if(!(coerced10 !== undefined)){
if(data15 === "false" || data15 === 0 || data15 === null){
coerced10 = false;
}
else if(data15 === "true" || data15 === 1){
coerced10 = true;
}
else {
const err44 = {instancePath:instancePath+"/FORCE_PATH_STYLE",schemaPath:"#/properties/FORCE_PATH_STYLE/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.FORCE_PATH_STYLE.type,parentSchema:schema45.properties.FORCE_PATH_STYLE,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(coerced10 !== undefined){
data15 = coerced10;
if(data !== undefined){
data["FORCE_PATH_STYLE"] = coerced10;
}
}
}
}
if(data.STORAGE_CLASS !== undefined){
let data16 = data.STORAGE_CLASS;
if(typeof data16 !== "string"){
let dataType11 = typeof data16;
let coerced11 = undefined;
if(!(coerced11 !== undefined)){
if(dataType11 == "number" || dataType11 == "boolean"){
coerced11 = "" + data16;
}
else if(data16 === null){
coerced11 = "";
}
else {
const err45 = {instancePath:instancePath+"/STORAGE_CLASS",schemaPath:"#/properties/STORAGE_CLASS/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.STORAGE_CLASS.type,parentSchema:schema45.properties.STORAGE_CLASS,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(coerced11 !== undefined){
data16 = coerced11;
if(data !== undefined){
data["STORAGE_CLASS"] = coerced11;
}
}
}
if(typeof data16 === "string"){
if(!pattern22.test(data16)){
const err46 = {instancePath:instancePath+"/STORAGE_CLASS",schemaPath:"#/properties/STORAGE_CLASS/pattern",keyword:"pattern",params:{pattern: "^[A-Z0-9_]{1,64}$"},message:"must match pattern \""+"^[A-Z0-9_]{1,64}$"+"\"",schema:"^[A-Z0-9_]{1,64}$",parentSchema:schema45.properties.STORAGE_CLASS,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data.SERVER_SIDE_ENCRYPTION !== undefined){
let data17 = data.SERVER_SIDE_ENCRYPTION;
if(!((data17 === "AES256") || (data17 === "aws:kms"))){
const err47 = {instancePath:instancePath+"/SERVER_SIDE_ENCRYPTION",schemaPath:"#/properties/SERVER_SIDE_ENCRYPTION/enum",keyword:"enum",params:{allowedValues: schema45.properties.SERVER_SIDE_ENCRYPTION.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.SERVER_SIDE_ENCRYPTION.enum,parentSchema:schema45.properties.SERVER_SIDE_ENCRYPTION,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.KMS_KEY_ID !== undefined){
let data18 = data.KMS_KEY_ID;
if(typeof data18 !== "string"){
let dataType12 = typeof data18;
let coerced12 = undefined;
if(!(coerced12 !== undefined)){
if(dataType12 == "number" || dataType12 == "boolean"){
coerced12 = "" + data18;
}
else if(data18 === null){
coerced12 = "";
}
else {
const err48 = {instancePath:instancePath+"/KMS_KEY_ID",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(coerced12 !== undefined){
data18 = coerced12;
if(data !== undefined){
data["KMS_KEY_ID"] = coerced12;
}
}
}
if(typeof data18 === "string"){
if(func1(data18) < 1){
const err49 = {instancePath:instancePath+"/KMS_KEY_ID",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern4.test(data18)){
const err50 = {instancePath:instancePath+"/KMS_KEY_ID",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema43,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data.PART_SIZE_MIB !== undefined){
let data19 = data.PART_SIZE_MIB;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
let dataType13 = typeof data19;
let coerced13 = undefined;
if(!(coerced13 !== undefined)){
if(dataType13 === "boolean" || data19 === null
              || (dataType13 === "string" && data19 && data19 == +data19 && !(data19 % 1))){
coerced13 = +data19;
}
else {
const err51 = {instancePath:instancePath+"/PART_SIZE_MIB",schemaPath:"#/properties/PART_SIZE_MIB/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.PART_SIZE_MIB.type,parentSchema:schema45.properties.PART_SIZE_MIB,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(coerced13 !== undefined){
data19 = coerced13;
if(data !== undefined){
data["PART_SIZE_MIB"] = coerced13;
}
}
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 5120 || isNaN(data19)){
const err52 = {instancePath:instancePath+"/PART_SIZE_MIB",schemaPath:"#/properties/PART_SIZE_MIB/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5120},message:"must be <= 5120",schema:5120,parentSchema:schema45.properties.PART_SIZE_MIB,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data19 < 5 || isNaN(data19)){
const err53 = {instancePath:instancePath+"/PART_SIZE_MIB",schemaPath:"#/properties/PART_SIZE_MIB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema45.properties.PART_SIZE_MIB,data:data19};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
if(data.SSH !== undefined){
if(!(validate29(data.SSH, {instancePath:instancePath+"/SSH",parentData:data,parentDataProperty:"SSH",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.RETENTION !== undefined){
if(!(validate31(data.RETENTION, {instancePath:instancePath+"/RETENTION",parentData:data,parentDataProperty:"RETENTION",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate28(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"title":"FILE_PATH item","description":"A FILE_PATH entry written as a mapping, to mark it optional.","type":"object","properties":{"PATH":{"description":"The file or directory.","$ref":"#/$defs/path"},"OPTIONAL":{"description":"When the path does not exist, note it in the manifest's warnings and back up the rest, instead of failing the backup.","type":"boolean","default":false}},"required":["PATH"],"additionalProperties":false};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PATH === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "PATH"},message:"must have required property '"+"PATH"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "PATH") || (key0 === "OPTIONAL"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.PATH !== undefined){
let data0 = data.PATH;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["PATH"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.OPTIONAL !== undefined){
let data1 = data.OPTIONAL;
if(typeof data1 !== "boolean"){
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(data1 === "false" || data1 === 0 || data1 === null){
coerced1 = false;
}
else if(data1 === "true" || data1 === 1){
coerced1 = true;
}
else {
const err5 = {instancePath:instancePath+"/OPTIONAL",schemaPath:"#/properties/OPTIONAL/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema67.properties.OPTIONAL.type,parentSchema:schema67.properties.OPTIONAL,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["OPTIONAL"] = coerced1;
}
}
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((((key0 === "NAME") || (key0 === "INTERVALS")) || (key0 === "UPLOAD_TO")) || (key0 === "SSH")) || (key0 === "FILE_PATH")) || (key0 === "EXCLUDE")) || (key0 === "RETENTION")) || (key0 === "VERIFY"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.NAME !== undefined){
let data0 = data.NAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["NAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err2 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.INTERVALS !== undefined){
if(!(validate25(data.INTERVALS, {instancePath:instancePath+"/INTERVALS",parentData:data,parentDataProperty:"INTERVALS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.UPLOAD_TO !== undefined){
if(!(validate27(data.UPLOAD_TO, {instancePath:instancePath+"/UPLOAD_TO",parentData:data,parentDataProperty:"UPLOAD_TO",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.SSH !== undefined){
if(!(validate29(data.SSH, {instancePath:instancePath+"/SSH",parentData:data,parentDataProperty:"SSH",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.FILE_PATH !== undefined){
let data4 = data.FILE_PATH;
if(Array.isArray(data4)){
if(data4.length < 1){
const err3 = {instancePath:instancePath+"/FILE_PATH",schemaPath:"#/properties/FILE_PATH/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.FILE_PATH,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs11 = errors;
let valid4 = true;
const _errs12 = errors;
if(!(data5 && typeof data5 == "object" && !Array.isArray(data5))){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs12 === errors;
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs14 = errors;
if(!(validate36(data5, {instancePath:instancePath+"/FILE_PATH/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs14 === errors;
valid4 = _valid0;
ifClause0 = "then";
}
else {
const _errs15 = errors;
if(typeof data5 !== "string"){
let dataType1 = typeof data5;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data5;
}
else if(data5 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/FILE_PATH/" + i0,schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data5 = coerced1;
if(data4 !== undefined){
data4[i0] = coerced1;
}
}
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err6 = {instancePath:instancePath+"/FILE_PATH/" + i0,schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data5)){
const err7 = {instancePath:instancePath+"/FILE_PATH/" + i0,schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs15 === errors;
valid4 = _valid0;
ifClause0 = "else";
}
if(!valid4){
const err8 = {instancePath:instancePath+"/FILE_PATH/" + i0,schemaPath:"#/properties/FILE_PATH/items/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema40.properties.FILE_PATH.items.if,parentSchema:schema40.properties.FILE_PATH.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/FILE_PATH",schemaPath:"#/properties/FILE_PATH/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.FILE_PATH.type,parentSchema:schema40.properties.FILE_PATH,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.EXCLUDE !== undefined){
let data6 = data.EXCLUDE;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
let dataType2 = typeof data7;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data7;
}
else if(data7 === null){
coerced2 = "";
}
else {
const err10 = {instancePath:instancePath+"/EXCLUDE/" + i1,schemaPath:"#/properties/EXCLUDE/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.EXCLUDE.items.type,parentSchema:schema40.properties.EXCLUDE.items,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(coerced2 !== undefined){
data7 = coerced2;
if(data6 !== undefined){
data6[i1] = coerced2;
}
}
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err11 = {instancePath:instancePath+"/EXCLUDE/" + i1,schemaPath:"#/properties/EXCLUDE/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.EXCLUDE.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern14.test(data7)){
const err12 = {instancePath:instancePath+"/EXCLUDE/" + i1,schemaPath:"#/properties/EXCLUDE/items/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]*$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]*$",parentSchema:schema40.properties.EXCLUDE.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
}
else {
const err13 = {instancePath:instancePath+"/EXCLUDE",schemaPath:"#/properties/EXCLUDE/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.EXCLUDE.type,parentSchema:schema40.properties.EXCLUDE,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.RETENTION !== undefined){
if(!(validate31(data.RETENTION, {instancePath:instancePath+"/RETENTION",parentData:data,parentDataProperty:"RETENTION",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.VERIFY !== undefined){
let data9 = data.VERIFY;
if(typeof data9 !== "boolean"){
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(data9 === "false" || data9 === 0 || data9 === null){
coerced3 = false;
}
else if(data9 === "true" || data9 === 1){
coerced3 = true;
}
else {
const err14 = {instancePath:instancePath+"/VERIFY",schemaPath:"#/properties/VERIFY/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema40.properties.VERIFY.type,parentSchema:schema40.properties.VERIFY,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(coerced3 !== undefined){
data9 = coerced3;
if(data !== undefined){
data["VERIFY"] = coerced3;
}
}
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const _errs2 = errors;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.INTERVALS === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema39.allOf[0].contains.required,parentSchema:schema39.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.allOf[0].contains.type,parentSchema:schema39.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid1 = _errs3 === errors;
if(valid1){
break;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema39.allOf[0].contains,parentSchema:schema39.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs6 = errors;
const len1 = data.length;
for(let i1=0; i1<len1; i1++){
let data1 = data[i1];
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.UPLOAD_TO === undefined){
const err3 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema39.allOf[1].contains.required,parentSchema:schema39.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.allOf[1].contains.type,parentSchema:schema39.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
break;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema39.allOf[1].contains,parentSchema:schema39.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs10 = errors;
const len2 = data.length;
for(let i2=0; i2<len2; i2++){
let data2 = data[i2];
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.FILE_PATH === undefined){
const err6 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/required",keyword:"required",params:{missingProperty: "FILE_PATH"},message:"must have required property '"+"FILE_PATH"+"'",schema:schema39.allOf[2].contains.required,parentSchema:schema39.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.allOf[2].contains.type,parentSchema:schema39.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs11 === errors;
if(valid3){
break;
}
}
if(!valid3){
const err8 = {instancePath,schemaPath:"#/allOf/2/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema39.allOf[2].contains,parentSchema:schema39.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
if(data.length < 1){
const err9 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len3 = data.length;
for(let i3=0; i3<len3; i3++){
let data3 = data[i3];
if(!(validate24(data3, {instancePath:instancePath+"/" + i3,parentData:data,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err10 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema39.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err11 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema39.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.items.type,parentSchema:schema39.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = {"type":"object","$ref":"#/$defs/fileBackupFields","required":["INTERVALS","UPLOAD_TO","FILE_PATH"]};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.INTERVALS === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.UPLOAD_TO === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.FILE_PATH === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "FILE_PATH"},message:"must have required property '"+"FILE_PATH"+"'",schema:schema70.required,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = {"description":"The original tool's shape: a list of one-key mappings, each key at most once.","type":"array","minItems":1,"items":{"type":"object","$ref":"#/$defs/dbBackupFields","minProperties":1,"maxProperties":1},"allOf":[{"contains":{"type":"object","required":["INTERVALS"]}},{"contains":{"type":"object","required":["UPLOAD_TO"]}},{"contains":{"type":"object","required":["DB_INFO"]}}]};
const schema72 = {"title":"DB_BACKUPS","description":"The keys of a database backup: PostgreSQL, MySQL/MariaDB or SQLite, as DB_INFO's TYPE says.","type":"object","properties":{"NAME":{"$ref":"#/$defs/name","description":"The backup's name, unique in its project; the second argument of `run-backup`. Default: `db-N`, N being the backup's 1-based position among the project's database backups."},"INTERVALS":{"$ref":"#/$defs/intervals"},"UPLOAD_TO":{"$ref":"#/$defs/uploadTo"},"SSH":{"$ref":"#/$defs/ssh"},"DB_INFO":{"$ref":"#/$defs/dbInfo"},"DOCKER":{"$ref":"#/$defs/docker"},"FORMAT":{"description":"POSTGRES only: pg_dump's output format: `custom` (`<database>.dump` in the zip, stored without compressing again; restore with pg_restore) or `plain` (`<database>.sql`, deflated; restore with psql).","enum":["custom","plain"],"default":"custom"},"RETENTION":{"description":"The default retention of this backup's targets (a target's own RETENTION replaces it).","$ref":"#/$defs/retention"},"VERIFY":{"description":"After storing, verify the archive on every target as `run-backup --verify` does (download, size and sha256 against the manifest, every zip entry's CRC, and the engine's own check of the dump: `pg_restore --list` for custom PostgreSQL dumps, the completion comment of SQL dumps, `PRAGMA integrity_check` for SQLite): a restore drill on each run. A failed verification fails the run.","type":"boolean","default":false}},"additionalProperties":false};
const schema80 = {"title":"DOCKER","description":"Run the dump (and restore) inside a docker container with `docker exec` (on the SSH host when `SSH` is set).","type":"object","properties":{"CONTAINER_NAME":{"description":"The container's name or id.","type":"string","pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"}},"required":["CONTAINER_NAME"],"additionalProperties":false};
const pattern44 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$", "u");
const schema74 = {"title":"DB_INFO","description":"Which database to dump and how to reach it. With `DOCKER`, `HOST`, `PORT` and `PATH` are as seen from inside the container.","type":"object","properties":{"TYPE":{"description":"The database engine: `POSTGRES` (pg_dump), `MYSQL` (MySQL 8 or MariaDB 10.x/11.x: mariadb-dump, else mysqldump) or `SQLITE` (a SQLite file, copied with the sqlite3 CLI's `VACUUM INTO`).","enum":["POSTGRES","MYSQL","SQLITE"],"default":"POSTGRES"},"USERNAME":{"description":"POSTGRES and MYSQL: the role / user to connect as.","$ref":"#/$defs/text"},"PASSWORD":{"description":"POSTGRES and MYSQL: the user's password; best given as `${VARIABLE}` from the environment or `.env`. Never written to argv, logs, manifests or the crontab.","type":"string","pattern":"^[^\\n\\r\\u0000]*$"},"PORT":{"description":"POSTGRES and MYSQL: the server's port (default 5432 for POSTGRES, 3306 for MYSQL).","$ref":"#/$defs/port"},"NAME":{"description":"POSTGRES and MYSQL: the database to dump.","$ref":"#/$defs/text"},"HOST":{"description":"POSTGRES and MYSQL: the server's host name or address.","$ref":"#/$defs/text","default":"localhost"},"PATH":{"description":"SQLITE only: the database file, on this host, on the SSH host or inside the container (relative paths: to the config file's directory on this host, to the home directory over SSH).","$ref":"#/$defs/path"}},"allOf":[{"if":{"properties":{"TYPE":{"description":"SQLITE databases are files: PATH instead of a server's USERNAME and NAME.","const":"SQLITE"}},"required":["TYPE"]},"then":{"required":["PATH"]},"else":{"required":["USERNAME","NAME"]}}],"additionalProperties":false};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.TYPE === undefined) && (missing0 = "TYPE")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.TYPE !== undefined){
if("SQLITE" !== data.TYPE){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PATH === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "PATH"},message:"must have required property '"+"PATH"+"'",schema:schema74.allOf[0].then.required,parentSchema:schema74.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.USERNAME === undefined){
const err3 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "USERNAME"},message:"must have required property '"+"USERNAME"+"'",schema:schema74.allOf[0].else.required,parentSchema:schema74.allOf[0].else,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.NAME === undefined){
const err4 = {instancePath,schemaPath:"#/allOf/0/else/required",keyword:"required",params:{missingProperty: "NAME"},message:"must have required property '"+"NAME"+"'",schema:schema74.allOf[0].else.required,parentSchema:schema74.allOf[0].else,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err5 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema74.allOf[0].if,parentSchema:schema74.allOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((((key0 === "TYPE") || (key0 === "USERNAME")) || (key0 === "PASSWORD")) || (key0 === "PORT")) || (key0 === "NAME")) || (key0 === "HOST")) || (key0 === "PATH"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.TYPE !== undefined){
let data1 = data.TYPE;
if(!(((data1 === "POSTGRES") || (data1 === "MYSQL")) || (data1 === "SQLITE"))){
const err7 = {instancePath:instancePath+"/TYPE",schemaPath:"#/properties/TYPE/enum",keyword:"enum",params:{allowedValues: schema74.properties.TYPE.enum},message:"must be equal to one of the allowed values",schema:schema74.properties.TYPE.enum,parentSchema:schema74.properties.TYPE,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.USERNAME !== undefined){
let data2 = data.USERNAME;
if(typeof data2 !== "string"){
let dataType0 = typeof data2;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data2;
}
else if(data2 === null){
coerced0 = "";
}
else {
const err8 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(coerced0 !== undefined){
data2 = coerced0;
if(data !== undefined){
data["USERNAME"] = coerced0;
}
}
}
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data2)){
const err10 = {instancePath:instancePath+"/USERNAME",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema43,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.PASSWORD !== undefined){
let data3 = data.PASSWORD;
if(typeof data3 !== "string"){
let dataType1 = typeof data3;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data3;
}
else if(data3 === null){
coerced1 = "";
}
else {
const err11 = {instancePath:instancePath+"/PASSWORD",schemaPath:"#/properties/PASSWORD/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.PASSWORD.type,parentSchema:schema74.properties.PASSWORD,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(coerced1 !== undefined){
data3 = coerced1;
if(data !== undefined){
data["PASSWORD"] = coerced1;
}
}
}
if(typeof data3 === "string"){
if(!pattern27.test(data3)){
const err12 = {instancePath:instancePath+"/PASSWORD",schemaPath:"#/properties/PASSWORD/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r\\u0000]*$"},message:"must match pattern \""+"^[^\\n\\r\\u0000]*$"+"\"",schema:"^[^\\n\\r\\u0000]*$",parentSchema:schema74.properties.PASSWORD,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data.PORT !== undefined){
let data4 = data.PORT;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
let dataType2 = typeof data4;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data4 === null
              || (dataType2 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced2 = +data4;
}
else {
const err13 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.type,parentSchema:schema52,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(coerced2 !== undefined){
data4 = coerced2;
if(data !== undefined){
data["PORT"] = coerced2;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 65535 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema52,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/PORT",schemaPath:"#/$defs/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema52,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.NAME !== undefined){
let data5 = data.NAME;
if(typeof data5 !== "string"){
let dataType3 = typeof data5;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data5;
}
else if(data5 === null){
coerced3 = "";
}
else {
const err16 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced3 !== undefined){
data5 = coerced3;
if(data !== undefined){
data["NAME"] = coerced3;
}
}
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err17 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data5)){
const err18 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema43,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.HOST !== undefined){
let data6 = data.HOST;
if(typeof data6 !== "string"){
let dataType4 = typeof data6;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data6;
}
else if(data6 === null){
coerced4 = "";
}
else {
const err19 = {instancePath:instancePath+"/HOST",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(coerced4 !== undefined){
data6 = coerced4;
if(data !== undefined){
data["HOST"] = coerced4;
}
}
}
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err20 = {instancePath:instancePath+"/HOST",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern4.test(data6)){
const err21 = {instancePath:instancePath+"/HOST",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema43,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.PATH !== undefined){
let data7 = data.PATH;
if(typeof data7 !== "string"){
let dataType5 = typeof data7;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data7;
}
else if(data7 === null){
coerced5 = "";
}
else {
const err22 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(coerced5 !== undefined){
data7 = coerced5;
if(data !== undefined){
data["PATH"] = coerced5;
}
}
}
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err23 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern4.test(data7)){
const err24 = {instancePath:instancePath+"/PATH",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func6.call(schema72.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.NAME !== undefined){
let data0 = data.NAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err1 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["NAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err2 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.INTERVALS !== undefined){
if(!(validate25(data.INTERVALS, {instancePath:instancePath+"/INTERVALS",parentData:data,parentDataProperty:"INTERVALS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.UPLOAD_TO !== undefined){
if(!(validate27(data.UPLOAD_TO, {instancePath:instancePath+"/UPLOAD_TO",parentData:data,parentDataProperty:"UPLOAD_TO",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data.SSH !== undefined){
if(!(validate29(data.SSH, {instancePath:instancePath+"/SSH",parentData:data,parentDataProperty:"SSH",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
if(data.DB_INFO !== undefined){
if(!(validate49(data.DB_INFO, {instancePath:instancePath+"/DB_INFO",parentData:data,parentDataProperty:"DB_INFO",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.DOCKER !== undefined){
let data5 = data.DOCKER;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.CONTAINER_NAME === undefined){
const err3 = {instancePath:instancePath+"/DOCKER",schemaPath:"#/$defs/docker/required",keyword:"required",params:{missingProperty: "CONTAINER_NAME"},message:"must have required property '"+"CONTAINER_NAME"+"'",schema:schema80.required,parentSchema:schema80,data:data5};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data5){
if(!(key1 === "CONTAINER_NAME")){
const err4 = {instancePath:instancePath+"/DOCKER",schemaPath:"#/$defs/docker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data:data5};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data5.CONTAINER_NAME !== undefined){
let data6 = data5.CONTAINER_NAME;
if(typeof data6 !== "string"){
let dataType1 = typeof data6;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data6;
}
else if(data6 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/DOCKER/CONTAINER_NAME",schemaPath:"#/$defs/docker/properties/CONTAINER_NAME/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.CONTAINER_NAME.type,parentSchema:schema80.properties.CONTAINER_NAME,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data6 = coerced1;
if(data5 !== undefined){
data5["CONTAINER_NAME"] = coerced1;
}
}
}
if(typeof data6 === "string"){
if(!pattern44.test(data6)){
const err6 = {instancePath:instancePath+"/DOCKER/CONTAINER_NAME",schemaPath:"#/$defs/docker/properties/CONTAINER_NAME/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$",parentSchema:schema80.properties.CONTAINER_NAME,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/DOCKER",schemaPath:"#/$defs/docker/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.FORMAT !== undefined){
let data7 = data.FORMAT;
if(!((data7 === "custom") || (data7 === "plain"))){
const err8 = {instancePath:instancePath+"/FORMAT",schemaPath:"#/properties/FORMAT/enum",keyword:"enum",params:{allowedValues: schema72.properties.FORMAT.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.FORMAT.enum,parentSchema:schema72.properties.FORMAT,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.RETENTION !== undefined){
if(!(validate31(data.RETENTION, {instancePath:instancePath+"/RETENTION",parentData:data,parentDataProperty:"RETENTION",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.VERIFY !== undefined){
let data9 = data.VERIFY;
if(typeof data9 !== "boolean"){
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(data9 === "false" || data9 === 0 || data9 === null){
coerced2 = false;
}
else if(data9 === "true" || data9 === 1){
coerced2 = true;
}
else {
const err9 = {instancePath:instancePath+"/VERIFY",schemaPath:"#/properties/VERIFY/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema72.properties.VERIFY.type,parentSchema:schema72.properties.VERIFY,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data9 = coerced2;
if(data !== undefined){
data["VERIFY"] = coerced2;
}
}
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const _errs2 = errors;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs3 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.INTERVALS === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema71.allOf[0].contains.required,parentSchema:schema71.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/allOf/0/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.allOf[0].contains.type,parentSchema:schema71.allOf[0].contains,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid1 = _errs3 === errors;
if(valid1){
break;
}
}
if(!valid1){
const err2 = {instancePath,schemaPath:"#/allOf/0/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema71.allOf[0].contains,parentSchema:schema71.allOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs6 = errors;
const len1 = data.length;
for(let i1=0; i1<len1; i1++){
let data1 = data[i1];
const _errs7 = errors;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.UPLOAD_TO === undefined){
const err3 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema71.allOf[1].contains.required,parentSchema:schema71.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i1,schemaPath:"#/allOf/1/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.allOf[1].contains.type,parentSchema:schema71.allOf[1].contains,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
break;
}
}
if(!valid2){
const err5 = {instancePath,schemaPath:"#/allOf/1/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema71.allOf[1].contains,parentSchema:schema71.allOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
const _errs10 = errors;
const len2 = data.length;
for(let i2=0; i2<len2; i2++){
let data2 = data[i2];
const _errs11 = errors;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.DB_INFO === undefined){
const err6 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/required",keyword:"required",params:{missingProperty: "DB_INFO"},message:"must have required property '"+"DB_INFO"+"'",schema:schema71.allOf[2].contains.required,parentSchema:schema71.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/" + i2,schemaPath:"#/allOf/2/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.allOf[2].contains.type,parentSchema:schema71.allOf[2].contains,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var valid3 = _errs11 === errors;
if(valid3){
break;
}
}
if(!valid3){
const err8 = {instancePath,schemaPath:"#/allOf/2/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema71.allOf[2].contains,parentSchema:schema71.allOf[2],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
}
}
if(Array.isArray(data)){
if(data.length < 1){
const err9 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len3 = data.length;
for(let i3=0; i3<len3; i3++){
let data3 = data[i3];
if(!(validate45(data3, {instancePath:instancePath+"/" + i3,parentData:data,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 1){
const err10 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema71.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(Object.keys(data3).length < 1){
const err11 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema71.items,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/" + i3,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.items.type,parentSchema:schema71.items,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema81 = {"type":"object","$ref":"#/$defs/dbBackupFields","required":["INTERVALS","UPLOAD_TO","DB_INFO"]};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.INTERVALS === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "INTERVALS"},message:"must have required property '"+"INTERVALS"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.UPLOAD_TO === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "UPLOAD_TO"},message:"must have required property '"+"UPLOAD_TO"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.DB_INFO === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "DB_INFO"},message:"must have required property '"+"DB_INFO"+"'",schema:schema81.required,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema81.type,parentSchema:schema81,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "FILE_BACKUP") || (key0 === "DB_BACKUPS"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.FILE_BACKUP !== undefined){
let data0 = data.FILE_BACKUP;
const _errs3 = errors;
let valid1 = true;
const _errs4 = errors;
if(!(Array.isArray(data0))){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs4 === errors;
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs6 = errors;
if(!(validate23(data0, {instancePath:instancePath+"/FILE_BACKUP",parentData:data,parentDataProperty:"FILE_BACKUP",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid1 = _valid0;
ifClause0 = "then";
}
else {
const _errs7 = errors;
if(!(validate41(data0, {instancePath:instancePath+"/FILE_BACKUP",parentData:data,parentDataProperty:"FILE_BACKUP",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var _valid0 = _errs7 === errors;
valid1 = _valid0;
ifClause0 = "else";
}
if(!valid1){
const err4 = {instancePath:instancePath+"/FILE_BACKUP",schemaPath:"#/properties/FILE_BACKUP/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema38.properties.FILE_BACKUP.if,parentSchema:schema38.properties.FILE_BACKUP,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.DB_BACKUPS !== undefined){
let data1 = data.DB_BACKUPS;
const _errs9 = errors;
let valid2 = true;
const _errs10 = errors;
if(!(Array.isArray(data1))){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
let ifClause1;
if(_valid1){
const _errs12 = errors;
if(!(validate44(data1, {instancePath:instancePath+"/DB_BACKUPS",parentData:data,parentDataProperty:"DB_BACKUPS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
var _valid1 = _errs12 === errors;
valid2 = _valid1;
ifClause1 = "then";
}
else {
const _errs13 = errors;
if(!(validate54(data1, {instancePath:instancePath+"/DB_BACKUPS",parentData:data,parentDataProperty:"DB_BACKUPS",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var _valid1 = _errs13 === errors;
valid2 = _valid1;
ifClause1 = "else";
}
if(!valid2){
const err6 = {instancePath:instancePath+"/DB_BACKUPS",schemaPath:"#/properties/DB_BACKUPS/if",keyword:"if",params:{failingKeyword: ifClause1},message:"must match \""+ifClause1+"\" schema",schema:schema38.properties.DB_BACKUPS.if,parentSchema:schema38.properties.DB_BACKUPS,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.NAME === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "NAME"},message:"must have required property '"+"NAME"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.BACKUPS === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "BACKUPS"},message:"must have required property '"+"BACKUPS"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "NAME") || (key0 === "BACKUPS")) || (key0 === "NOTIFY"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.NAME !== undefined){
let data0 = data.NAME;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err3 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["NAME"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(!pattern10.test(data0)){
const err4 = {instancePath:instancePath+"/NAME",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9.-]{0,63}$",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.BACKUPS !== undefined){
let data1 = data.BACKUPS;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data1[i0], {instancePath:instancePath+"/BACKUPS/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/BACKUPS",schemaPath:"#/properties/BACKUPS/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.BACKUPS.type,parentSchema:schema36.properties.BACKUPS,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.NOTIFY !== undefined){
let data3 = data.NOTIFY;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length < 1){
const err6 = {instancePath:instancePath+"/NOTIFY",schemaPath:"#/$defs/notify/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data3){
if(!((((key1 === "ON") || (key1 === "EMAIL")) || (key1 === "WEBHOOK")) || (key1 === "HEALTHCHECK"))){
const err7 = {instancePath:instancePath+"/NOTIFY",schemaPath:"#/$defs/notify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data3.ON !== undefined){
let data4 = data3.ON;
if(!((data4 === "failure") || (data4 === "always"))){
const err8 = {instancePath:instancePath+"/NOTIFY/ON",schemaPath:"#/$defs/notify/properties/ON/enum",keyword:"enum",params:{allowedValues: schema35.properties.ON.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.ON.enum,parentSchema:schema35.properties.ON,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.EMAIL !== undefined){
let data5 = data3.EMAIL;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.TO === undefined){
const err9 = {instancePath:instancePath+"/NOTIFY/EMAIL",schemaPath:"#/$defs/notify/properties/EMAIL/required",keyword:"required",params:{missingProperty: "TO"},message:"must have required property '"+"TO"+"'",schema:schema35.properties.EMAIL.required,parentSchema:schema35.properties.EMAIL,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key2 in data5){
if(!(key2 === "TO")){
const err10 = {instancePath:instancePath+"/NOTIFY/EMAIL",schemaPath:"#/$defs/notify/properties/EMAIL/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.EMAIL,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.TO !== undefined){
let data6 = data5.TO;
if(Array.isArray(data6)){
if(data6.length < 1){
const err11 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO",schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.EMAIL.properties.TO,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 !== "string"){
let dataType1 = typeof data7;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data7;
}
else if(data7 === null){
coerced1 = "";
}
else {
const err12 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO/" + i1,schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.EMAIL.properties.TO.items.type,parentSchema:schema35.properties.EMAIL.properties.TO.items,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced1 !== undefined){
data7 = coerced1;
if(data6 !== undefined){
data6[i1] = coerced1;
}
}
}
if(typeof data7 === "string"){
if(!pattern7.test(data7)){
const err13 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO/" + i1,schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$"+"\"",schema:"^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$",parentSchema:schema35.properties.EMAIL.properties.TO.items,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO",schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.EMAIL.properties.TO.type,parentSchema:schema35.properties.EMAIL.properties.TO,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/NOTIFY/EMAIL",schemaPath:"#/$defs/notify/properties/EMAIL/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.EMAIL.type,parentSchema:schema35.properties.EMAIL,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.WEBHOOK !== undefined){
let data8 = data3.WEBHOOK;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.URL === undefined){
const err16 = {instancePath:instancePath+"/NOTIFY/WEBHOOK",schemaPath:"#/$defs/notify/properties/WEBHOOK/required",keyword:"required",params:{missingProperty: "URL"},message:"must have required property '"+"URL"+"'",schema:schema35.properties.WEBHOOK.required,parentSchema:schema35.properties.WEBHOOK,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key3 in data8){
if(!((key3 === "URL") || (key3 === "FORMAT"))){
const err17 = {instancePath:instancePath+"/NOTIFY/WEBHOOK",schemaPath:"#/$defs/notify/properties/WEBHOOK/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.WEBHOOK,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data8.URL !== undefined){
let data9 = data8.URL;
if(typeof data9 !== "string"){
let dataType2 = typeof data9;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data9;
}
else if(data9 === null){
coerced2 = "";
}
else {
const err18 = {instancePath:instancePath+"/NOTIFY/WEBHOOK/URL",schemaPath:"#/$defs/notify/properties/WEBHOOK/properties/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.WEBHOOK.properties.URL.type,parentSchema:schema35.properties.WEBHOOK.properties.URL,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(coerced2 !== undefined){
data9 = coerced2;
if(data8 !== undefined){
data8["URL"] = coerced2;
}
}
}
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
const err19 = {instancePath:instancePath+"/NOTIFY/WEBHOOK/URL",schemaPath:"#/$defs/notify/properties/WEBHOOK/properties/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^https?://[^\\s\\u0000-\\u001f\\u007f]+$",parentSchema:schema35.properties.WEBHOOK.properties.URL,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data8.FORMAT !== undefined){
let data10 = data8.FORMAT;
if(!((data10 === "full") || (data10 === "text"))){
const err20 = {instancePath:instancePath+"/NOTIFY/WEBHOOK/FORMAT",schemaPath:"#/$defs/notify/properties/WEBHOOK/properties/FORMAT/enum",keyword:"enum",params:{allowedValues: schema35.properties.WEBHOOK.properties.FORMAT.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.WEBHOOK.properties.FORMAT.enum,parentSchema:schema35.properties.WEBHOOK.properties.FORMAT,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/NOTIFY/WEBHOOK",schemaPath:"#/$defs/notify/properties/WEBHOOK/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.WEBHOOK.type,parentSchema:schema35.properties.WEBHOOK,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data3.HEALTHCHECK !== undefined){
let data11 = data3.HEALTHCHECK;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.URL === undefined){
const err22 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/required",keyword:"required",params:{missingProperty: "URL"},message:"must have required property '"+"URL"+"'",schema:schema35.properties.HEALTHCHECK.required,parentSchema:schema35.properties.HEALTHCHECK,data:data11};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key4 in data11){
if(!(key4 === "URL")){
const err23 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.HEALTHCHECK,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data11.URL !== undefined){
let data12 = data11.URL;
if(typeof data12 !== "string"){
let dataType3 = typeof data12;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data12;
}
else if(data12 === null){
coerced3 = "";
}
else {
const err24 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK/URL",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/properties/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.HEALTHCHECK.properties.URL.type,parentSchema:schema35.properties.HEALTHCHECK.properties.URL,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(coerced3 !== undefined){
data12 = coerced3;
if(data11 !== undefined){
data11["URL"] = coerced3;
}
}
}
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err25 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK/URL",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/properties/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^https?://[^\\s\\u0000-\\u001f\\u007f]+$",parentSchema:schema35.properties.HEALTHCHECK.properties.URL,data:data12};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
}
else {
const err26 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.HEALTHCHECK.type,parentSchema:schema35.properties.HEALTHCHECK,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath:instancePath+"/NOTIFY",schemaPath:"#/$defs/notify/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://opsbackup.invalid/schemas/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.PROJECTS === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "PROJECTS"},message:"must have required property '"+"PROJECTS"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "LOG_DIRECTORY") || (key0 === "WORK_DIRECTORY")) || (key0 === "TIMEOUTS")) || (key0 === "METRICS_FILE")) || (key0 === "NOTIFY")) || (key0 === "PROJECTS"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.LOG_DIRECTORY !== undefined){
let data0 = data.LOG_DIRECTORY;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
const err2 = {instancePath:instancePath+"/LOG_DIRECTORY",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["LOG_DIRECTORY"] = coerced0;
}
}
}
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/LOG_DIRECTORY",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data0)){
const err4 = {instancePath:instancePath+"/LOG_DIRECTORY",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.WORK_DIRECTORY !== undefined){
let data1 = data.WORK_DIRECTORY;
if(typeof data1 !== "string"){
let dataType1 = typeof data1;
let coerced1 = undefined;
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
const err5 = {instancePath:instancePath+"/WORK_DIRECTORY",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["WORK_DIRECTORY"] = coerced1;
}
}
}
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/WORK_DIRECTORY",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/WORK_DIRECTORY",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.TIMEOUTS !== undefined){
let data2 = data.TIMEOUTS;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((key1 === "INACTIVITY_SECONDS") || (key1 === "TOTAL_MINUTES"))){
const err8 = {instancePath:instancePath+"/TIMEOUTS",schemaPath:"#/properties/TIMEOUTS/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.TIMEOUTS,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.INACTIVITY_SECONDS !== undefined){
let data3 = data2.INACTIVITY_SECONDS;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
let dataType2 = typeof data3;
let coerced2 = undefined;
if(!(coerced2 !== undefined)){
if(dataType2 === "boolean" || data3 === null
              || (dataType2 === "string" && data3 && data3 == +data3 && !(data3 % 1))){
coerced2 = +data3;
}
else {
const err9 = {instancePath:instancePath+"/TIMEOUTS/INACTIVITY_SECONDS",schemaPath:"#/properties/TIMEOUTS/properties/INACTIVITY_SECONDS/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS.type,parentSchema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(coerced2 !== undefined){
data3 = coerced2;
if(data2 !== undefined){
data2["INACTIVITY_SECONDS"] = coerced2;
}
}
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 86400 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/TIMEOUTS/INACTIVITY_SECONDS",schemaPath:"#/properties/TIMEOUTS/properties/INACTIVITY_SECONDS/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 5 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/TIMEOUTS/INACTIVITY_SECONDS",schemaPath:"#/properties/TIMEOUTS/properties/INACTIVITY_SECONDS/minimum",keyword:"minimum",params:{comparison: ">=", limit: 5},message:"must be >= 5",schema:5,parentSchema:schema31.properties.TIMEOUTS.properties.INACTIVITY_SECONDS,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data2.TOTAL_MINUTES !== undefined){
let data4 = data2.TOTAL_MINUTES;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
let dataType3 = typeof data4;
let coerced3 = undefined;
if(!(coerced3 !== undefined)){
if(dataType3 === "boolean" || data4 === null
              || (dataType3 === "string" && data4 && data4 == +data4 && !(data4 % 1))){
coerced3 = +data4;
}
else {
const err12 = {instancePath:instancePath+"/TIMEOUTS/TOTAL_MINUTES",schemaPath:"#/properties/TIMEOUTS/properties/TOTAL_MINUTES/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES.type,parentSchema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(coerced3 !== undefined){
data4 = coerced3;
if(data2 !== undefined){
data2["TOTAL_MINUTES"] = coerced3;
}
}
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10080 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/TIMEOUTS/TOTAL_MINUTES",schemaPath:"#/properties/TIMEOUTS/properties/TOTAL_MINUTES/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10080},message:"must be <= 10080",schema:10080,parentSchema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/TIMEOUTS/TOTAL_MINUTES",schemaPath:"#/properties/TIMEOUTS/properties/TOTAL_MINUTES/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.TIMEOUTS.properties.TOTAL_MINUTES,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/TIMEOUTS",schemaPath:"#/properties/TIMEOUTS/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.TIMEOUTS.type,parentSchema:schema31.properties.TIMEOUTS,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.METRICS_FILE !== undefined){
let data5 = data.METRICS_FILE;
if(typeof data5 !== "string"){
let dataType4 = typeof data5;
let coerced4 = undefined;
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data5;
}
else if(data5 === null){
coerced4 = "";
}
else {
const err16 = {instancePath:instancePath+"/METRICS_FILE",schemaPath:"#/$defs/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(coerced4 !== undefined){
data5 = coerced4;
if(data !== undefined){
data["METRICS_FILE"] = coerced4;
}
}
}
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err17 = {instancePath:instancePath+"/METRICS_FILE",schemaPath:"#/$defs/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data5)){
const err18 = {instancePath:instancePath+"/METRICS_FILE",schemaPath:"#/$defs/path/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^[^\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^[^\\u0000-\\u001f\\u007f]+$",parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.NOTIFY !== undefined){
let data6 = data.NOTIFY;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(Object.keys(data6).length < 1){
const err19 = {instancePath:instancePath+"/NOTIFY",schemaPath:"#/$defs/notify/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "ON") || (key2 === "EMAIL")) || (key2 === "WEBHOOK")) || (key2 === "HEALTHCHECK"))){
const err20 = {instancePath:instancePath+"/NOTIFY",schemaPath:"#/$defs/notify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.ON !== undefined){
let data7 = data6.ON;
if(!((data7 === "failure") || (data7 === "always"))){
const err21 = {instancePath:instancePath+"/NOTIFY/ON",schemaPath:"#/$defs/notify/properties/ON/enum",keyword:"enum",params:{allowedValues: schema35.properties.ON.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.ON.enum,parentSchema:schema35.properties.ON,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.EMAIL !== undefined){
let data8 = data6.EMAIL;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.TO === undefined){
const err22 = {instancePath:instancePath+"/NOTIFY/EMAIL",schemaPath:"#/$defs/notify/properties/EMAIL/required",keyword:"required",params:{missingProperty: "TO"},message:"must have required property '"+"TO"+"'",schema:schema35.properties.EMAIL.required,parentSchema:schema35.properties.EMAIL,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data8){
if(!(key3 === "TO")){
const err23 = {instancePath:instancePath+"/NOTIFY/EMAIL",schemaPath:"#/$defs/notify/properties/EMAIL/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.EMAIL,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.TO !== undefined){
let data9 = data8.TO;
if(Array.isArray(data9)){
if(data9.length < 1){
const err24 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO",schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.EMAIL.properties.TO,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 !== "string"){
let dataType5 = typeof data10;
let coerced5 = undefined;
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data10;
}
else if(data10 === null){
coerced5 = "";
}
else {
const err25 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO/" + i0,schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.EMAIL.properties.TO.items.type,parentSchema:schema35.properties.EMAIL.properties.TO.items,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(coerced5 !== undefined){
data10 = coerced5;
if(data9 !== undefined){
data9[i0] = coerced5;
}
}
}
if(typeof data10 === "string"){
if(!pattern7.test(data10)){
const err26 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO/" + i0,schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$"},message:"must match pattern \""+"^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$"+"\"",schema:"^[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+@[^\\s\\u0000-\\u001f\\u007f@<>,;\"]+$",parentSchema:schema35.properties.EMAIL.properties.TO.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/NOTIFY/EMAIL/TO",schemaPath:"#/$defs/notify/properties/EMAIL/properties/TO/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.EMAIL.properties.TO.type,parentSchema:schema35.properties.EMAIL.properties.TO,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/NOTIFY/EMAIL",schemaPath:"#/$defs/notify/properties/EMAIL/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.EMAIL.type,parentSchema:schema35.properties.EMAIL,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.WEBHOOK !== undefined){
let data11 = data6.WEBHOOK;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.URL === undefined){
const err29 = {instancePath:instancePath+"/NOTIFY/WEBHOOK",schemaPath:"#/$defs/notify/properties/WEBHOOK/required",keyword:"required",params:{missingProperty: "URL"},message:"must have required property '"+"URL"+"'",schema:schema35.properties.WEBHOOK.required,parentSchema:schema35.properties.WEBHOOK,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key4 in data11){
if(!((key4 === "URL") || (key4 === "FORMAT"))){
const err30 = {instancePath:instancePath+"/NOTIFY/WEBHOOK",schemaPath:"#/$defs/notify/properties/WEBHOOK/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.WEBHOOK,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data11.URL !== undefined){
let data12 = data11.URL;
if(typeof data12 !== "string"){
let dataType6 = typeof data12;
let coerced6 = undefined;
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data12;
}
else if(data12 === null){
coerced6 = "";
}
else {
const err31 = {instancePath:instancePath+"/NOTIFY/WEBHOOK/URL",schemaPath:"#/$defs/notify/properties/WEBHOOK/properties/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.WEBHOOK.properties.URL.type,parentSchema:schema35.properties.WEBHOOK.properties.URL,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(coerced6 !== undefined){
data12 = coerced6;
if(data11 !== undefined){
data11["URL"] = coerced6;
}
}
}
if(typeof data12 === "string"){
if(!pattern8.test(data12)){
const err32 = {instancePath:instancePath+"/NOTIFY/WEBHOOK/URL",schemaPath:"#/$defs/notify/properties/WEBHOOK/properties/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^https?://[^\\s\\u0000-\\u001f\\u007f]+$",parentSchema:schema35.properties.WEBHOOK.properties.URL,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data11.FORMAT !== undefined){
let data13 = data11.FORMAT;
if(!((data13 === "full") || (data13 === "text"))){
const err33 = {instancePath:instancePath+"/NOTIFY/WEBHOOK/FORMAT",schemaPath:"#/$defs/notify/properties/WEBHOOK/properties/FORMAT/enum",keyword:"enum",params:{allowedValues: schema35.properties.WEBHOOK.properties.FORMAT.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.WEBHOOK.properties.FORMAT.enum,parentSchema:schema35.properties.WEBHOOK.properties.FORMAT,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/NOTIFY/WEBHOOK",schemaPath:"#/$defs/notify/properties/WEBHOOK/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.WEBHOOK.type,parentSchema:schema35.properties.WEBHOOK,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.HEALTHCHECK !== undefined){
let data14 = data6.HEALTHCHECK;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.URL === undefined){
const err35 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/required",keyword:"required",params:{missingProperty: "URL"},message:"must have required property '"+"URL"+"'",schema:schema35.properties.HEALTHCHECK.required,parentSchema:schema35.properties.HEALTHCHECK,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key5 in data14){
if(!(key5 === "URL")){
const err36 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.HEALTHCHECK,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data14.URL !== undefined){
let data15 = data14.URL;
if(typeof data15 !== "string"){
let dataType7 = typeof data15;
let coerced7 = undefined;
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data15;
}
else if(data15 === null){
coerced7 = "";
}
else {
const err37 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK/URL",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/properties/URL/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.HEALTHCHECK.properties.URL.type,parentSchema:schema35.properties.HEALTHCHECK.properties.URL,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(coerced7 !== undefined){
data15 = coerced7;
if(data14 !== undefined){
data14["URL"] = coerced7;
}
}
}
if(typeof data15 === "string"){
if(!pattern8.test(data15)){
const err38 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK/URL",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/properties/URL/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s\\u0000-\\u001f\\u007f]+$"},message:"must match pattern \""+"^https?://[^\\s\\u0000-\\u001f\\u007f]+$"+"\"",schema:"^https?://[^\\s\\u0000-\\u001f\\u007f]+$",parentSchema:schema35.properties.HEALTHCHECK.properties.URL,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/NOTIFY/HEALTHCHECK",schemaPath:"#/$defs/notify/properties/HEALTHCHECK/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.HEALTHCHECK.type,parentSchema:schema35.properties.HEALTHCHECK,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/NOTIFY",schemaPath:"#/$defs/notify/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data6};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.PROJECTS !== undefined){
let data16 = data.PROJECTS;
if(Array.isArray(data16)){
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(!(validate21(data16[i1], {instancePath:instancePath+"/PROJECTS/" + i1,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err41 = {instancePath:instancePath+"/PROJECTS",schemaPath:"#/properties/PROJECTS/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.PROJECTS.type,parentSchema:schema31.properties.PROJECTS,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

