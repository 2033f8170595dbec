// Control characters in any string that can reach the crontab, a file name or a remote command are
// refused by the schema: exit 2 naming the file, line and key, never an internal error with a stack.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

interface Case {
  key: string;
  /** The config's text; `line` is where the bad value sits. */
  yaml: string;
  line: number;
  env?: Record<string, string>;
}

const backup = (extra: string, intervals = `['@daily']`, exclude = '[]') =>
  `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - FILE_BACKUP:\n          INTERVALS: ${intervals}\n          FILE_PATH: [/etc/hostname]\n          EXCLUDE: ${exclude}\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }]\n${extra}`;

const cases: Case[] = [
  {
    key: 'LOG_DIRECTORY',
    yaml: `LOG_DIRECTORY: "logs\\n* * * * * touch /tmp/pwned"\n${backup('')}`,
    line: 1,
  },
  { key: 'LOG_DIRECTORY', yaml: `LOG_DIRECTORY: "logs\\rx"\n${backup('')}`, line: 1 },
  { key: 'LOG_DIRECTORY', yaml: `LOG_DIRECTORY: \${LOGS}\n${backup('')}`, line: 1, env: { LOGS: 'a\nb' } },
  { key: 'WORK_DIRECTORY', yaml: `WORK_DIRECTORY: "/tmp/\\x01"\n${backup('')}`, line: 1 },
  { key: 'METRICS_FILE', yaml: `METRICS_FILE: "m\\x7f.prom"\n${backup('')}`, line: 1 },
  { key: 'INTERVALS[0]', yaml: backup('', `["@daily\\n* * * * * id"]`), line: 5 },
  { key: 'EXCLUDE[0]', yaml: backup('', undefined, `["a\\x1bb"]`), line: 7 },
  {
    key: 'KEY_PATH',
    yaml: backup(`          SSH: { USERNAME: u, IP_ADDRESS: 127.0.0.1, KEY_PATH: "k\\nx" }\n`),
    line: 9,
  },
];

describe('control characters in config strings', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  before(() => (temp = makeTempDir()));
  after(() => temp.remove());

  cases.forEach(({ key, yaml, line, env }, index) => {
    for (const command of ['sync-cron', 'run-backup'] as const) {
      it(`${command}: ${key} = ${JSON.stringify(yaml.split('\n')[line - 1]?.trim())} is exit 2 at line ${line}`, async () => {
        const file = join(temp.path, `config-${index}.yaml`);
        writeFileSync(file, yaml);
        const args =
          command === 'sync-cron'
            ? ['-c', file, '--dry-run', '--crontab-file', join(temp.path, 'crontab')]
            : ['-c', file, 'p', 'file-1'];
        const result = await runCli(command, args, {
          env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), ...env },
        });
        expect(result.status, result.stderr).to.equal(2);
        expect(result.stderr).not.to.match(/internal error|\n\s+at /);
        const place = new RegExp(
          `^${file}:${line}:\\d+: (\\S*\\.)?${key.replace(/[[\]]/g, '\\$&')}: .*control characters`,
          'm',
        );
        expect(result.stderr).to.match(place);
      });
    }
  });
});
