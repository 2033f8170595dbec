// The S3 storage when things go wrong, against s3rver on loopback behind a recording proxy: an upload
// refused mid-way, a process killed mid-upload, a missing bucket, an unreachable endpoint, unknown or
// refused credentials. Each message names the target, the object and the cause in one line, and never
// the secret key.
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { makeS3Client } from '../../lib/storage/s3/client.js';
import { S3Storage } from '../../lib/storage/s3/s3.js';
import { s3Settings } from '../../lib/storage/s3/settings.js';
import { freePort } from '../helpers/postgres.js';
import { operationOf } from '../helpers/recording-proxy.js';
import { MiB, useS3Fixture } from '../helpers/s3-fixture.js';

describe('S3 storage failures (s3rver on loopback)', function () {
  this.timeout(60_000);
  const s3 = useS3Fixture('opsbackup-failures');
  const { bucket, server, storageAt, targetAt, file, failureOf } = s3;
  const operations = () => s3.proxy.requests.map(operationOf);

  it('a multipart upload failing mid-way is aborted and leaves nothing under the final name', async () => {
    const storage = storageAt('failed');
    s3.proxy.faults = [
      {
        match: (request) => operationOf(request) === 'UploadPart' && request.url.includes('partNumber=2'),
        action: { status: 403, code: 'AccessDenied', message: 'Access Denied' },
      },
    ];
    const message = await failureOf(storage.put(file('big.zip', randomBytes(11 * MiB)), 'big.zip'));
    expect(message).to.match(
      new RegExp(`^S3 ${bucket}/failed: cannot upload big\\.zip: access denied \\(AccessDenied\\)`),
    );
    expect(message).to.contain('docs/targets/s3.md');
    const aborts = s3.proxy.requests.filter((request) => operationOf(request) === 'AbortMultipartUpload');
    expect(aborts.length).to.equal(1);
    // s3rver has no AbortMultipartUpload (405): the message says the parts are left, and why.
    expect(message).to.contain('its uploaded parts could not be removed (MethodNotAllowed)');
    expect(await server.exists(bucket, 'failed/big.zip')).to.equal(false);
    expect(await storage.list()).to.deep.equal([]);
  });

  it('a run killed in the middle of a multipart upload leaves no object under the final name', async () => {
    s3.proxy.faults = [
      {
        match: (request) => operationOf(request) === 'UploadPart' && request.url.includes('partNumber=2'),
        action: { hold: true },
      },
    ];
    const source = file('big.zip', randomBytes(16 * MiB));
    const targetsModule = new URL('../../lib/backup/targets.js', import.meta.url).href;
    const script = `
      const { storageFor } = await import(${JSON.stringify(targetsModule)});
      const storage = await storageFor(JSON.parse(process.env.TARGET), process.env);
      await storage.put(process.env.SOURCE, 'killed.zip');
      console.log('finished');`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, ...s3.credentials, TARGET: JSON.stringify(targetAt('killed')), SOURCE: source },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 30_000;
    while (
      !s3.proxy.requests.some((request) => request.url.includes('partNumber=2')) &&
      Date.now() < deadline
    )
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(operations()).to.include('CreateMultipartUpload');
    child.kill('SIGKILL');
    await exited;
    expect(output).not.to.contain('finished');
    expect(await server.exists(bucket, 'killed/killed.zip')).to.equal(false);
    expect(await storageAt('killed').list()).to.deep.equal([]);
    // What stays is an incomplete upload, invisible to listings (a lifecycle rule ends it on S3).
    expect(server.pendingUploads(bucket).length).to.be.greaterThan(0);
  });

  it('names the target, the object and the cause in one line, never the secret key', async () => {
    const noBucket = storageAt('x', { bucket: 'no-such-bucket' });
    expect(await failureOf(noBucket.list())).to.contain(
      'S3 no-such-bucket/x: cannot list the objects: the bucket does not exist (NoSuchBucket)',
    );
    expect(await failureOf(noBucket.probe())).to.contain('the bucket does not exist (NoSuchBucket)');
    expect(await failureOf(noBucket.put(file('p', 'p'), 'p.zip'))).to.contain('(NoSuchBucket)');
    expect(await storageAt('x').probe()).to.equal(`reached the bucket ${bucket} (HeadBucket)`);

    const closedPort = await freePort();
    const unreachable = storageAt('x', { endpoint: `http://127.0.0.1:${closedPort}` });
    expect(await failureOf(unreachable.list())).to.contain(
      `S3 ${bucket}/x: cannot list the objects: cannot reach http://127.0.0.1:${closedPort} (ECONNREFUSED)`,
    );

    const strangerSettings = {
      ...s3Settings(targetAt('x'), { AWS_ACCESS_KEY_ID: 'NOBODY', AWS_SECRET_ACCESS_KEY: s3.secret }),
    };
    const stranger = new S3Storage(strangerSettings, makeS3Client(strangerSettings));
    expect(await failureOf(stranger.list())).to.contain(
      'the service does not know this access key (InvalidAccessKeyId)',
    );

    const storage = storageAt('x');
    for (const [code, words] of [
      ['SignatureDoesNotMatch', 'the request signature does not match (SignatureDoesNotMatch)'],
      ['AccessDenied', 'access denied (AccessDenied)'],
    ] as const) {
      s3.proxy.faults = [
        {
          match: (request) => operationOf(request) === 'ListObjectsV2',
          action: { status: 403, code, message: `${code} ${s3.secret}` },
        },
      ];
      const message = await failureOf(storage.list());
      expect(message).to.contain(`S3 ${bucket}/x: cannot list the objects: ${words}`);
    }
  });
});
