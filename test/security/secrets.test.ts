// One full run with distinctive secret values everywhere they can be configured — the database password,
// the Azure client secret, the SMTP password, the webhook URL — then a search of everything the run
// leaves or sends, and of every process's command line sampled while it ran: zero hits.
import { expect } from 'chai';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { GraphEmulator } from '../helpers/graph/emulator.js';
import { makeCertificates } from '../helpers/graph/tls.js';
import { HttpReceiver } from '../helpers/http-receiver.js';
import { postgresBinDirectory, startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { requireCommand } from '../helpers/services.js';
import { TestSmtpServer } from '../helpers/smtp.js';
import { sampleCommandLines } from '../helpers/proc-sampler.js';
import { makeTempDir } from '../helpers/temp.js';

const secrets = {
  database: 'DbPw-7Xq9-zz81-secret',
  client: 'AzSecret-Qm4v-77-secret',
  smtp: 'SmtpPw-Kd2w-90-secret',
  hook: 'HookPath-Zr8c-55-secret',
};

/** Every file below `root`, recursively, with its mode. */
function filesBelow(root: string): { path: string; mode: number }[] {
  const out: { path: string; mode: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ path, mode: statSync(path).mode & 0o777 });
    }
  };
  walk(root);
  return out;
}

describe('secrets never leak', function () {
  this.timeout(180_000);
  let temp: ReturnType<typeof makeTempDir>;
  let postgres: PostgresServer;
  let emulator: GraphEmulator;
  let smtp: TestSmtpServer;
  let receiver: HttpReceiver;
  let caFile: string;

  before(async function () {
    requireCommand(this, 'pg_dump', 'the PostgreSQL client');
    if (!postgresBinDirectory()) {
      if (process.env.CI === 'true') throw new Error('the PostgreSQL server is missing; CI must provide it');
      this.skip();
    }
    temp = makeTempDir();
    postgres = await startPostgres();
    postgres.sql('postgres', `CREATE ROLE app LOGIN PASSWORD '${secrets.database}'`);
    postgres.sql('postgres', 'CREATE DATABASE shop OWNER app');
    postgres.sql(
      'shop',
      'SET ROLE app; CREATE TABLE t AS SELECT i, md5(i::text) AS v FROM generate_series(1, 200000) i',
    );
    const certificates = makeCertificates(temp.path);
    caFile = certificates.caFile;
    emulator = new GraphEmulator(certificates, { clientSecret: secrets.client });
    smtp = new TestSmtpServer({ user: 'mailer', password: secrets.smtp });
    receiver = new HttpReceiver();
    await Promise.all([emulator.start(), smtp.start(), receiver.start()]);
    writeFileSync(
      join(temp.path, '.env'),
      [
        `DB_PASSWORD=${secrets.database}`,
        `HOOK_URL=${receiver.url(`/hooks/${secrets.hook}`)}`,
        ...Object.entries({ ...emulator.clientEnv(certificates.caFile), ...smtp.env() })
          // Node reads NODE_EXTRA_CA_CERTS at start, from the real environment only.
          .filter(([key]) => key !== 'NODE_EXTRA_CA_CERTS')
          .map(([key, value]) => `${key}=${String(value)}`),
      ].join('\n'),
      { mode: 0o600 },
    );
  });
  after(async () => {
    await Promise.all([emulator?.stop(), smtp?.stop(), receiver?.stop()]);
    postgres?.stop();
    temp?.remove();
  });

  it('not in argv, the crontab, logs, manifests, history, metrics, notifications or the output', async () => {
    const config = join(temp.path, 'config.yaml');
    writeFileSync(
      config,
      `LOG_DIRECTORY: logs
WORK_DIRECTORY: work
METRICS_FILE: metrics.prom
NOTIFY:
  ON: always
  EMAIL: { TO: [ops@example.test] }
  WEBHOOK: { URL: '\${HOOK_URL}' }
PROJECTS:
  - NAME: shop
    BACKUPS:
      - DB_BACKUPS:
          NAME: db
          INTERVALS: ['@daily']
          VERIFY: true
          DB_INFO: { USERNAME: app, PASSWORD: '\${DB_PASSWORD}', HOST: 127.0.0.1, PORT: ${postgres.port}, NAME: shop }
          UPLOAD_TO:
            - { STORAGE_NAME: LOCAL, PATH: backups, RETENTION: { KEEP_LAST: 3 } }
            - { STORAGE_NAME: ONEDRIVE, PATH: Backups/shop, CHUNK_SIZE_KIB: 320 }
`,
    );
    chmodSync(config, 0o600);
    mkdirSync(join(temp.path, 'work'));
    const env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), NODE_EXTRA_CA_CERTS: caFile };
    const sync = await runCli('sync-cron', ['-c', config, '--crontab-file', join(temp.path, 'crontab')], {
      env,
    });
    expect(sync.status, sync.stderr).to.equal(0);

    const sampler = sampleCommandLines();
    const run = await runCli('run-backup', ['-c', config, '--json', 'shop', 'db'], { env });
    const { samples, lines } = await sampler.stop();
    expect(run.status, run.stdout + run.stderr).to.equal(0);
    expect(samples, 'the sampler ran').to.be.greaterThan(20);
    expect(
      [...lines].some((line) => line.includes('pg_dump') && line.includes('--dbname')),
      'pg_dump was seen running',
    ).to.equal(true);

    const places: [string, string][] = [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
      ['crontab', readFileSync(join(temp.path, 'crontab'), 'utf8')],
      ...[...lines].map((line): [string, string] => [`cmdline ${line.slice(0, 80)}`, line]),
      ...smtp.messages.map((mail, i): [string, string] => [`email ${i}`, mail.data]),
      ...receiver.requests.map((request, i): [string, string] => [`webhook ${i}`, request.body]),
      ...[...emulator.items.values()].map((item): [string, string] => [
        `drive ${item.name}`,
        item.content.toString('latin1'),
      ]),
    ];
    for (const root of ['logs', 'backups', 'state', 'work'])
      for (const { path } of filesBelow(join(temp.path, root)))
        places.push([path, readFileSync(path).toString('latin1')]);
    places.push(['metrics', readFileSync(join(temp.path, 'metrics.prom'), 'utf8')]);
    expect(smtp.messages, 'the email was sent').to.have.length(1);
    expect(receiver.requests, 'the webhook was called').to.have.length(1);
    expect(places.length).to.be.greaterThan(10);
    for (const [where, text] of places)
      for (const [name, secret] of Object.entries(secrets))
        expect(text.includes(secret), `the ${name} secret appears in ${where}`).to.equal(false);

    // Files that carry run details are private to the user (0600) or its group (0640).
    for (const root of ['logs', 'backups', 'state'])
      for (const { path, mode } of filesBelow(join(temp.path, root)))
        expect(mode & 0o007, `${path} is readable by others (${mode.toString(8)})`).to.equal(0);
    expect(readdirSync(join(temp.path, 'work')), 'the work directory is left empty').to.deep.equal([]);
  });
});
