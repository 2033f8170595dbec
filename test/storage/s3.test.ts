// The S3 storage against s3rver on loopback (an S3 implementation from npm, not ours), through a proxy
// that records every request: round trips, names, 0 bytes, multipart uploads, never overwriting,
// listing only the prefix's own objects, resumed downloads. Never an AWS endpoint.
import { expect } from 'chai';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { operationOf } from '../helpers/recording-proxy.js';
import { MiB, useS3Fixture } from '../helpers/s3-fixture.js';
import { storageConformance } from './conformance.js';

describe('S3 storage (s3rver on loopback)', function () {
  this.timeout(60_000);
  const s3 = useS3Fixture('opsbackup-test');
  const { bucket, server, storageAt, file, failureOf } = s3;
  const md5 = (data: Buffer) => createHash('md5').update(data).digest('base64');

  it('puts, lists, fetches and removes an object under the prefix', async () => {
    const storage = storageAt('round/trip');
    const stored = await storage.put(file('a.zip', 'archive bytes'), 'shop_www_1.zip');
    expect(stored).to.deep.equal({ name: 'shop_www_1.zip', size: 13 });
    expect(await server.keys(bucket)).to.include('round/trip/shop_www_1.zip');
    expect(await storage.list()).to.deep.equal([{ name: 'shop_www_1.zip', size: 13 }]);
    const fetched = await storage.fetch('shop_www_1.zip', s3.temp);
    expect(fetched.temporary).to.equal(true);
    expect(readFileSync(fetched.path, 'utf8')).to.equal('archive bytes');
    expect(statSync(fetched.path).mode & 0o777).to.equal(0o600);
    await storage.remove('shop_www_1.zip');
    await storage.remove('no-such.zip');
    expect(await storage.list()).to.deep.equal([]);
    const missing = await failureOf(storage.fetch('shop_www_1.zip', s3.temp));
    expect(missing).to.contain(`S3 ${bucket}/round/trip: there is no shop_www_1.zip`);
    // One PUT with a Content-MD5 of its bytes, no aws-chunked body, and the conditional write.
    const put = s3.proxy.requests.find((request) => operationOf(request) === 'PutObject')!;
    expect(put.headers['content-md5']).to.equal(md5(Buffer.from('archive bytes')));
    expect(put.headers['content-encoding']).to.equal(undefined);
    expect(put.headers['x-amz-content-sha256']).to.match(/^[0-9a-f]{64}$/);
    expect(put.headers['if-none-match']).to.equal('*');
    expect(put.headers['content-type']).to.equal('application/zip');
  });

  it('keeps names with spaces and non-ASCII characters, and 0-byte objects', async () => {
    const storage = storageAt('names');
    const name = 'shop www_Grüße 日本 #1.zip';
    await storage.put(file('u.zip', 'unicode'), name);
    await storage.put(file('empty.json', ''), 'empty.json');
    expect(await server.keys(bucket)).to.include.members([`names/${name}`, 'names/empty.json']);
    expect(await storage.list()).to.deep.equal([
      { name: 'empty.json', size: 0 },
      { name, size: 7 },
    ]);
    expect(readFileSync((await storage.fetch(name, s3.temp)).path, 'utf8')).to.equal('unicode');
    expect(readFileSync((await storage.fetch('empty.json', s3.temp)).path).length).to.equal(0);
  });

  it('uploads a file larger than one part as a multipart upload, each part with its Content-MD5', async () => {
    const content = randomBytes(11 * MiB + 12345);
    const seen: number[] = [];
    const storage = storageAt('multipart');
    const stored = await storage.put(file('big.zip', content), 'big.zip', {
      onProgress: (bytes) => seen.push(bytes),
    });
    expect(stored.size).to.equal(content.length);
    const parts = s3.proxy.requests.filter((request) => operationOf(request) === 'UploadPart');
    expect(parts.map((part) => part.bodyBytes).sort((a, b) => b - a)).to.deep.equal([
      5 * MiB,
      5 * MiB,
      MiB + 12345,
    ]);
    for (const part of parts) {
      expect(part.headers['content-md5']).to.equal(part.bodyMd5);
      expect(part.headers['content-encoding']).to.equal(undefined);
      expect(part.headers['x-amz-sdk-checksum-algorithm']).to.equal(undefined);
    }
    const complete = s3.proxy.requests.find((request) => operationOf(request) === 'CompleteMultipartUpload')!;
    expect(complete.headers['if-none-match']).to.equal('*');
    expect(seen.at(-1)).to.equal(content.length);
    expect(seen.some((bytes) => bytes > 0 && bytes < content.length)).to.equal(true);
    const fetched = readFileSync((await storage.fetch('big.zip', s3.temp)).path);
    expect(fetched.equals(content)).to.equal(true);
  });

  it('never overwrites: a taken name becomes -2, and exact refuses it', async () => {
    const storage = storageAt('taken');
    await storage.put(file('first', 'first'), 'a.zip');
    expect((await storage.put(file('second', 'second'), 'a.zip')).name).to.equal('a-2.zip');
    const refused = await failureOf(storage.put(file('third', 'third'), 'a.zip', { exact: true }));
    expect(refused).to.contain(`S3 ${bucket}/taken: a.zip already exists`);
    expect((await server.getObject(bucket, 'taken/a.zip')).toString()).to.equal('first');
    expect((await server.getObject(bucket, 'taken/a-2.zip')).toString()).to.equal('second');
  });

  it('takes the next name when the service refuses the conditional write (412) after the check', async () => {
    const storage = storageAt('race');
    s3.proxy.faults = [
      {
        match: (request) => operationOf(request) === 'PutObject' && request.url.includes('/race/a.zip'),
        action: {
          status: 412,
          code: 'PreconditionFailed',
          message: 'At least one of the preconditions failed',
        },
        times: 1,
      },
    ];
    expect((await storage.put(file('x', 'mine'), 'a.zip')).name).to.equal('a-2.zip');
    expect(await server.exists(bucket, 'race/a.zip')).to.equal(false);
  });

  it('lists only the prefix’s direct objects, across pages', async () => {
    for (const key of [
      'backups/a.zip',
      'backups/a.json',
      'backups/b.zip',
      'backups/',
      'backups/old/c.zip',
      'backups-old/d.zip',
      'backupsX.zip',
      'top.zip',
    ])
      await server.putObject(bucket, key, Buffer.from(key.endsWith('/') ? '' : key));
    const storage = storageAt('backups', { settings: { listPageSize: 2 } });
    expect((await storage.list()).map((object) => object.name)).to.deep.equal(['a.json', 'a.zip', 'b.zip']);
    const lists = s3.proxy.requests.filter((request) => operationOf(request) === 'ListObjectsV2');
    expect(lists.length).to.be.greaterThan(1);
    expect(lists.every((request) => request.url.includes('delimiter=%2F'))).to.equal(true);
    const atTop = (await storageAt('').list()).map((object) => object.name);
    expect(atTop).to.include.members(['backupsX.zip', 'top.zip']);
    expect(atTop.every((name) => !name.includes('/'))).to.equal(true);
  });

  it('resumes a download cut in the middle with Range and If-Match', async () => {
    const content = randomBytes(3 * MiB);
    const storage = storageAt('resume');
    await storage.put(file('r.zip', content), 'r.zip');
    s3.proxy.reset();
    s3.proxy.faults = [
      { match: (request) => operationOf(request) === 'GetObject', action: { cutAfterBytes: MiB }, times: 1 },
    ];
    const fetched = readFileSync((await storage.fetch('r.zip', s3.temp)).path);
    expect(fetched.equals(content)).to.equal(true);
    const gets = s3.proxy.requests.filter((request) => operationOf(request) === 'GetObject');
    expect(gets.length).to.equal(2);
    expect(gets[1]!.headers.range).to.match(/^bytes=\d+-$/);
    expect(Number(/\d+/.exec(gets[1]!.headers.range ?? '')![0])).to.be.greaterThan(0);
    expect(gets[1]!.headers['if-match']).to.be.a('string');
  });

  it('sends STORAGE_CLASS and SERVER_SIDE_ENCRYPTION with every object', async () => {
    const storage = storageAt('classes', {
      settings: { storageClass: 'STANDARD_IA', serverSideEncryption: 'aws:kms', kmsKeyId: 'alias/backups' },
    });
    await storage.put(file('s.zip', 'small'), 's.zip');
    await storage.put(file('m.zip', randomBytes(6 * MiB)), 'm.zip');
    const writes = s3.proxy.requests.filter((request) =>
      ['PutObject', 'CreateMultipartUpload'].includes(operationOf(request)),
    );
    expect(writes.length).to.equal(2);
    for (const write of writes) {
      expect(write.headers['x-amz-storage-class']).to.equal('STANDARD_IA');
      expect(write.headers['x-amz-server-side-encryption']).to.equal('aws:kms');
      expect(write.headers['x-amz-server-side-encryption-aws-kms-key-id']).to.equal('alias/backups');
    }
  });

  let folder = 0;
  storageConformance('S3 (s3rver)', {
    largeBytes: 6 * MiB,
    fixture: () => {
      const prefix = `conformance/run-${++folder}`;
      return Promise.resolve({
        // 5 MiB parts (S3's minimum), so the large object is a multipart upload of two parts.
        storage: storageAt(prefix, { settings: { partSize: 5 * MiB } }),
        plant: (name, data) => server.putObject(bucket, `${prefix}/${name}`, data),
        rawNames: async () =>
          (await server.keys(bucket))
            .filter((key) => key.startsWith(`${prefix}/`))
            .map((key) => key.slice(prefix.length + 1)),
        cleanUp: () => Promise.resolve(),
      });
    },
  });
});
