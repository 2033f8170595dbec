// The SFTP target: a directory on an SSH server, through ssh2's SFTP client. An object is written to a
// temporary dot-file in the same directory (O_EXCL, several WRITE requests in flight), fsynced with
// fsync@openssh.com when the server offers it, closed, then given its final name with the protocol's
// plain RENAME — which OpenSSH's server performs with link() + unlink(), so it never replaces an
// existing name (posix-rename@openssh.com would). A taken name moves on to `-2`, `-3` ….
import { rm, stat as localStat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SFTPWrapper } from 'ssh2';
import type { SshHost } from '../../config/model.js';
import type { UserError } from '../../errors.js';
import { sshWhere, type SshConnectOptions } from '../../shell/ssh-connect.js';
import {
  alternativeName,
  type FetchedObject,
  type PutOptions,
  type Storage,
  type StoredObject,
} from '../storage.js';
import {
  close,
  createExclusive,
  download,
  freeBytes,
  fstat,
  fsyncIfOffered,
  isMissing,
  isRegularFile,
  lstat,
  readdir,
  renameNoReplace,
  sftpStatus,
  stat,
  unlink,
  type SftpError,
} from './calls.js';
import { ensureDirectory } from './directory.js';
import { sftpFailure, targetFailure } from './errors.js';
import { isLeftover, remotePath, rememberAbandoned, takeAbandoned, temporaryName } from './leftovers.js';
import { SftpSession } from './session.js';
import { uploadToHandle } from './upload.js';

const maxAlternatives = 100;
/** fastGet's parallel READs: 16 of 255 KiB measured best on loopback (docs/benchmarks.md). */
const downloadTuning = { concurrency: 16, chunkSize: 255 * 1024 };

export interface SftpTarget {
  /** The directory on the server: absolute, or relative to the login directory (`.` is that). */
  path: string;
  ssh: SshHost;
}

export class SftpStorage implements Storage {
  readonly description: string;
  // A dot-named upload renamed into place (OpenSSH's rename never overwrites); no hash on the server.
  readonly capabilities = { atomicPut: true, rangedReads: false, localFiles: false } as const;
  private readonly place: string;
  private swept = false;

  constructor(
    private readonly target: SftpTarget,
    private readonly session: SftpSession,
  ) {
    this.description = `SFTP ${sshWhere(target.ssh)} ${target.path}`;
    this.place = `${sshWhere(target.ssh)} ${target.path}`;
  }

  /** A storage with its own session (connected on first use) for `target`. */
  static open(target: SftpTarget, connect: Omit<SshConnectOptions, 'host'>): SftpStorage {
    return new SftpStorage(target, new SftpSession({ ...connect, host: target.ssh }));
  }

