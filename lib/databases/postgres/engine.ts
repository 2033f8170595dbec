// PostgreSQL as a database engine: pg_dump in, pg_restore --list to verify, pg_restore or psql to restore.
import { formatBytes } from '../../format.js';
import type { DatabaseEngine, EngineContext } from '../engine.js';
import { isPostgresDump, restoreDatabase } from './restore.js';
import type { PostgresSettings } from './settings.js';
import { PostgresSource } from './source.js';
import { checkDump } from './verify.js';

export function postgresEngine(settings: PostgresSettings, context: EngineContext): DatabaseEngine {
  return {
    source: (shell) => new PostgresSource(shell, settings, context),
    isDump: isPostgresDump,
    checkDump: (entry) => checkDump(entry, settings.format),
    restore: async (zipPath, shell, request) => {
      const report = await restoreDatabase(zipPath, settings, shell, {
        database: request.database ?? '',
        clean: request.clean,
      });
      return `restored ${report.dump} (${formatBytes(report.bytes)}) into ${report.created ? 'the new' : 'the empty'} database ${report.database}`;
    },
  };
}
