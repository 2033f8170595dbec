// What the server engines (PostgreSQL, MySQL) share in DB_INFO: where the server is and who connects.
import type { RawDbInfo } from '../config/generated/config-types.js';

export interface ServerConnection {
  username: string;
  /** Fed to the client on stdin, never in argv (each engine's argv.ts says how). */
  password?: string;
  host: string;
  port: number;
  /** The database. */
  name: string;
}

export const defaultHost = 'localhost';

/** DB_INFO's server keys with the engine's default port (the schema made USERNAME and NAME required). */
export function serverConnection(info: RawDbInfo, defaultPort: number): ServerConnection {
  return {
    username: info.USERNAME ?? '',
    ...(info.PASSWORD === undefined ? {} : { password: info.PASSWORD }),
    host: info.HOST ?? defaultHost,
    port: info.PORT ?? defaultPort,
    name: info.NAME ?? '',
  };
}

/** "shop at db1:5432 as app" */
export function describeConnection(connection: ServerConnection): string {
  return `${connection.name} at ${connection.host}:${connection.port} as ${connection.username}`;
}

export const noFileKeys = [
  { key: 'DB_INFO.PATH', why: 'PATH is for SQLITE (a database file); a server database is named by NAME' },
] as const;
