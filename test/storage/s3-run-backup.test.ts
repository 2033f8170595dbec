// The S3 target end to end: run-backup as a user runs it, against s3rver on loopback (ENDPOINT, path
// style), then --verify, --restore, RETENTION and --check-targets through the same seam. The secret key
// must appear nowhere: not in output, logs, run history, manifests or anything stored in the bucket.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, type CliResult } from '../helpers/cli.js';
import { freePort } from '../helpers/postgres.js';
import { S3Server, s3rverAccessKeyId } from '../helpers/s3rver.js';
import { makeTempDir } from '../helpers/temp.js';

const bucket = 'opsbackup-e2e';
const secret = 'e2e-secret-Zt8wQ3mV6yB1';
const credentials = { AWS_ACCESS_KEY_ID: s3rverAccessKeyId, AWS_SECRET_ACCESS_KEY: secret };

describe('run-backup to S3 (s3rver on loopback)', function () {
  this.timeout(120_000);
  const server = new S3Server();
  let temp: ReturnType<typeof makeTempDir>;
  const outputs: string[] = [];

  before(async () => {
    await server.start();
    await server.createBucket(bucket);
  });
  after(() => server.stop());
  beforeEach(() => {
    temp = makeTempDir();
    mkdirSync(join(temp.path, 'data'));
  });
  afterEach(() => temp.remove());

  const s3Target = (path: string, extra = '') =>
    `{ STORAGE_NAME: S3, BUCKET: ${bucket}, PATH: ${path}, REGION: us-east-1, ENDPOINT: '${server.endpoint}', FORCE_PATH_STYLE: true${extra} }`;

  function config(targets: string, backupExtra = ''): string {
    const file = join(temp.path, 'config.yaml');
    writeFileSync(
      file,
      `PROJECTS:\n  - NAME: shop\n    BACKUPS:\n      - FILE_BACKUP: { NAME: www, INTERVALS: ['@daily'], FILE_PATH: [data], UPLOAD_TO: [${targets}]${backupExtra} }\n`,
    );
    return file;
  }

  async function runBackup(args: string[], env: NodeJS.ProcessEnv = credentials): Promise<CliResult> {
    const result = await runCli('run-backup', args, {
      env: { OPSBACKUP_STATE_DIR: join(temp.path, 'state'), ...env },
    });
    outputs.push(result.stdout, result.stderr);
    return result;
  }

  const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

  it('stores the archive and its manifest; --verify and --restore read them back', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'to the bucket');
    writeFileSync(join(temp.path, 'data/Grüße.bin'), randomBytes(200_000));
    const file = config(s3Target('backups/shop'), ', VERIFY: true');
    const result = await runBackup(['-c', file, '--json', 'shop', 'www']);
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as {
      archive: string;
      sha256: string;
      targets: { storage: string; path: string; status: string }[];
    };
    expect(outcome.targets).to.deep.include({
      storage: 'S3',
      path: `${bucket}/backups/shop`,
      status: 'ok',
      archive: outcome.archive,
    });
    const manifest = outcome.archive.replace(/\.zip$/, '.json');
    expect(await server.keys(bucket)).to.include.members([
      `backups/shop/${outcome.archive}`,
      `backups/shop/${manifest}`,
    ]);
    expect(sha256(await server.getObject(bucket, `backups/shop/${outcome.archive}`))).to.equal(
      outcome.sha256,
    );
    expect(result.stderr).to.match(
      new RegExp(`verify on S3 ${bucket}/backups/shop: size \\(\\d+ bytes\\) and sha256 match the manifest`),
    );

    const verify = await runBackup(['-c', file, '--verify', 'shop', 'www']);
    expect(verify.status, verify.stdout + verify.stderr).to.equal(0);
    expect(verify.stdout).to.contain(`ok     S3 ${bucket}/backups/shop: ${outcome.archive}`);

    const to = join(temp.path, 'restored');
    const restore = await runBackup(['-c', file, '--restore', '--to', to, 'shop', 'www']);
    expect(restore.status, restore.stdout + restore.stderr).to.equal(0);
    for (const name of ['a.txt', 'Grüße.bin'])
      expect(
        readFileSync(join(to, 'data', name)).equals(readFileSync(join(temp.path, 'data', name))),
      ).to.equal(true);
  });

  it('RETENTION removes older archives and their manifests only, not a neighbour’s or foreign objects', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'newest');
    const old = ['20200101T000000Z', '20200102T000000Z', '20200103T000000Z'];
    for (const stamp of old) {
      await server.putObject(bucket, `kept/shop/shop_www_${stamp}.zip`, Buffer.from('zip'));
      await server.putObject(bucket, `kept/shop/shop_www_${stamp}.json`, Buffer.from('{}'));
    }
    const untouched = [
      'kept/shop/shop_other_20190101T000000Z.zip',
      'kept/shop/notes.txt',
      'kept/shop/old/shop_www_20190101T000000Z.zip',
      'kept/shop-old/shop_www_20190101T000000Z.zip',
      'kept/shopX/shop_www_20190101T000000Z.zip',
    ];
    for (const key of untouched) await server.putObject(bucket, key, Buffer.from('foreign'));
    const file = config(s3Target('kept/shop', ', RETENTION: { KEEP_LAST: 2 }'));
    const result = await runBackup(['-c', file, '--json', 'shop', 'www']);
    expect(result.status, result.stderr).to.equal(0);
    const outcome = JSON.parse(result.stdout) as { archive: string; targets: { pruned: string[] }[] };
    expect(outcome.targets[0]!.pruned).to.deep.equal([
      'shop_www_20200102T000000Z.zip',
      'shop_www_20200101T000000Z.zip',
    ]);
    expect((await server.keys(bucket)).filter((key) => key.startsWith('kept/'))).to.deep.equal(
      [
        ...untouched,
        `kept/shop/${outcome.archive}`,
        `kept/shop/${outcome.archive.replace('.zip', '.json')}`,
        'kept/shop/shop_www_20200103T000000Z.json',
        'kept/shop/shop_www_20200103T000000Z.zip',
      ].sort(),
    );
  });

  it('--check-targets probes each bucket and says what fails, with credentials from .env', async () => {
    const closedPort = await freePort();
    const file = config(
      [
        s3Target('checked'),
        `{ STORAGE_NAME: S3, BUCKET: no-such-bucket, PATH: backups, REGION: us-east-1, ENDPOINT: '${server.endpoint}', FORCE_PATH_STYLE: true }`,
        `{ STORAGE_NAME: S3, BUCKET: ${bucket}, REGION: us-east-1, ENDPOINT: 'http://127.0.0.1:${closedPort}', FORCE_PATH_STYLE: true }`,
      ].join(', '),
    );
    writeFileSync(
      join(temp.path, '.env'),
      `AWS_ACCESS_KEY_ID=${s3rverAccessKeyId}\nAWS_SECRET_ACCESS_KEY=${secret}\n`,
      { mode: 0o600 },
    );
    // Only in .env: the SDK's own chain reads process.env, which .env values never reach.
    const result = await runBackup(['-c', file, '--check-targets', 'shop', 'www'], {});
    expect(result.status, result.stdout + result.stderr).to.equal(1);
    expect(result.stdout, result.stdout).to.match(
      new RegExp(
        `^ok {5}S3 ${bucket}/checked\\n {7}reached the bucket ${bucket} \\(HeadBucket\\)\\n {7}reached the folder .*\\n {7}wrote \\.opsbackup-probe-.*\\n {7}deleted it again\\n`,
      ),
    );
    expect(result.stdout).to.match(
      /FAILED S3 no-such-bucket\/backups\n {7}S3 no-such-bucket\/backups: cannot open the bucket: the bucket does not exist \(NoSuchBucket\) \(hint: check BUCKET, REGION and ENDPOINT\)/,
    );
    expect(result.stdout).to.contain(
      `FAILED S3 ${bucket}\n       S3 ${bucket}: cannot open the bucket: cannot reach http://127.0.0.1:${closedPort} (ECONNREFUSED)`,
    );
    expect((await server.keys(bucket)).filter((key) => key.includes('.opsbackup-probe'))).to.deep.equal([]);
  });

  it('says so when no credentials are found anywhere in the provider chain', async () => {
    const file = config(s3Target('nobody'));
    const result = await runBackup(['-c', file, '--check-targets', 'shop', 'www'], {
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_SESSION_TOKEN: '',
      AWS_PROFILE: '',
      HOME: temp.path,
      AWS_CONFIG_FILE: join(temp.path, 'no-config'),
      AWS_SHARED_CREDENTIALS_FILE: join(temp.path, 'no-credentials'),
      // Never ask an instance metadata service: the tests stay on loopback.
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.contain(
      `S3 ${bucket}/nobody: cannot open the bucket: no AWS credentials were found (CredentialsProviderError)`,
    );
  });

  it('never shows AWS_SECRET_ACCESS_KEY: not in output, logs, history, manifests or the bucket', async () => {
    writeFileSync(join(temp.path, 'data/a.txt'), 'secret-free');
    const file = config(
      `${s3Target('secrets')}, { STORAGE_NAME: S3, BUCKET: missing-bucket, REGION: us-east-1, ENDPOINT: '${server.endpoint}', FORCE_PATH_STYLE: true }`,
    );
    const result = await runBackup(['-c', file, 'shop', 'www']);
    expect(result.status).to.equal(1);
    expect(result.stdout + result.stderr).to.contain('missing-bucket');
    await runBackup(['-c', file, '--verify', 'shop', 'www']);
    const texts = [...outputs];
    const walk = (directory: string): void => {
      for (const name of readdirSync(directory)) {
        const path = join(directory, name);
        if (statSync(path).isDirectory()) walk(path);
        else texts.push(`${path}: ${readFileSync(path, 'latin1')}`);
      }
    };
    walk(temp.path);
    walk(server.directory);
    expect(texts.some((text) => text.includes('.json'))).to.equal(true);
    for (const text of texts) expect(text).not.to.contain(secret);
  });
});
