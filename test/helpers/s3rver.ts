// s3rver (an S3 implementation from the npm registry, not ours) in a process of its own on a free
// loopback port with a temporary directory, started once per test file. It runs with
// --openssl-legacy-provider: its ListObjectsV2 continuation tokens use DES, which Node.js 17+ leaves out
// of OpenSSL 3 by default (without it every listing of more than one page fails with an InternalError).
// What it does not do, the tests do not pretend it does: it checks access key ids but not SigV4
// signatures, ignores Content-MD5 and If-None-Match, and has no AbortMultipartUpload or
// ListMultipartUploads (an aborted upload's parts stay in its directory).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { freePort } from './postgres.js';
import { makeTempDir } from './temp.js';

/** The only access key id s3rver knows; any secret key passes, since it does not check signatures. */
export const s3rverAccessKeyId = 'S3RVER';

const s3rverBin = join(
  dirname(createRequire(import.meta.url).resolve('s3rver/package.json')),
  'bin/s3rver.js',
);

export class S3Server {
  port = 0;
  private process: ChildProcess | undefined;
  private temp: ReturnType<typeof makeTempDir> | undefined;
  private output = '';

  async start(): Promise<void> {
    this.temp = makeTempDir('opsbackup-s3rver-');
    this.port = await freePort();
    mkdirSync(this.directory);
    const child = spawn(
      process.execPath,
      [
        '--openssl-legacy-provider',
        s3rverBin,
        '-d',
        this.directory,
        '-a',
        '127.0.0.1',
        '-p',
        String(this.port),
        '--silent',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const answered = await fetch(`${this.endpoint}/`).then(
        () => true,
        () => false,
      );
      if (answered) return;
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`s3rver did not start: ${this.output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    this.temp?.remove();
  }

  get directory(): string {
    if (!this.temp) throw new Error('s3rver is not started');
    return join(this.temp.path, 'data');
  }

  get endpoint(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A client of the test's own, to set up and inspect the bucket behind the code under test. */
  client(): S3Client {
    return new S3Client({
      region: 'us-east-1',
      endpoint: this.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: s3rverAccessKeyId, secretAccessKey: 'inspector' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async createBucket(bucket: string): Promise<void> {
    await this.client().send(new CreateBucketCommand({ Bucket: bucket }));
  }

  async putObject(bucket: string, key: string, body: string | Buffer): Promise<void> {
    await this.client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
  }

  async getObject(bucket: string, key: string): Promise<Buffer> {
    const response = await this.client().send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await response.Body!.transformToByteArray());
  }

  async exists(bucket: string, key: string): Promise<boolean> {
    return this.client()
      .send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
      .then(
        () => true,
        (error: { name?: string }) => {
          if (error.name === 'NotFound') return false;
          throw error;
        },
      );
  }

  /** Every key in the bucket, sorted, at any depth. */
  async keys(bucket: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client().send(
        new ListObjectsV2Command({ Bucket: bucket, ...(token ? { ContinuationToken: token } : {}) }),
      );
      keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ''));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  /** The multipart uploads s3rver still holds parts of (it keeps them under `._S3rver_uploads`). */
  pendingUploads(bucket: string): string[] {
    try {
      return readdirSync(join(this.directory, bucket, '._S3rver_uploads'));
    } catch {
      return [];
    }
  }
}
