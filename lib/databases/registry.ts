// The one place that knows every database engine: DB_INFO.TYPE → the engine's spec (config side, loaded
// always) and its engine (dump, verify, restore; loaded only when a backup of that type runs).
import type { DatabaseEngine, EngineContext } from './engine.js';
import { mysqlSpec, type MysqlSettings } from './mysql/settings.js';
import { postgresSpec, type PostgresSettings } from './postgres/settings.js';
import { sqliteSpec, type SqliteSettings } from './sqlite/settings.js';
import type { DatabaseSpec, DatabaseType } from './spec.js';

export type DatabaseSettings = PostgresSettings | MysqlSettings | SqliteSettings;

type SpecOf<S> = S extends { type: DatabaseType } ? DatabaseSpec<S> : never;

const specs: { [T in DatabaseType]: SpecOf<Extract<DatabaseSettings, { type: T }>> } = {
  postgres: postgresSpec,
  mysql: mysqlSpec,
  sqlite: sqliteSpec,
};

/** Every engine's spec, in DB_INFO.TYPE's order. */
export const databaseSpecs: readonly DatabaseSpec<DatabaseSettings>[] = Object.values(specs);

/** The spec of a type, or of the engine named by DB_INFO.TYPE (POSTGRES when unset). */
export function specByConfigName(name: string | undefined): DatabaseSpec<DatabaseSettings> {
  const found = databaseSpecs.find((spec) => spec.configName === (name ?? 'POSTGRES'));
  if (!found) throw new Error(`no database engine for TYPE ${String(name)} after validation`);
  return found;
}

/** The spec that describes `settings`. */
export function specOf(settings: DatabaseSettings): DatabaseSpec<DatabaseSettings> {
  // Each spec takes exactly its own settings; the type key ties them together.
  return specs[settings.type];
}

/** The engine of `settings`, its code loaded now. */
export async function loadEngine(
  settings: DatabaseSettings,
  context: EngineContext = {},
): Promise<DatabaseEngine> {
  switch (settings.type) {
    case 'postgres':
      return (await import('./postgres/engine.js')).postgresEngine(settings, context);
    case 'mysql':
      return (await import('./mysql/engine.js')).mysqlEngine(settings, context);
    case 'sqlite':
      return (await import('./sqlite/engine.js')).sqliteEngine(settings, context);
  }
}
