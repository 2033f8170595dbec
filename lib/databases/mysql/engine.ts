// MySQL and MariaDB as a database engine: mariadb-dump (or mysqldump) in, the completion comment to
// verify, the mariadb (or mysql) client to restore.
import type { DatabaseEngine, EngineContext } from '../engine.js';
import { isMysqlDump, restoreMysql } from './restore.js';
import type { MysqlSettings } from './settings.js';
import { MysqlSource } from './source.js';
import { checkMysqlDump } from './verify.js';

export function mysqlEngine(settings: MysqlSettings, context: EngineContext): DatabaseEngine {
  return {
    source: (shell) => new MysqlSource(shell, settings, context),
    isDump: isMysqlDump,
    checkDump: (entry) => checkMysqlDump(entry),
    restore: (zipPath, shell, request) =>
      restoreMysql(
        zipPath,
        settings,
        shell,
        { database: request.database ?? '', clean: request.clean },
        context,
      ),
  };
}
