// ssh2's SFTP requests as promises, one per request the SFTP target makes; nothing else happens here.
import type { Attributes, FileEntryWithStats, SFTPWrapper, Stats } from 'ssh2';

/** ssh2's SFTP status codes (draft-ietf-secsh-filexfer-02), as `error.code`. */
export const sftpStatus = {
  eof: 1,
  noSuchFile: 2,
  permissionDenied: 3,
  failure: 4,
  badMessage: 5,
  noConnection: 6,
  connectionLost: 7,
  unsupported: 8,
} as const;

export type SftpError = Error & { code?: number | string };

/** Whether `error` is the server's "no such file" (ENOENT, ENOTDIR on OpenSSH). */
export function isMissing(error: unknown): boolean {
  return (error as SftpError).code === sftpStatus.noSuchFile;
}

/**
 * Channels that ended. ssh2 answers the requests in flight when a channel ends ("No response from
 * server") but silently drops any request made afterwards, whose callback then never runs: each request
 * here is refused at once on an ended channel instead.
 */
const ended = new WeakSet<SFTPWrapper>();

export function markEnded(sftp: SFTPWrapper): void {
  ended.add(sftp);
}

/** One request as a promise, refused when its channel has ended. */
function request<T>(
  sftp: SFTPWrapper,
  send: (callback: (error: Error | undefined | null, value: T) => void) => void,
): Promise<T> {
  if (ended.has(sftp)) {
    const error: SftpError = new Error('No response from server');
    error.code = sftpStatus.connectionLost;
    return Promise.reject(error);
  }
  return new Promise((resolve, reject) => send((error, value) => (error ? reject(error) : resolve(value))));
}

export function stat(sftp: SFTPWrapper, path: string): Promise<Stats> {
  return request(sftp, (callback) => sftp.stat(path, callback));
}

export function lstat(sftp: SFTPWrapper, path: string): Promise<Stats> {
  return request(sftp, (callback) => sftp.lstat(path, callback));
}

export function fstat(sftp: SFTPWrapper, handle: Buffer): Promise<Stats> {
  return request(sftp, (callback) => sftp.fstat(handle, callback));
}

export function mkdir(sftp: SFTPWrapper, path: string, mode: number): Promise<void> {
  return request(sftp, (callback) => sftp.mkdir(path, { mode }, (error) => callback(error, undefined)));
}

export function readdir(sftp: SFTPWrapper, path: string): Promise<FileEntryWithStats[]> {
  return request(sftp, (callback) => sftp.readdir(path, callback));
}

/** Creates `path` for writing; fails when it exists (O_CREAT|O_EXCL), so nothing is ever clobbered. */
export function createExclusive(sftp: SFTPWrapper, path: string, mode: number): Promise<Buffer> {
  return request(sftp, (callback) => sftp.open(path, 'wx', { mode }, callback));
}

export function close(sftp: SFTPWrapper, handle: Buffer): Promise<void> {
  return request(sftp, (callback) => sftp.close(handle, (error) => callback(error, undefined)));
}

export function write(
  sftp: SFTPWrapper,
  handle: Buffer,
  buffer: Buffer,
  length: number,
  position: number,
): Promise<void> {
  return request(sftp, (callback) =>
    sftp.write(handle, buffer, 0, length, position, (error) => callback(error, undefined)),
  );
}

/**
 * The protocol's own RENAME, never posix-rename@openssh.com: OpenSSH's server does it with link() and
 * unlink(), so it fails when `to` exists instead of replacing it.
 */
export function renameNoReplace(sftp: SFTPWrapper, from: string, to: string): Promise<void> {
  return request(sftp, (callback) => sftp.rename(from, to, (error) => callback(error, undefined)));
}

export function unlink(sftp: SFTPWrapper, path: string): Promise<void> {
  return request(sftp, (callback) => sftp.unlink(path, (error) => callback(error, undefined)));
}

/** fsync@openssh.com on an open handle; false when the server does not offer the extension. */
export function fsyncIfOffered(sftp: SFTPWrapper, handle: Buffer): Promise<boolean> {
  return request(sftp, (callback) => {
    try {
      sftp.ext_openssh_fsync(handle, (error) => callback(error, true));
    } catch {
      callback(undefined, false); // ssh2 throws at once when the server's version packet did not list it.
    }
  });
}

/** Bytes free for this user in the file system holding `path` (statvfs@openssh.com), if the server says. */
export function freeBytes(sftp: SFTPWrapper, path: string): Promise<number | undefined> {
  if (ended.has(sftp)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    try {
      // ssh2 gives a BigInt for values past 2^61.
      type Counts = { f_bavail?: number | bigint; f_frsize?: number | bigint };
      sftp.ext_openssh_statvfs(path, (error, info: Counts) =>
        resolve(
          error || info.f_bavail === undefined || info.f_frsize === undefined
            ? undefined
            : Number(info.f_bavail) * Number(info.f_frsize),
        ),
      );
    } catch {
      resolve(undefined);
    }
  });
}

export function download(
  sftp: SFTPWrapper,
  remote: string,
  local: string,
  tuning: { concurrency: number; chunkSize: number },
): Promise<void> {
  return request(sftp, (callback) =>
    sftp.fastGet(remote, local, tuning, (error) => callback(error, undefined)),
  );
}

export function isRegularFile(attrs: Attributes): boolean {
  return (attrs.mode & 0o170000) === 0o100000;
}
