// PostgreSQL's DB_INFO: a server connection plus the backup's FORMAT (pg_dump custom or plain).
import { describeConnection, noFileKeys, serverConnection, type ServerConnection } from '../connection.js';
import type { DatabaseSpec } from '../spec.js';

export interface PostgresSettings extends ServerConnection {
  type: 'postgres';
  format: 'custom' | 'plain';
}

export const postgresDefaults = { port: 5432, format: 'custom' } as const;

export const postgresSpec: DatabaseSpec<PostgresSettings> = {
  type: 'postgres',
  configName: 'POSTGRES',
  title: 'PostgreSQL',
  settings: (info, fields) => ({
    type: 'postgres',
    ...serverConnection(info, postgresDefaults.port),
    format: fields.FORMAT ?? postgresDefaults.format,
  }),
  refused: noFileKeys,
  describe: (settings) =>
    `PostgreSQL database ${describeConnection(settings)}, pg_dump ${settings.format} format`,
  secrets: (settings) => (settings.password ? [settings.password] : []),
  restoreInto: 'database',
};
