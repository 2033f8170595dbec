// Webhooks and healthcheck pings never follow a redirect: a 3xx is a failed notification whose warning
// names the Location, the report goes nowhere else, and the backup's result is its own.
import { expect } from 'chai';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sendReport } from '../../lib/notify/notify.js';
import { pingHealthcheck, postWebhook } from '../../lib/notify/webhook.js';
import { runCli } from '../helpers/cli.js';
import { HttpReceiver } from '../helpers/http-receiver.js';
import { makeTempDir } from '../helpers/temp.js';

const report = { ok: false, title: 'shop/www failed', text: 'shop/www failed: disk full', fields: {} };

/** The message the promise rejects with, or `resolved`. */
function failureOf(promise: Promise<void>): Promise<string> {
  return promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('notifications and redirects', function () {
  this.timeout(60_000);
  let receiver: HttpReceiver;
  /** Where the redirects point: another origin that must never hear from us. */
  let elsewhere: HttpReceiver;

  before(async () => {
    receiver = new HttpReceiver();
    elsewhere = new HttpReceiver();
    await Promise.all([receiver.start(), elsewhere.start()]);
  });
  after(() => Promise.all([receiver.stop(), elsewhere.stop()]));
  beforeEach(() => {
    receiver.requests.length = 0;
    elsewhere.requests.length = 0;
  });

  for (const status of [301, 302, 303, 307, 308]) {
    it(`a webhook answering ${status} fails with the Location, and nothing reaches the target`, async () => {
      receiver.status = status;
      receiver.headers = { location: elsewhere.url('/collect') };
      const error = await failureOf(postWebhook(receiver.url('/hooks/T0/B0/secret'), 'full', report));
      expect(error).to.match(
        new RegExp(
          `answered HTTP ${status} .*redirect(s are not followed)?.* to ${elsewhere.url('/collect')}`,
        ),
      );
      expect(receiver.requests).to.have.length(1);
      expect(elsewhere.requests).to.deep.equal([]);
    });
  }

  it('a healthcheck ping answering 302 fails too; sendReport warns with the Location and reports no channel sent', async () => {
    receiver.status = 302;
    receiver.headers = { location: elsewhere.url('/ping') };
    expect(await failureOf(pingHealthcheck(receiver.url('/ping/uuid'), 'start', 'x'))).to.match(/HTTP 302/);
    const warnings: string[] = [];
    const sent = await sendReport(
      {
        on: 'always',
        webhook: { url: receiver.url('/hooks/x'), format: 'text' },
        healthcheck: { url: receiver.url('/ping/uuid') },
      },
      report,
      { env: {}, warn: (line) => warnings.push(line), mask: (text) => text },
    );
    expect(sent).to.deep.equal([]);
    expect(warnings).to.have.length(2);
    for (const warning of warnings) expect(warning).to.contain(`to ${elsewhere.url('/ping')}`);
    expect(elsewhere.requests).to.deep.equal([]);
  });

  it('run-backup succeeds and logs the refused redirect as a warning', async () => {
    const temp = makeTempDir();
    try {
      mkdirSync(join(temp.path, 'data'));
      writeFileSync(join(temp.path, 'data/a.txt'), 'a');
      const file = join(temp.path, 'config.yaml');
      writeFileSync(
        file,
        `NOTIFY: { ON: always, WEBHOOK: { URL: '${receiver.url('/hooks/T0/B0/secret')}' } }\nPROJECTS:\n  - NAME: shop\n    BACKUPS:\n      - FILE_BACKUP: { NAME: www, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }] }\n`,
      );
      receiver.status = 307;
      receiver.headers = { location: elsewhere.url('/stolen') };
      const result = await runCli('run-backup', ['-c', file, 'shop', 'www'], {
        env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state') },
      });
      expect(result.status, result.stdout + result.stderr).to.equal(0);
      expect(result.stdout).to.match(
        new RegExp(`warning: notification by webhook failed: .*HTTP 307 .* to ${elsewhere.url('/stolen')}`),
      );
      expect(elsewhere.requests).to.deep.equal([]);
    } finally {
      temp.remove();
    }
  });
});
