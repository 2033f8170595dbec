// Config errors never show a secret: webhook and healthcheck URLs, passwords and the environment's
// secrets are hidden in every message, whether the bad value is the secret, holds it, or sits next to it.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../../lib/config/issues.js';
import { parseConfig } from '../../lib/config/parse.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

const secret = 'T0PSECRET-c4f1e8';
const hook = `https://hooks.example/services/${secret}`;

const withNotify = (notify: string, password = "'${DB_PW}'") =>
  `NOTIFY:\n${notify}\nPROJECTS:\n  - NAME: p\n    BACKUPS:\n      - DB_BACKUPS:\n          INTERVALS: ['@daily']\n          DB_INFO: { USERNAME: u, NAME: d, PASSWORD: ${password} }\n          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }]\n`;

const env = { HOOK: hook, HC: `ftp://hc.example/${secret}`, DB_PW: secret, SMTP_PASSWORD: secret };

const cases: { name: string; yaml: string; expect: RegExp }[] = [
  {
    name: 'a control character inside a webhook URL',
    yaml: withNotify(`  WEBHOOK: { URL: "${hook}\\x01" }`),
    expect: /WEBHOOK\.URL: .*hidden.* is not an http/,
  },
  {
    name: 'a webhook URL without its scheme',
    yaml: withNotify(`  WEBHOOK: { URL: "hooks.example/services/${secret}" }`),
    expect: /WEBHOOK\.URL: /,
  },
  {
    name: 'a webhook written as a bare URL instead of a mapping',
    yaml: withNotify(`  WEBHOOK: ${hook}`),
    expect: /WEBHOOK: must be a mapping, found a string \(hidden/,
  },
  {
    name: 'a healthcheck written as a list of URLs',
    yaml: withNotify(`  HEALTHCHECK: ["${hook}"]`),
    expect: /HEALTHCHECK: must be a mapping, found a list/,
  },
  {
    name: 'a healthcheck URL from a variable with the wrong scheme',
    yaml: withNotify('  HEALTHCHECK: { URL: "${HC}" }'),
    expect: /HEALTHCHECK\.URL: /,
  },
  {
    name: 'an invalid FORMAT next to the webhook URL, holding it',
    yaml: withNotify('  WEBHOOK: { URL: "${HOOK}", FORMAT: "${HOOK}" }'),
    expect: /FORMAT: .* is not allowed: use one of full, text/,
  },
  {
    name: 'an invalid ON holding the SMTP password from the environment',
    yaml: withNotify('  ON: "${SMTP_PASSWORD}"\n  EMAIL: { TO: [ops@example.com] }'),
    expect: /ON: .* is not allowed: use one of failure, always/,
  },
  {
    name: 'a database name holding the database password, with a control character',
    yaml: withNotify('  ON: always\n  EMAIL: { TO: [ops@example.com] }').replace(
      'NAME: d,',
      'NAME: "${DB_PW}\\x02",',
    ),
    expect: /DB_INFO\.NAME: must not contain control characters/,
  },
  {
    name: 'an SSH key passphrase with a carriage return, next to a bad port',
    yaml: withNotify('  ON: always\n  EMAIL: { TO: [ops@example.com] }', 'plain-pw').replace(
      '          UPLOAD_TO:',
      '          SSH: { USERNAME: u, IP_ADDRESS: h, PORT: "${DB_PW}", KEY_PATH: /k, KEY_PASSPHRASE: "${DB_PW}\\r" }\n          UPLOAD_TO:',
    ),
    expect: /SSH\.PORT: must be a whole number, found the string[^]*KEY_PASSPHRASE: must be a single line/,
  },
  {
    name: 'a password given as a list',
    yaml: withNotify('  ON: always\n  EMAIL: { TO: [ops@example.com] }', `[${secret}]`),
    expect: /PASSWORD: must be a string, found a list/,
  },
];

function messageOf(yaml: string): string {
  try {
    parseConfig(yaml, { file: '/etc/opsbackup/config.yaml', env, home: '/root', fileExists: () => true });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the config was accepted');
}

describe('secrets in config errors', function () {
  this.timeout(30_000);

  for (const { name, yaml, expect: expected } of cases) {
    it(`hides the secret: ${name}`, () => {
      const message = messageOf(yaml);
      expect(message).to.match(expected);
      expect(message, message).not.to.contain(secret);
    });
  }

  it('sync-cron and run-backup print the place of a bad webhook URL without the URL', async () => {
    const temp = makeTempDir();
    try {
      const file = join(temp.path, 'config.yaml');
      writeFileSync(file, withNotify(`  WEBHOOK: { URL: "${hook}\\u007f", FORMAT: fancy }`), { mode: 0o600 });
      const runs = [
        await runCli('sync-cron', ['-c', file, '--dry-run', '--crontab-file', join(temp.path, 'ct')], {
          env: { ...env, OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
        }),
        await runCli('run-backup', ['-c', file, 'p', 'db-1'], {
          env: { ...env, OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
        }),
      ];
      for (const run of runs) {
        expect(run.status, run.stderr).to.equal(2);
        expect(run.stderr).to.match(new RegExp(`^${file}:2:\\d+: NOTIFY\\.WEBHOOK\\.URL: `, 'm'));
        expect(run.stderr).to.contain('"fancy" is not allowed');
        expect(run.stdout + run.stderr).not.to.contain(secret);
      }
    } finally {
      temp.remove();
    }
  });
});
