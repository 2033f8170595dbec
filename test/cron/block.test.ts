import { expect } from 'chai';
import type { Config } from '../../lib/config/model.js';
import { renderBlock } from '../../lib/cron/block.js';

const config: Config = {
  file: '/srv/my configs/50% off.yaml',
  directory: '/srv/my configs',
  logDirectory: '/var/log/opsbackup',
  variables: [],
  timeouts: { inactivityMs: 1, totalMs: 1 },
  projects: [
    {
      name: 'shop',
      backups: [
        {
          project: 'shop',
          name: 'www',
          kind: 'files',
          intervals: ['0 3 * * *', '@hourly'],
          verify: false,
          targets: [],
          paths: [],
          optionalPaths: [],
          exclude: [],
        },
        {
          project: 'shop',
          name: 'db-1',
          kind: 'database',
          intervals: ['*/5  *  * * *'],
          verify: false,
          targets: [],
          database: {
            type: 'postgres',
            username: 'u',
            password: 'TOP-SECRET',
            host: 'h',
            port: 5432,
            name: 'd',
            format: 'custom',
          },
        },
      ],
    },
  ],
};

describe('renderBlock', () => {
  it('renders one line per (project, backup, interval) between the markers (golden)', () => {
    const lines = renderBlock({
      config,
      node: '/usr/bin/node',
      runBackup: '/opt/ops backup/bin/run-backup',
      logFile: '/var/log/opsbackup/cron.log',
    });
    const command = (project: string, backup: string) =>
      `umask 027; PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /usr/bin/node --max-semi-space-size=1 -- '/opt/ops backup/bin/run-backup' --config '/srv/my configs/50'\\%' off.yaml' ${project} ${backup} >> /var/log/opsbackup/cron.log 2>&1`;
    expect(lines).to.deep.equal([
      '# BEGIN opsbackup /srv/my configs/50% off.yaml (managed by sync-cron: edits inside this block are overwritten)',
      `0 3 * * * ${command('shop', 'www')}`,
      `@hourly ${command('shop', 'www')}`,
      `*/5 * * * * ${command('shop', 'db-1')}`,
      '# END opsbackup /srv/my configs/50% off.yaml',
    ]);
  });

  it('passes --env-file on when given, and never writes a secret', () => {
    const lines = renderBlock({
      config,
      node: '/n',
      runBackup: '/r',
      logFile: '/l',
      envFile: '/etc/ops.env',
    });
    expect(lines[1]).to.contain('--env-file /etc/ops.env shop www');
    expect(lines.join('\n')).not.to.contain('TOP-SECRET');
  });

  it('renders an empty block for a config without projects', () => {
    const lines = renderBlock({
      config: { ...config, projects: [] },
      node: '/n',
      runBackup: '/r',
      logFile: '/l',
    });
    expect(lines).to.have.length(2);
  });
});
