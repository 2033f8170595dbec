// DB_INFO by TYPE: each engine's settings and defaults, and the keys an engine does not take refused at
// their own line with the engine's reason.
import { expect } from 'chai';
import { ConfigError } from '../../lib/config/issues.js';
import type { DbBackup } from '../../lib/config/model.js';
import { parseConfig } from '../../lib/config/parse.js';

const options = { file: '/etc/opsbackup/config.yaml', env: {}, home: '/home/ops', fileExists: () => true };

function dbConfig(info: string, extra = '', shape: 'mapping' | 'list' = 'mapping'): string {
  if (shape === 'list')
    return `PROJECTS:
  - NAME: p
    BACKUPS:
      - DB_BACKUPS:
          - INTERVALS: ["@daily"]
          - DB_INFO: ${info}
          - UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }]
${extra ? `          - ${extra}\n` : ''}`;
  return `PROJECTS:
  - NAME: p
    BACKUPS:
      - DB_BACKUPS:
          INTERVALS: ["@daily"]
          DB_INFO: ${info}
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }]
${extra ? `          ${extra}\n` : ''}`;
}

const database = (text: string) => (parseConfig(text, options).projects[0]!.backups[0] as DbBackup).database;

function issues(text: string): string[] {
  try {
    parseConfig(text, options);
  } catch (error) {
    if (error instanceof ConfigError)
      return error.issues.map(
        (issue) => `${issue.line} ${issue.keyPath}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`,
      );
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

describe('config: DB_INFO by TYPE', () => {
  it('is POSTGRES when TYPE is not given, as every existing config', () => {
    expect(database(dbConfig('{ USERNAME: u, NAME: d }'))).to.deep.equal({
      type: 'postgres',
      username: 'u',
      host: 'localhost',
      port: 5432,
      name: 'd',
      format: 'custom',
    });
  });

  it('MYSQL defaults to port 3306 on localhost', () => {
    expect(database(dbConfig('{ TYPE: MYSQL, USERNAME: u, PASSWORD: pw, NAME: d }'))).to.deep.equal({
      type: 'mysql',
      username: 'u',
      password: 'pw',
      host: 'localhost',
      port: 3306,
      name: 'd',
    });
  });

  it('SQLITE takes a PATH: relative to the config file here, as written over SSH or in a container', () => {
    expect(database(dbConfig('{ TYPE: SQLITE, PATH: data/app.db }'))).to.deep.equal({
      type: 'sqlite',
      path: '/etc/opsbackup/data/app.db',
    });
    expect(database(dbConfig('{ TYPE: SQLITE, PATH: ~/app.db }'))).to.deep.include({
      path: '/home/ops/app.db',
    });
    expect(
      database(dbConfig('{ TYPE: SQLITE, PATH: data/app.db }', 'DOCKER: { CONTAINER_NAME: app }')),
    ).to.deep.equal({
      type: 'sqlite',
      path: 'data/app.db',
    });
    expect(
      database(dbConfig('{ TYPE: SQLITE, PATH: app.db }', 'SSH: { USERNAME: b, IP_ADDRESS: 192.0.2.1 }')),
    ).to.deep.equal({ type: 'sqlite', path: 'app.db' });
  });

  it('names the keys each TYPE needs', () => {
    expect(issues(dbConfig('{ TYPE: SQLITE }'))).to.deep.equal([
      '6 PROJECTS[0].BACKUPS[0].DB_BACKUPS.DB_INFO: missing required key PATH',
    ]);
    expect(issues(dbConfig('{ TYPE: MYSQL, NAME: d }'))).to.deep.equal([
      '6 PROJECTS[0].BACKUPS[0].DB_BACKUPS.DB_INFO: missing required key USERNAME',
    ]);
    expect(issues(dbConfig('{ TYPE: ORACLE, USERNAME: u, NAME: d }'))[0]).to.match(
      /DB_INFO\.TYPE: "ORACLE" is not allowed: use one of POSTGRES, MYSQL, SQLITE/,
    );
  });

  it('refuses the keys a TYPE does not take, at their line, in both shapes', () => {
    for (const shape of ['mapping', 'list'] as const) {
      const at = shape === 'list' ? '[1]' : '';
      expect(
        issues(dbConfig('{ TYPE: SQLITE, PATH: a.db, PASSWORD: secret-value }', 'FORMAT: plain', shape)),
      ).to.deep.equal([
        `6 PROJECTS[0].BACKUPS[0].DB_BACKUPS${at}.DB_INFO.PASSWORD: PASSWORD does not apply to TYPE: SQLITE (PASSWORD is not used by SQLITE: a SQLite database is a file: give its PATH only)`,
        `8 PROJECTS[0].BACKUPS[0].DB_BACKUPS${shape === 'list' ? '[3]' : ''}.FORMAT: FORMAT does not apply to TYPE: SQLITE (FORMAT is pg_dump’s; a SQLITE backup is a consistent copy of the database file)`,
      ]);
    }
    expect(issues(dbConfig('{ TYPE: MYSQL, USERNAME: u, NAME: d, PATH: x }'))).to.deep.equal([
      '6 PROJECTS[0].BACKUPS[0].DB_BACKUPS.DB_INFO.PATH: PATH does not apply to TYPE: MYSQL (PATH is for SQLITE (a database file); a server database is named by NAME)',
    ]);
    expect(issues(dbConfig('{ USERNAME: u, NAME: d, PATH: x }'))[0]).to.contain(
      'PATH does not apply to TYPE: POSTGRES',
    );
  });

  it('never quotes a refused PASSWORD', () => {
    expect(
      issues(dbConfig('{ TYPE: SQLITE, PATH: a.db, PASSWORD: secret-value }')).join('\n'),
    ).not.to.contain('secret-value');
  });
});
