// SQLite as a database engine: VACUUM INTO to copy, PRAGMA integrity_check to verify, a checked file to
// restore. The database is a file, so restore takes --to FILE [--force] instead of a database name.
import type { DatabaseEngine, EngineContext } from '../engine.js';
import { restoreSqlite } from './restore.js';
import type { SqliteSettings } from './settings.js';
import { SqliteSource } from './source.js';
import { checkSqliteCopy } from './verify.js';

export function sqliteEngine(settings: SqliteSettings, context: EngineContext): DatabaseEngine {
  return {
    source: (shell) => new SqliteSource(shell, settings, context),
    // The archive holds the copy alone.
    isDump: () => true,
    checkDump: (entry, { workDirectory }) => checkSqliteCopy(entry, workDirectory),
    restore: (zipPath, shell, request) =>
      restoreSqlite(zipPath, shell, { file: request.file ?? '', force: request.force }, context),
  };
}