  async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
    const size = (await localStat(source)).size;
    return this.use('store', async (sftp) => {
      await this.attempt(`create the directory ${this.target.path}`, () =>
        ensureDirectory(sftp, this.target.path),
      );
      await this.checkSpace(sftp, name, size);
      await this.removeAbandoned(sftp);
      const temp = remotePath(this.target.path, temporaryName(name));
      const handle = await this.attempt(`create a file in ${this.target.path}`, () =>
        createExclusive(sftp, temp, 0o640),
      );
      let open = true;
      try {
        if (!this.swept) await this.sweep(sftp, handle);
        this.swept = true;
        const written = await uploadToHandle(sftp, handle, source, {
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
        await fsyncIfOffered(sftp, handle);
        open = false;
        await close(sftp, handle);
        return { name: await this.giveName(sftp, temp, name, options.exact ?? false), size: written };
      } catch (error) {
        await this.discard(sftp, temp, open ? handle : undefined);
        throw await this.uploadFailure(sftp, name, error);
      }
    });
  }

  async list(): Promise<StoredObject[]> {
    return this.use('list', async (sftp) => {
      let entries;
      try {
        entries = await readdir(sftp, this.target.path);
      } catch (error) {
        if (isMissing(error)) return [];
        throw error;
      }
      return entries
        .filter((entry) => !entry.filename.startsWith('.') && isRegularFile(entry.attrs))
        .map((entry) => ({ name: entry.filename, size: entry.attrs.size }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    });
  }

  async remove(name: string): Promise<void> {
    await this.use(`delete ${name}`, async (sftp) => {
      await unlink(sftp, remotePath(this.target.path, name)).catch((error: unknown) => {
        if (!isMissing(error)) throw error;
      });
    });
  }

  async fetch(name: string, directory: string): Promise<FetchedObject> {
    if (name.includes('/') || name === '.' || name === '..')
      throw targetFailure(this.description, `${JSON.stringify(name)} is not a plain file name`);
    const local = join(directory, name);
    const remote = remotePath(this.target.path, name);
    try {
      await this.use(`download ${name}`, async (sftp) => {
        const info = await stat(sftp, remote).catch((error: unknown) => {
          if (isMissing(error)) throw targetFailure(this.description, `there is no ${name}`);
          throw error;
        });
        if (!info.isFile()) throw targetFailure(this.description, `${name} is not a file`);
        await download(sftp, remote, local, downloadTuning);
        const got = (await localStat(local)).size;
        if (got !== info.size)
          throw targetFailure(this.description, `${name}: downloaded ${got} of ${info.size} bytes`);
      });
    } catch (error) {
      await rm(local, { force: true });
      throw error;
    }
    return { path: local, temporary: true };
  }

  /** Ends the connection now instead of at exit (the seam does not ask for it; tests and tools may). */
  close(): void {
    this.session.close();
  }

  /** The final name: the first of `name`, `-2`, `-3` … that RENAME can take without replacing anything. */
  private async giveName(sftp: SFTPWrapper, temp: string, name: string, exact: boolean): Promise<string> {
    for (let n = 1; n <= (exact ? 1 : maxAlternatives); n++) {
      const candidate = alternativeName(name, n);
      const path = remotePath(this.target.path, candidate);
      // Asked first for servers whose RENAME replaces (not OpenSSH's); the RENAME itself decides on OpenSSH.
      if (await exists(sftp, path)) continue;
      try {
        await renameNoReplace(sftp, temp, path);
        return candidate;
      } catch (error) {
        if (!(await exists(sftp, path))) throw error;
      }
    }
    throw targetFailure(this.description, `${name} already exists`);
  }

  /** Removes what an earlier put left: once per storage, judged by the server's uid and clock. */
  private async sweep(sftp: SFTPWrapper, handle: Buffer): Promise<void> {
    try {
      const own = await fstat(sftp, handle);
      const context = { uid: own.uid, startedAt: own.mtime };
      for (const entry of await readdir(sftp, this.target.path)) {
        if (isLeftover(entry, context))
          await unlink(sftp, remotePath(this.target.path, entry.filename)).catch(() => undefined);
      }
    } catch {
      // A sweep that cannot list or delete leaves the leftovers for a later run; the upload goes on.
    }
  }

  /** Temporary files of this process's own interrupted puts here (connection lost before cleanup). */
  private async removeAbandoned(sftp: SFTPWrapper): Promise<void> {
    for (const path of takeAbandoned(this.place)) await unlink(sftp, path).catch(() => undefined);
  }

  /** After a failed upload: close and delete the temporary file, or remember it when we cannot now. */
  private async discard(sftp: SFTPWrapper, temp: string, handle: Buffer | undefined): Promise<void> {
    try {
      if (handle) await close(sftp, handle).catch(() => undefined);
      await unlink(sftp, temp);
    } catch (error) {
      if (!isMissing(error)) rememberAbandoned(this.place, temp);
    }
  }

  /** Fails before sending anything when the server says the file system has no room for it. */
  private async checkSpace(sftp: SFTPWrapper, name: string, size: number): Promise<void> {
    const free = await freeBytes(sftp, this.target.path);
    if (free !== undefined && free < size)
      throw targetFailure(
        this.description,
        `not enough space for ${name}: it needs ${size} bytes, the server has ${free} free`,
      );
  }

  /** An upload's error; OpenSSH's bare "Failure" with a full file system behind it says so. */
  private async uploadFailure(sftp: SFTPWrapper, name: string, error: unknown): Promise<UserError> {
    if ((error as SftpError).code === sftpStatus.failure) {
      const free = await freeBytes(sftp, this.target.path);
      if (free !== undefined && free < 1024 * 1024)
        return targetFailure(this.description, `cannot store ${name}: the disk is full`);
    }
    return sftpFailure(this.description, `store ${name}`, error, this.session.lostBecause);
  }

  /** Runs `work` on the session; its errors (connecting included) become this target's UserError. */
  private async use<T>(action: string, work: (sftp: SFTPWrapper) => Promise<T>): Promise<T> {
    try {
      return await this.session.use(work);
    } catch (error) {
      throw sftpFailure(this.description, action, error, this.session.lostBecause);
    }
  }

  /** One step of a put, its failure named by `action`. */
  private async attempt<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const path = (error as { path?: string }).path;
      const named = path !== undefined && action.startsWith('create the directory');
      throw sftpFailure(
        this.description,
        named ? `create the directory ${path}` : action,
        error,
        this.session.lostBecause,
      );
    }
  }
}

/** Whether anything (a dangling link too) has the name `path`. */
async function exists(sftp: SFTPWrapper, path: string): Promise<boolean> {
  try {
    await lstat(sftp, path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
