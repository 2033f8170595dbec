// MySQL's and MariaDB's DB_INFO: a server connection; the dump is always SQL text.
import { describeConnection, noFileKeys, serverConnection, type ServerConnection } from '../connection.js';
import type { DatabaseSpec } from '../spec.js';

export interface MysqlSettings extends ServerConnection {
  type: 'mysql';
}

export const mysqlDefaults = { port: 3306 } as const;

export const mysqlSpec: DatabaseSpec<MysqlSettings> = {
  type: 'mysql',
  configName: 'MYSQL',
  title: 'MySQL/MariaDB',
  settings: (info) => ({ type: 'mysql', ...serverConnection(info, mysqlDefaults.port) }),
  refused: [
    ...noFileKeys,
    { key: 'FORMAT', why: 'FORMAT is pg_dump’s; a MYSQL dump is always SQL text (<NAME>.sql, deflated)' },
  ],
  describe: (settings) =>
    `MySQL/MariaDB database ${describeConnection(settings)}, mariadb-dump (or mysqldump) SQL`,
  secrets: (settings) => (settings.password ? [settings.password] : []),
  restoreInto: 'database',
};
