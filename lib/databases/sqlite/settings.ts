// SQLite's DB_INFO: only the database file's PATH. A SQLite file has no server, users or passwords.
import type { DatabaseSpec } from '../spec.js';

export interface SqliteSettings {
  type: 'sqlite';
  /** On this host: absolute. On the SSH host or in the container: as written. */
  path: string;
}

const noServer = 'a SQLite database is a file: give its PATH only';

export const sqliteSpec: DatabaseSpec<SqliteSettings> = {
  type: 'sqlite',
  configName: 'SQLITE',
  title: 'SQLite',
  settings: (info, _fields, context) => {
    const written = info.PATH ?? '';
    return { type: 'sqlite', path: context.elsewhere ? written : context.local(written) };
  },
  refused: [
    ...['USERNAME', 'PASSWORD', 'HOST', 'PORT', 'NAME'].map((key) => ({
      key: `DB_INFO.${key}`,
      why: `${key} is not used by SQLITE: ${noServer}`,
    })),
    { key: 'FORMAT', why: 'FORMAT is pg_dump’s; a SQLITE backup is a consistent copy of the database file' },
  ],
  describe: (settings) => `SQLite database ${settings.path}, copied with sqlite3's VACUUM INTO`,
  secrets: () => [],
  restoreInto: 'file',
};
