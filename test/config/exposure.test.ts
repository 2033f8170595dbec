// Warnings for a config or .env that holds secrets and that other users can read.
import { expect } from 'chai';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exposureWarnings } from '../../lib/config/exposure.js';
import { readConfigSources } from '../../lib/config/sources.js';
import { runCli } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/temp.js';

describe('config exposure warnings', () => {
  let temp: ReturnType<typeof makeTempDir>;
  beforeEach(() => {
    temp = makeTempDir();
    mkdirSync(join(temp.path, 'data'));
  });
  afterEach(() => temp.remove());

  const backup = (info: string) =>
    `PROJECTS:\n  - NAME: p\n    BACKUPS:\n      - DB_BACKUPS: { NAME: db, INTERVALS: ['@daily'], DB_INFO: ${info}, UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: b }] }\n`;

  function warnings(config: string, configMode: number, env?: { text: string; mode: number }): string[] {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(file, config);
    chmodSync(file, configMode);
    if (env) {
      writeFileSync(join(temp.path, '.env'), env.text);
      chmodSync(join(temp.path, '.env'), env.mode);
    }
    return exposureWarnings(readConfigSources(file, undefined, {}));
  }

  it('warns about a readable config with a password in clear, naming the file, the mode and the fix', () => {
    const [warning, ...rest] = warnings(backup('{ USERNAME: u, PASSWORD: hunter2, NAME: d }'), 0o644);
    expect(rest).to.deep.equal([]);
    expect(warning).to.equal(
      `${join(temp.path, 'config.yaml')} holds a password or webhook URL written in clear and is readable by its group and every user (mode 0644): chmod 600 ${join(temp.path, 'config.yaml')}; or move the value to .env as \${NAME}`,
    );
  });

  it('is quiet for 0600 files, for ${VARIABLE} references and for commented-out examples', () => {
    expect(warnings(backup('{ USERNAME: u, PASSWORD: hunter2, NAME: d }'), 0o600)).to.deep.equal([]);
    expect(warnings(backup("{ USERNAME: u, PASSWORD: '${DB_PW}', NAME: d }"), 0o644)).to.deep.equal([]);
    expect(warnings(`# PASSWORD: example\n${backup('{ USERNAME: u, NAME: d }')}`, 0o644)).to.deep.equal([]);
  });

  it('warns about a .env readable by its group, and not about an empty one', () => {
    const config = backup("{ USERNAME: u, PASSWORD: '${DB_PW}', NAME: d }");
    expect(warnings(config, 0o644, { text: 'DB_PW=x\n', mode: 0o640 })).to.deep.equal([
      `${join(temp.path, '.env')} holds secrets and is readable by its group (mode 0640): chmod 600 ${join(temp.path, '.env')}`,
    ]);
    expect(warnings(config, 0o644, { text: '# nothing yet\n', mode: 0o644 })).to.deep.equal([]);
  });

  it('run-backup says it on stderr and goes on', async () => {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(file, backup('{ USERNAME: u, PASSWORD: hunter2, NAME: d }'));
    chmodSync(file, 0o604);
    const result = await runCli('run-backup', ['-c', file, '--list']);
    expect(result.status).to.equal(0);
    expect(result.stderr).to.match(
      /run-backup: warning: .*config\.yaml holds a password .* readable by every user \(mode 0604\)/,
    );
    expect(result.stderr).to.not.contain('hunter2');
  });
});
