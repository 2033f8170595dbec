// The S3 client as every S3-compatible accepts it. Since SDK 3.729 the default is to add CRC32
// checksums to every upload, sent as an `aws-chunked` body with a trailer for streams; several
// S3-compatibles refuse those headers (Backblaze B2: "Unsupported header 'x-amz-sdk-checksum-algorithm'")
// and s3rver stores the chunk framing as if it were data. So checksums only WHEN_REQUIRED, bodies always
// as buffers (lib-storage cuts the file into parts), and instead a Content-MD5 on every PutObject and
// UploadPart, which Amazon S3 and the S3-compatibles verify (a mismatch is BadDigest, nothing is
// stored). The SDK also signs each buffer's SHA-256 (x-amz-content-sha256), which Amazon S3 verifies.
import { createHash } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { S3Settings } from './settings.js';

/** The commands whose body is a file's bytes: they get a Content-MD5. */
const bodyCommands = new Set(['PutObjectCommand', 'UploadPartCommand']);

/** One client per target: its region, endpoint and credentials, and the settings above. */
export function makeS3Client(settings: S3Settings): S3Client {
  const source = settings.credentials;
  const client = new S3Client({
    region: settings.region,
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    forcePathStyle: settings.forcePathStyle,
    credentials:
      source.kind === 'environment'
        ? {
            accessKeyId: source.accessKeyId,
            secretAccessKey: source.secretAccessKey,
            ...(source.sessionToken === undefined ? {} : { sessionToken: source.sessionToken }),
          }
        : defaultProvider({
            ...(source.profile === undefined ? {} : { profile: source.profile }),
            ...(source.credentialsFile === undefined ? {} : { filepath: source.credentialsFile }),
            ...(source.configFile === undefined ? {} : { configFilepath: source.configFile }),
          }),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: settings.maxAttempts,
    // A connection that sends nothing for two minutes is retried rather than waited on until the
    // run's inactivity watchdog gives up on the whole run.
    requestHandler: { connectionTimeout: 30_000, requestTimeout: 120_000 },
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const request = args.request as { headers?: Record<string, string>; body?: unknown } | undefined;
      if (
        bodyCommands.has(context.commandName ?? '') &&
        request?.headers &&
        request.body instanceof Uint8Array
      ) {
        request.headers['content-md5'] = createHash('md5').update(request.body).digest('base64');
      }
      return next(args);
    },
    { step: 'build', name: 'opsbackupContentMd5', override: true },
  );
  return client;
}
