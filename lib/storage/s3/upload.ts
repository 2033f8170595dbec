// One file to one S3 key with lib-storage's Upload: a single PutObject up to one part, else a multipart
// upload of `partSize` parts, `queueSize` at a time, so memory stays near (queueSize + 1) × partSize
// whatever the archive's size. The final write (PutObject or CompleteMultipartUpload) carries
// `If-None-Match: *`, so a service that supports it refuses to replace an object that appeared after
// the HeadObject check. Any failure aborts the multipart upload, so neither an object nor stored parts
// are left, and nothing ever appears under the final key. The abort is sent here rather than by
// lib-storage (leavePartsOnError: false), whose failing abort would replace the upload's own error.
import { createReadStream } from 'node:fs';
import { AbortMultipartUploadCommand, type S3Client, type StorageClass } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { errorCode } from './errors.js';

/** S3 allows at most this many parts in one multipart upload. */
const maxParts = 10_000;
const mebibyte = 1024 * 1024;

export interface UploadRequest {
  client: S3Client;
  bucket: string;
  key: string;
  source: string;
  size: number;
  partSize: number;
  queueSize: number;
  storageClass?: string;
  serverSideEncryption?: 'AES256' | 'aws:kms';
  kmsKeyId?: string;
  onProgress?: (bytes: number) => void;
}

/**
 * Uploads and resolves 'stored', or 'taken' when the service refused the conditional write because the
 * key exists by now (412 PreconditionFailed; 409 ConditionalRequestConflict while another write to it
 * is under way). Other failures reject with the SDK's error, after the multipart upload was aborted.
 */
export async function uploadFile(request: UploadRequest): Promise<'stored' | 'taken'> {
  const body = createReadStream(request.source);
  const upload = new Upload({
    client: request.client,
    params: {
      Bucket: request.bucket,
      Key: request.key,
      Body: body,
      ContentLength: request.size,
      ContentType: contentTypeOf(request.key),
      IfNoneMatch: '*',
      ...(request.storageClass === undefined ? {} : { StorageClass: request.storageClass as StorageClass }),
      ...(request.serverSideEncryption === undefined
        ? {}
        : { ServerSideEncryption: request.serverSideEncryption }),
      ...(request.kmsKeyId === undefined ? {} : { SSEKMSKeyId: request.kmsKeyId }),
    },
    partSize: partSizeFor(request.size, request.partSize),
    queueSize: request.queueSize,
    leavePartsOnError: true,
  });
  upload.on('httpUploadProgress', (progress) => request.onProgress?.(progress.loaded ?? 0));
  try {
    await upload.done();
    return 'stored';
  } catch (error) {
    // done() settles after every part in flight has: nothing is sent after the abort.
    const abortProblem = upload.uploadId === undefined ? undefined : await abort(request, upload.uploadId);
    const code = errorCode(error);
    if (code === 'PreconditionFailed' || code === 'ConditionalRequestConflict') return 'taken';
    throw abortProblem === undefined ? error : new AbortFailed(error, abortProblem);
  } finally {
    body.destroy();
  }
}

/** An upload failed and its parts could not be removed; the upload's own error stays the cause. */
export class AbortFailed extends Error {
  constructor(
    override readonly cause: unknown,
    readonly abortCode: string,
  ) {
    super(`the multipart upload could not be aborted (${abortCode})`);
    this.name = 'AbortFailed';
  }
}

/** Aborts the multipart upload; resolves undefined when done, else the error code of the refusal. */
async function abort(request: UploadRequest, uploadId: string): Promise<string | undefined> {
  try {
    await request.client.send(
      new AbortMultipartUploadCommand({ Bucket: request.bucket, Key: request.key, UploadId: uploadId }),
    );
    return undefined;
  } catch (error) {
    const code = errorCode(error);
    return code === 'NoSuchUpload' ? undefined : code;
  }
}

/** The configured part size, raised (in whole MiB) when the archive would need more than 10,000 parts. */
export function partSizeFor(size: number, configured: number): number {
  const needed = Math.ceil(size / maxParts / mebibyte) * mebibyte;
  return Math.max(configured, needed);
}

/** What a browser or `aws s3 cp` shows for the object. */
function contentTypeOf(key: string): string {
  if (key.endsWith('.zip')) return 'application/zip';
  if (key.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}
