// The setting of the S3 storage tests: s3rver started once per test file with one bucket, a recording
// proxy in front of it, a temporary directory per test, and S3Storage instances built the way
// storageFor builds them (settings from a Target and the environment, the real client).
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from '../../lib/config/model.js';
import { isUserError } from '../../lib/errors.js';
import { makeS3Client } from '../../lib/storage/s3/client.js';
import { S3Storage } from '../../lib/storage/s3/s3.js';
import { s3Settings, type S3Settings } from '../../lib/storage/s3/settings.js';
import { RecordingProxy } from './recording-proxy.js';
import { S3Server, s3rverAccessKeyId } from './s3rver.js';
import { makeTempDir } from './temp.js';

export const MiB = 1024 * 1024;

export interface S3Fixture {
  readonly bucket: string;
  readonly secret: string;
  readonly credentials: Record<string, string>;
  readonly server: S3Server;
  readonly proxy: RecordingProxy;
  readonly temp: string;
  targetAt: (prefix: string, options?: { bucket?: string; endpoint?: string }) => Target;
  storageAt: (
    prefix: string,
    options?: { bucket?: string; endpoint?: string; settings?: Partial<S3Settings> },
  ) => S3Storage;
  /** A file in the test's directory. */
  file: (name: string, content: Buffer | string) => string;
  /** The message and hint of the UserError `work` rejects with, checked for one line and no secret. */
  failureOf: (work: Promise<unknown>) => Promise<string>;
}

/** Registers the hooks in the calling `describe` and gives the tests their setting. */
export function useS3Fixture(bucket: string): S3Fixture {
  const secret = 'test-secret-Qx7vN2pL9kR4';
  const credentials = { AWS_ACCESS_KEY_ID: s3rverAccessKeyId, AWS_SECRET_ACCESS_KEY: secret };
  const server = new S3Server();
  let proxy: RecordingProxy | undefined;
  let proxyEndpoint = '';
  let temp: ReturnType<typeof makeTempDir> | undefined;

  before(async () => {
    await server.start();
    await server.createBucket(bucket);
    proxy = new RecordingProxy(server.port);
    proxyEndpoint = `http://127.0.0.1:${await proxy.start()}`;
  });
  after(async () => {
    await proxy?.stop();
    await server.stop();
  });
  beforeEach(() => {
    temp = makeTempDir();
    proxy?.reset();
  });
  afterEach(() => temp?.remove());

  const fixture: S3Fixture = {
    bucket,
    secret,
    credentials,
    server,
    get proxy() {
      if (!proxy) throw new Error('the proxy is not started');
      return proxy;
    },
    get temp() {
      if (!temp) throw new Error('no test is running');
      return temp.path;
    },
    targetAt: (prefix, options = {}) => {
      const name = options.bucket ?? bucket;
      return {
        storage: 'S3',
        path: prefix ? `${name}/${prefix}` : name,
        s3: {
          bucket: name,
          prefix,
          region: 'us-east-1',
          endpoint: options.endpoint ?? proxyEndpoint,
          forcePathStyle: true,
          // lib-storage's (and S3's) smallest part, so that an 11 MiB file makes three.
          partSize: 5 * MiB,
        },
      };
    },
    storageAt: (prefix, options = {}) => {
      const settings = { ...s3Settings(fixture.targetAt(prefix, options), credentials), ...options.settings };
      return new S3Storage(settings, makeS3Client(settings));
    },
    file: (name, content) => {
      const path = join(fixture.temp, name);
      writeFileSync(path, content);
      return path;
    },
    failureOf: async (work) => {
      try {
        await work;
      } catch (error) {
        expect(isUserError(error), String(error)).to.equal(true);
        const text = `${(error as Error).message} ${(error as { hint?: string }).hint ?? ''}`;
        expect(text).not.to.contain(secret);
        expect(text).not.to.contain('\n');
        return text;
      }
      throw new Error('expected a failure');
    },
  };
  return fixture;
}
