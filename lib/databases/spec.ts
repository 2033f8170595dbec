// The config side of a database engine: what DB_INFO means for it, which keys it refuses, how a backup of
// it is described and which of its values are secrets. Small and synchronous, because the config is
// parsed on every cron minute; the engine's dump, verify and restore code (engine.ts) loads only when used.
import type { RawDbBackupFields, RawDbInfo } from '../config/generated/config-types.js';

/** DB_INFO.TYPE as the model spells it. */
export type DatabaseType = 'postgres' | 'mysql' | 'sqlite';

export interface SettingsContext {
  /** Resolves a path written in the config on this host (relative to the config file, `~`). */
  local: (path: string) => string;
  /** The dump runs elsewhere (SSH host or container): paths stay as written. */
  elsewhere: boolean;
}

/** A key this engine does not take, and why: reported at the key's line. */
export interface RefusedKey {
  /** `DB_INFO.<KEY>` or a key of the backup itself (FORMAT). */
  key: string;
  why: string;
}

export interface DatabaseSpec<S extends { type: DatabaseType }> {
  type: S['type'];
  /** DB_INFO.TYPE's value: POSTGRES, MYSQL, SQLITE. */
  configName: string;
  /** For people: "PostgreSQL". */
  title: string;
  /** The validated raw keys as this engine's settings (keys it refuses are reported by `refused`). */
  settings(info: RawDbInfo, fields: RawDbBackupFields, context: SettingsContext): S;
  refused: readonly RefusedKey[];
  /** One line for --dry-run: what is dumped, from where, with what. */
  describe(settings: S): string;
  /** Values to mask in every log line, report and notification. */
  secrets(settings: S): string[];
  /** What `--restore` writes to: a database (`--to-database NAME [--clean]`) or a file (`--to FILE [--force]`). */
  restoreInto: 'database' | 'file';
}
