// The S3 target: a bucket and key prefix on Amazon S3 or an S3-compatible. Objects are `prefix/name`;
// a name is checked with HeadObject and written with `If-None-Match: *`, so nothing is overwritten
// (a taken name becomes `-2`, `-3` …); after the upload, HeadObject confirms the stored size. Listing
// sees only the prefix's direct children (Delimiter `/`), so `backups-old/` or `backups/old/` are not
// this target's.
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type S3Client,
} from '@aws-sdk/client-s3';
import { ExitCode, UserError } from '../../errors.js';
import {
  alternativeName,
  type FetchedObject,
  type PutOptions,
  type Storage,
  type StoredObject,
} from '../storage.js';
import { downloadObject, IncompleteDownload } from './download.js';
import { errorCode, s3Failure } from './errors.js';
import { keyOf, listPrefix, type S3Settings } from './settings.js';
import { uploadFile } from './upload.js';

const maxAlternatives = 100;

export class S3Storage implements Storage {
  readonly description: string;
  // A completed (multipart) upload appears whole; every request carries a Content-MD5 the server checks;
  // downloads resume with Range.
  readonly capabilities = {
    atomicPut: true,
    serverHash: 'md5',
    rangedReads: true,
    localFiles: false,
  } as const;

  constructor(
    private readonly settings: S3Settings,
    private readonly client: S3Client,
  ) {
    this.description = settings.description;
  }

  async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
    const size = await stat(source).then(
      (info) => info.size,
      (error: NodeJS.ErrnoException) => {
        throw new UserError(`${this.description}: cannot read ${source}: ${error.code ?? String(error)}`, {
          exitCode: ExitCode.failed,
        });
      },
    );
    for (let n = 1; n <= (options.exact ? 1 : maxAlternatives); n++) {
      const candidate = alternativeName(name, n);
      if ((await this.sizeOf(candidate)) !== undefined) continue;
      const key = keyOf(this.settings, candidate);
      const outcome = await uploadFile({
        client: this.client,
        bucket: this.settings.bucket,
        key,
        source,
        size,
        partSize: this.settings.partSize,
        queueSize: this.settings.queueSize,
        ...(this.settings.storageClass === undefined ? {} : { storageClass: this.settings.storageClass }),
        ...(this.settings.serverSideEncryption === undefined
          ? {}
          : { serverSideEncryption: this.settings.serverSideEncryption }),
        ...(this.settings.kmsKeyId === undefined ? {} : { kmsKeyId: this.settings.kmsKeyId }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
      }).catch((error: unknown) => Promise.reject(this.failure(`upload ${candidate}`, error)));
      if (outcome === 'taken') continue;
      await this.confirm(candidate, size);
      options.onProgress?.(size);
      return { name: candidate, size };
    }
    throw new UserError(`${this.description}: ${name} already exists`, { exitCode: ExitCode.failed });
  }

  async list(): Promise<StoredObject[]> {
    const prefix = listPrefix(this.settings);
    const objects: StoredObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.client
        .send(
          new ListObjectsV2Command({
            Bucket: this.settings.bucket,
            Prefix: prefix,
            Delimiter: '/',
            MaxKeys: this.settings.listPageSize,
            ...(token === undefined ? {} : { ContinuationToken: token }),
          }),
        )
        .catch((error: unknown) => Promise.reject(this.failure('list the objects', error)));
      for (const object of page.Contents ?? []) {
        const name = object.Key?.slice(prefix.length);
        // A key equal to the prefix plus `/` is a "folder" made by a console: not an object of ours.
        if (name) objects.push({ name, size: object.Size ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async remove(name: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(this.settings, name) }),
      );
    } catch (error) {
      if (!['NoSuchKey', 'NotFound'].includes(errorCode(error))) throw this.failure(`delete ${name}`, error);
    }
  }

  async fetch(name: string, directory: string): Promise<FetchedObject> {
    const destination = join(directory, name);
    try {
      await downloadObject({
        client: this.client,
        bucket: this.settings.bucket,
        key: keyOf(this.settings, name),
        destination,
      });
      return { path: destination, temporary: true };
    } catch (error) {
      await rm(destination, { force: true });
      if (['NoSuchKey', 'NotFound'].includes(errorCode(error)))
        throw new UserError(`${this.description}: there is no ${name}`, { exitCode: ExitCode.failed });
      if (error instanceof IncompleteDownload)
        throw new UserError(`${this.description}: cannot download ${name}: ${error.message}`, {
          exitCode: ExitCode.failed,
        });
      throw this.failure(`download ${name}`, error);
    }
  }

  /** For --check-targets: the bucket exists and these credentials may use it (HeadBucket). */
  async probe(): Promise<string> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (error) {
      const code = errorCode(error);
      throw this.failure('open the bucket', code === 'NotFound' ? { name: 'NoSuchBucket' } : error);
    }
    return `reached the bucket ${this.settings.bucket} (HeadBucket)`;
  }

  /** The stored size of `name`, or undefined when there is no such object. */
  private async sizeOf(name: string): Promise<number | undefined> {
    try {
      const head = await this.client.send(
        new HeadObjectCommand({ Bucket: this.settings.bucket, Key: keyOf(this.settings, name) }),
      );
      return head.ContentLength ?? 0;
    } catch (error) {
      if (['NotFound', 'NoSuchKey'].includes(errorCode(error))) return undefined;
      throw this.failure(`look up ${name}`, error);
    }
  }

  /** The object arrived whole; one that did not is deleted, never left to be taken for a backup. */
  private async confirm(name: string, size: number): Promise<void> {
    const stored = await this.sizeOf(name);
    if (stored === size) return;
    if (stored !== undefined) await this.remove(name).catch(() => undefined);
    throw new UserError(
      `${this.description}: ${name} arrived damaged (${stored === undefined ? 'missing' : `${stored} bytes`} instead of ${size} bytes)${stored === undefined ? '' : '; the stored copy was deleted'}`,
      { exitCode: ExitCode.failed },
    );
  }

  /** Every S3 error of this target, as one line naming it, the action and the cause. */
  private failure(action: string, error: unknown): UserError {
    const endpoint = this.settings.endpoint ?? `https://s3.${this.settings.region}.amazonaws.com`;
    return s3Failure(this.description, action, error, endpoint);
  }
}
