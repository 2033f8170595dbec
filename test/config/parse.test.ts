import { expect } from 'chai';
import { parseConfig, type ParseOptions } from '../../lib/config/parse.js';
import { ConfigError } from '../../lib/config/issues.js';
import { defaults, type DbBackup, type FileBackup } from '../../lib/config/model.js';
import { defaultHost } from '../../lib/databases/connection.js';
import { postgresDefaults, type PostgresSettings } from '../../lib/databases/postgres/settings.js';
import { loadSchema } from '../../lib/config/schema-file.js';

const base: ParseOptions = {
  file: '/etc/opsbackup/config.yaml',
  env: {},
  home: '/home/ops',
  fileExists: () => true,
};

function parse(text: string, options: Partial<ParseOptions> = {}) {
  return parseConfig(text, { ...base, ...options });
}

function issuesOf(text: string, options: Partial<ParseOptions> = {}) {
  try {
    parse(text, options);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

const mappingShape = `
PROJECTS:
  - NAME: shop
    BACKUPS:
      - FILE_BACKUP:
          INTERVALS: ["0 3 * * *"]
          FILE_PATH: [www, ~/notes, { PATH: /srv/data, OPTIONAL: true }]
          EXCLUDE: ["*.log"]
          UPLOAD_TO:
            - STORAGE_NAME: LOCAL
              PATH: backups
            - STORAGE_NAME: ONEDRIVE
              PATH: Backups/shop
      - DB_BACKUPS:
          NAME: orders
          INTERVALS: ["@daily", "30 12 * * mon-fri"]
          DB_INFO: { USERNAME: shop, PASSWORD: secret, NAME: shopdb }
          DOCKER: { CONTAINER_NAME: pg }
          SSH: { USERNAME: backup, IP_ADDRESS: 192.0.2.7, KEY_PATH: keys/id }
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: /srv/backups }]
`;

const listShape = `
PROJECTS:
  - NAME: shop
    BACKUPS:
      - FILE_BACKUP:
          - INTERVALS: ["0 3 * * *"]
          - FILE_PATH: [www, ~/notes, { PATH: /srv/data, OPTIONAL: true }]
          - EXCLUDE: ["*.log"]
          - UPLOAD_TO:
              - STORAGE_NAME: LOCAL
                PATH: backups
              - STORAGE_NAME: ONEDRIVE
                PATH: Backups/shop
      - DB_BACKUPS:
          - NAME: orders
          - INTERVALS: ["@daily", "30 12 * * mon-fri"]
          - DB_INFO: { USERNAME: shop, PASSWORD: secret, NAME: shopdb }
          - DOCKER: { CONTAINER_NAME: pg }
          - SSH: { USERNAME: backup, IP_ADDRESS: 192.0.2.7, KEY_PATH: keys/id }
          - UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: /srv/backups }]
`;

describe('parseConfig', () => {
  it('normalises the mapping shape into the typed model with defaults and absolute local paths', () => {
    const config = parse(mappingShape);
    expect(config.file).to.equal('/etc/opsbackup/config.yaml');
    expect(config.logDirectory).to.equal('/etc/opsbackup/logs');
    const [files, db] = config.projects[0]!.backups as [FileBackup, DbBackup];
    expect(files).to.deep.equal({
      project: 'shop',
      name: 'file-1',
      kind: 'files',
      intervals: ['0 3 * * *'],
      targets: [
        { storage: 'LOCAL', path: '/etc/opsbackup/backups' },
        { storage: 'ONEDRIVE', path: 'Backups/shop', chunkSize: 10_485_760 },
      ],
      paths: ['/etc/opsbackup/www', '/home/ops/notes', '/srv/data'],
      optionalPaths: ['/srv/data'],
      exclude: ['*.log'],
      verify: false,
    });
    expect(db).to.deep.equal({
      project: 'shop',
      name: 'orders',
      kind: 'database',
      intervals: ['@daily', '30 12 * * mon-fri'],
      targets: [{ storage: 'LOCAL', path: '/srv/backups' }],
      ssh: {
        username: 'backup',
        host: '192.0.2.7',
        port: 22,
        keyPath: '/etc/opsbackup/keys/id',
        strictHostKey: false,
      },
      database: {
        type: 'postgres',
        username: 'shop',
        password: 'secret',
        host: 'localhost',
        port: 5432,
        name: 'shopdb',
        format: 'custom',
      },
      docker: { container: 'pg' },
      verify: false,
    });
  });

  it("reads the original tool's list shape into exactly the same model", () => {
    expect(parse(listShape)).to.deep.equal(parse(mappingShape));
  });

  it('accepts an empty PROJECTS list', () => {
    expect(parse('PROJECTS: []\n').projects).to.deep.equal([]);
  });

  it('numbers default names by position among backups of the same kind, named or not', () => {
    const config = parse(`
PROJECTS:
  - NAME: p
    BACKUPS:
      - FILE_BACKUP: { NAME: first, INTERVALS: ["* * * * *"], FILE_PATH: [a], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: x }] }
      - DB_BACKUPS: { INTERVALS: ["* * * * *"], DB_INFO: { USERNAME: u, NAME: d }, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: x }] }
      - FILE_BACKUP: { INTERVALS: ["* * * * *"], FILE_PATH: [a], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: x }] }
`);
    expect(config.projects[0]!.backups.map((backup) => backup.name)).to.deep.equal([
      'first',
      'db-1',
      'file-2',
    ]);
  });

  it('keeps remote FILE_PATH entries as written when SSH is set', () => {
    const config = parse(`
PROJECTS:
  - NAME: p
    BACKUPS:
      - FILE_BACKUP: { SSH: { USERNAME: u, IP_ADDRESS: h }, INTERVALS: ["* * * * *"], FILE_PATH: [www, ~/x], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: x }] }
`);
    expect((config.projects[0]!.backups[0] as FileBackup).paths).to.deep.equal(['www', '~/x']);
  });

  it('substitutes ${VAR} from the environment and coerces a substituted port to a number', () => {
    const config = parse(
      `
PROJECTS:
  - NAME: p
    BACKUPS:
      - DB_BACKUPS: { INTERVALS: ["* * * * *"], DB_INFO: { USERNAME: u, NAME: d, PASSWORD: "\${PW}", PORT: "\${PGPORT}" }, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: "\${ROOT}/b" }] }
`,
      { env: { PW: 'p@ss word', PGPORT: '6543', ROOT: '/data' } },
    );
    const db = config.projects[0]!.backups[0] as DbBackup & { database: PostgresSettings };
    expect(db.database.password).to.equal('p@ss word');
    expect(db.database.port).to.equal(6543);
    expect(db.targets[0]!.path).to.equal('/data/b');
  });

  it('reports every problem at once, each with its line, column and key path', () => {
    const issues = issuesOf(`PROJECTS:
  - NAME: bad_name
    BACKUPS:
      - FILE_BACKUP:
          INTERVAL: ["* * * * *"]
          FILE_PATH: [a]
          UPLOAD_TO: [{ STORAGE_NAME: GLACIER, PATH: x }]
`);
    const summary = issues.map((issue) => `${issue.line}:${issue.column} ${issue.keyPath}: ${issue.message}`);
    expect(summary).to.deep.equal([
      '2:11 PROJECTS[0].NAME: "bad_name" is not a valid name',
      '4:9 PROJECTS[0].BACKUPS[0].FILE_BACKUP: missing required key INTERVALS',
      '5:11 PROJECTS[0].BACKUPS[0].FILE_BACKUP.INTERVAL: unknown key INTERVAL',
      '7:39 PROJECTS[0].BACKUPS[0].FILE_BACKUP.UPLOAD_TO[0].STORAGE_NAME: "GLACIER" is not allowed: use one of LOCAL, ONEDRIVE, S3, RCLONE, SFTP',
    ]);
    expect(issues[2]!.hint).to.equal('did you mean INTERVALS?');
  });

  it('applies the defaults that the schema documents', () => {
    const schema = loadSchema() as {
      $defs: Record<string, { properties: Record<string, { default?: unknown }> }>;
      properties: Record<string, { default?: unknown }>;
    };
    expect(schema.properties.LOG_DIRECTORY!.default).to.equal(defaults.logDirectory);
    expect(schema.$defs.ssh!.properties.PORT!.default).to.equal(defaults.sshPort);
    expect(schema.$defs.dbInfo!.properties.HOST!.default).to.equal(defaultHost);
    expect(schema.$defs.target!.properties.PART_SIZE_MIB!.default).to.equal(defaults.s3PartSizeMib);
    expect(schema.$defs.dbInfo!.properties.TYPE!.default).to.equal('POSTGRES');
    expect(schema.$defs.dbBackupFields!.properties.FORMAT!.default).to.equal(postgresDefaults.format);
    const timeouts = (
      schema.properties.TIMEOUTS as unknown as { properties: Record<string, { default: unknown }> }
    ).properties;
    expect(timeouts.INACTIVITY_SECONDS!.default).to.equal(defaults.inactivitySeconds);
    expect(timeouts.TOTAL_MINUTES!.default).to.equal(defaults.totalMinutes);
    expect(parse('PROJECTS: []\n').timeouts).to.deep.equal({ inactivityMs: 600_000, totalMs: 21_600_000 });
  });

  it('checks that KEY_PATH exists', () => {
    const issues = issuesOf(
      `PROJECTS:
  - NAME: p
    BACKUPS:
      - FILE_BACKUP: { SSH: { USERNAME: u, IP_ADDRESS: h, KEY_PATH: /nope/id }, INTERVALS: ["* * * * *"], FILE_PATH: [a], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: x }] }
`,
      { fileExists: () => false },
    );
    expect(issues.map((issue) => issue.message)).to.deep.equal(['the key file /nope/id does not exist']);
    expect(issues[0]!.keyPath).to.equal('PROJECTS[0].BACKUPS[0].FILE_BACKUP.SSH.KEY_PATH');
  });

  it("reads an SFTP target: its SSH like a backup's, its PATH from the login directory", () => {
    const config = parse(`PROJECTS:
  - NAME: p
    BACKUPS:
      - FILE_BACKUP:
          - INTERVALS: ["@daily"]
          - FILE_PATH: [a]
          - UPLOAD_TO:
              - { STORAGE_NAME: SFTP, PATH: ~/backups/, SSH: { USERNAME: b, IP_ADDRESS: 192.0.2.9, KEY_PATH: keys/id, KEY_PASSPHRASE: s3cret } }
              - { STORAGE_NAME: SFTP, PATH: /srv/backups, SSH: { USERNAME: b, IP_ADDRESS: nas, PORT: 2222, HOST_KEY: 'SHA256:${'A'.repeat(43)}', STRICT_HOST_KEY: true } }
`);
    expect(config.projects[0]!.backups[0]!.targets).to.deep.equal([
      {
        storage: 'SFTP',
        path: 'backups',
        ssh: {
          username: 'b',
          host: '192.0.2.9',
          port: 22,
          keyPath: '/etc/opsbackup/keys/id',
          keyPassphrase: 's3cret',
          strictHostKey: false,
        },
      },
      {
        storage: 'SFTP',
        path: '/srv/backups',
        ssh: {
          username: 'b',
          host: 'nas',
          port: 2222,
          hostKey: `SHA256:${'A'.repeat(43)}`,
          strictHostKey: true,
        },
      },
    ]);
  });

  it('wants SSH on an SFTP target and refuses it on the others, checking its KEY_PATH', () => {
    const issues = issuesOf(
      `PROJECTS:
  - NAME: p
    BACKUPS:
      - FILE_BACKUP:
          INTERVALS: ["@daily"]
          FILE_PATH: [a]
          UPLOAD_TO:
            - { STORAGE_NAME: SFTP, PATH: b }
            - { STORAGE_NAME: LOCAL, PATH: c, SSH: { USERNAME: u, IP_ADDRESS: h } }
            - { STORAGE_NAME: SFTP, PATH: d, SSH: { USERNAME: u, IP_ADDRESS: h, KEY_PATH: /nope/key } }
`,
      { fileExists: () => false },
    );
    expect(issues.map((issue) => [issue.keyPath, issue.message])).to.deep.equal([
      ['PROJECTS[0].BACKUPS[0].FILE_BACKUP.UPLOAD_TO[0]', 'missing required key SSH'],
    ]);
    const semantic = issuesOf(
      `PROJECTS:
  - NAME: p
    BACKUPS:
      - FILE_BACKUP:
          INTERVALS: ["@daily"]
          FILE_PATH: [a]
          UPLOAD_TO:
            - { STORAGE_NAME: LOCAL, PATH: c, SSH: { USERNAME: u, IP_ADDRESS: h } }
            - { STORAGE_NAME: SFTP, PATH: d, SSH: { USERNAME: u, IP_ADDRESS: h, KEY_PATH: /nope/key } }
`,
      { fileExists: () => false },
    );
    expect(semantic.map((issue) => [issue.keyPath, issue.message])).to.deep.equal([
      ['PROJECTS[0].BACKUPS[0].FILE_BACKUP.UPLOAD_TO[0].SSH', 'SSH does not apply to STORAGE_NAME: LOCAL'],
      [
        'PROJECTS[0].BACKUPS[0].FILE_BACKUP.UPLOAD_TO[1].SSH.KEY_PATH',
        'the key file /nope/key does not exist',
      ],
    ]);
  });
});
