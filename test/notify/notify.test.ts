// Notifications from run-backup: a real SMTP server (smtp-server) and an HTTP receiver on loopback.
import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeCertificates, type TestCertificates } from '../helpers/graph/tls.js';
import { HttpReceiver } from '../helpers/http-receiver.js';
import { TestSmtpServer } from '../helpers/smtp.js';
import { makeTempDir } from '../helpers/temp.js';

describe('run-backup: notifications', function () {
  this.timeout(60_000);
  const secrets = { db: 'db-pass-77aa31', smtp: 'smtp-pass-5e1d09' };
  let temp: ReturnType<typeof makeTempDir>;
  let smtp: TestSmtpServer;
  let receiver: HttpReceiver;

  beforeEach(async () => {
    temp = makeTempDir();
    mkdirSync(join(temp.path, 'data'));
    writeFileSync(join(temp.path, 'data/a.txt'), 'a');
    smtp = new TestSmtpServer({ user: 'mailer', password: secrets.smtp });
    receiver = new HttpReceiver();
    await Promise.all([smtp.start(), receiver.start()]);
  });
  afterEach(async () => {
    await Promise.all([smtp.stop(), receiver.stop()]);
    temp.remove();
  });

  function config(notify: string, projectNotify = ''): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `NOTIFY:
${notify}
PROJECTS:
  - NAME: shop
${projectNotify}
    BACKUPS:
      - FILE_BACKUP: { NAME: www, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }] }
      - DB_BACKUPS:
          NAME: db
          INTERVALS: ['@daily']
          DB_INFO: { USERNAME: shop, PASSWORD: '\${DB_PASSWORD}', NAME: shopdb, HOST: 127.0.0.1, PORT: 9 }
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }]
`,
    );
    return file;
  }

  const allChannels = () => `  EMAIL: { TO: [ops@example.test, dba@example.test] }
  WEBHOOK: { URL: '${receiver.url('/hooks/T000/B000/XXXX')}' }
  HEALTHCHECK: { URL: '${receiver.url('/ping/1234-abcd')}' }`;

  const env = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    OPSBACKUP_STATE_DIR: join(temp.path, 'state'),
    DB_PASSWORD: secrets.db,
    ...smtp.env(),
    ...extra,
  });

  it('a failed backup emails, posts the webhook and pings /start then /fail, with the error and no secret', async () => {
    const result = await runCli('run-backup', ['-c', config(allChannels()), 'shop', 'db'], { env: env() });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.match(
      /notified: email to ops@example\.test, dba@example\.test, webhook, healthcheck/,
    );

    expect(smtp.messages).to.have.length(1);
    const mail = smtp.messages[0]!;
    expect(mail.to).to.deep.equal(['ops@example.test', 'dba@example.test']);
    expect(mail.from).to.equal('backups@example.test');
    expect(mail.user).to.equal('mailer');
    expect(mail.data).to.match(/^Subject: \[opsbackup\] FAILED: shop\/db on /m);
    expect(mail.data).to.match(/Error: .*pg_dump/);
    expect(mail.data).to.match(/LOCAL .*out: |Started /);

    const webhook = receiver.requests.find((request) => request.path.startsWith('/hooks/'));
    expect(webhook?.headers['content-type']).to.equal('application/json');
    const payload = JSON.parse(webhook?.body ?? '{}') as Record<string, unknown>;
    expect(payload).to.include({ project: 'shop', backup: 'db', result: 'failed' });
    expect(payload.text)
      .to.be.a('string')
      .and.match(/shop\/db on .*FAILED/);
    expect(payload.error).to.match(/pg_dump/);

    const pings = receiver.requests.filter((request) => request.path.startsWith('/ping/')).map((r) => r.path);
    expect(pings).to.deep.equal(['/ping/1234-abcd/start', '/ping/1234-abcd/fail']);

    for (const text of [mail.data, ...receiver.requests.map((r) => r.body), result.stdout, result.stderr]) {
      expect(text).to.not.contain(secrets.db);
      expect(text).to.not.contain(secrets.smtp);
    }
    // The webhook's URL is a credential: never in the output.
    expect(result.stdout + result.stderr).to.not.contain('/hooks/T000');
  });

  it('ON: failure stays quiet on success but still pings the healthcheck; ON: always reports it', async () => {
    const quiet = await runCli('run-backup', ['-c', config(allChannels()), 'shop', 'www'], { env: env() });
    expect(quiet.status, quiet.stderr).to.equal(0);
    expect(smtp.messages).to.have.length(0);
    expect(receiver.requests.map((r) => r.path)).to.deep.equal(['/ping/1234-abcd/start', '/ping/1234-abcd']);

    const loud = await runCli('run-backup', ['-c', config(`  ON: always\n${allChannels()}`), 'shop', 'www'], {
      env: env(),
    });
    expect(loud.status, loud.stderr).to.equal(0);
    expect(smtp.messages).to.have.length(1);
    expect(smtp.messages[0]?.data).to.match(/^Subject: \[opsbackup\] ok: shop\/www on /m);
    expect(smtp.messages[0]?.data).to.match(/Targets:/);
  });

  it("a project's NOTIFY replaces the top-level one", async () => {
    const file = config(
      allChannels(),
      `    NOTIFY: { WEBHOOK: { URL: '${receiver.url('/project-hook')}', FORMAT: text } }`,
    );
    const result = await runCli('run-backup', ['-c', file, 'shop', 'db'], { env: env() });
    expect(result.status).to.equal(1);
    expect(smtp.messages).to.have.length(0);
    expect(receiver.requests.map((r) => r.path)).to.deep.equal(['/project-hook']);
    expect(Object.keys(JSON.parse(receiver.requests[0]?.body ?? '{}') as object)).to.deep.equal(['text']);
  });

  it('channels that fail are warnings: the exit code stays the backup’s own', async () => {
    receiver.status = 500;
    await smtp.stop();
    const result = await runCli('run-backup', ['-c', config(allChannels()), 'shop', 'www'], {
      env: env({ SMTP_TLS: 'none' }),
    });
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(
      /warning: notification by healthcheck failed: 127\.0\.0\.1:\d+ answered HTTP 500/,
    );

    const failing = await runCli('run-backup', ['-c', config(allChannels()), 'shop', 'db'], { env: env() });
    expect(failing.status).to.equal(1);
    expect(failing.stdout).to.match(/warning: notification by email to .* failed: .*(ECONNREFUSED|connect)/i);
    expect(failing.stdout).to.match(
      /warning: notification by webhook failed: 127\.0\.0\.1:\d+ answered HTTP 500/,
    );
  });

  it('names missing SMTP settings instead of failing silently', async () => {
    const result = await runCli('run-backup', ['-c', config(allChannels()), 'shop', 'db'], {
      env: env({ SMTP_HOST: '', SMTP_FROM: '' }),
    });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.match(/notification by email .* failed: SMTP_HOST and SMTP_FROM are not set/);
  });

  describe('over STARTTLS', () => {
    let certificates: TestCertificates;
    let secure: TestSmtpServer;
    beforeEach(async () => {
      certificates = makeCertificates(temp.path);
      secure = new TestSmtpServer({ user: 'mailer', password: secrets.smtp, certificates });
      await secure.start();
    });
    afterEach(() => secure.stop());

    it('upgrades the connection and verifies the server against the CA it is given', async () => {
      const file = config(`  EMAIL: { TO: [ops@example.test] }`);
      const trusted = await runCli('run-backup', ['-c', file, 'shop', 'db'], {
        env: { ...env(), ...secure.env(), NODE_EXTRA_CA_CERTS: certificates.caFile },
      });
      expect(trusted.status).to.equal(1);
      expect(secure.messages).to.have.length(1);
      expect(secure.messages[0]?.secure).to.equal(true);

      const untrusted = await runCli('run-backup', ['-c', file, 'shop', 'db'], {
        env: { ...env(), ...secure.env() },
      });
      expect(untrusted.stdout).to.match(/notification by email .* failed: .*(certificate|self.signed)/i);
      expect(secure.messages).to.have.length(1);
    });
  });
});
