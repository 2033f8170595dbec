// sync-cron reports a rejected config through the last accepted config's NOTIFY, once per distinct error.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { HttpReceiver } from '../helpers/http-receiver.js';
import { makeTempDir } from '../helpers/temp.js';

describe('sync-cron: reporting a rejected config', function () {
  this.timeout(60_000);
  let temp: ReturnType<typeof makeTempDir>;
  let receiver: HttpReceiver;
  let config: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    temp = makeTempDir();
    receiver = new HttpReceiver();
    await receiver.start();
    config = join(temp.path, 'config.yaml');
    env = { OPSBACKUP_STATE_DIR: join(temp.path, 'state') };
  });
  afterEach(async () => {
    await receiver.stop();
    temp.remove();
  });

  function write(interval: string): void {
    writeFileSync(
      config,
      `NOTIFY: { WEBHOOK: { URL: '${receiver.url('/hook/secret-path')}' } }
PROJECTS:
  - NAME: shop
    BACKUPS:
      - FILE_BACKUP: { NAME: www, INTERVALS: ['${interval}'], FILE_PATH: [data], UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: out }] }
`,
    );
  }
  const sync = () =>
    runCli('sync-cron', ['-c', config, '--crontab-file', join(temp.path, 'crontab')], { env });
  const hooks = () => receiver.requests.map((request) => JSON.parse(request.body) as Record<string, string>);

  it('notifies once per distinct error, again after a fix, and never changes the exit code', async () => {
    write('@daily');
    expect((await sync()).status).to.equal(0);
    expect(hooks()).to.have.length(0);

    write('61 * * * *');
    const rejected = await sync();
    expect(rejected.status).to.equal(2);
    expect(rejected.stderr).to.match(/reported the rejected config by webhook/);
    expect(hooks()).to.have.length(1);
    expect(hooks()[0]).to.include({ event: 'config-rejected', config, result: 'failed' });
    expect(hooks()[0]?.text).to.match(/config\.yaml:5:\d+.*INTERVALS/);
    expect(rejected.stderr).to.not.contain('secret-path');

    expect((await sync()).status).to.equal(2);
    expect(hooks(), 'the same error a minute later is not news').to.have.length(1);

    write('* * * * 8');
    expect((await sync()).status).to.equal(2);
    expect(hooks()).to.have.length(2);

    write('@daily');
    expect((await sync()).status).to.equal(0);
    write('* * * * 8');
    expect((await sync()).status).to.equal(2);
    expect(hooks(), 'after a fix the same error is news again').to.have.length(3);
  });

  it('stays quiet when no accepted config ever named a NOTIFY', async () => {
    write('61 * * * *');
    expect((await sync()).status).to.equal(2);
    expect(receiver.requests).to.have.length(0);
  });
});
