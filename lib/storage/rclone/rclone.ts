// The RCLONE target: any remote of rclone's own config (Google Drive, Dropbox, FTP, WebDAV, B2 and 60
// more), driven through Debian's `rclone` CLI on this host. An archive is copied under a temporary dot
// name (hash-checked where both ends have one), then moved to its final name with `--ignore-existing`:
// a taken name is never overwritten (the move is skipped, the temporary copy is still there, and the
// next name is tried). rclone's config and its secrets stay rclone's (RCLONE_CONFIG, RCLONE_CONFIG_PASS).
import { basename, join } from 'node:path';
import { ExitCode, UserError } from '../../errors.js';
import { isStaleLeftover, ownedPrefix, ownedTemporaryName } from '../../leftovers.js';
import { LocalShell } from '../../shell/local.js';
import { TransientStorageError } from '../retry.js';
import type { RunResult, Shell } from '../../shell/shell.js';
import {
  alternativeName,
  type FetchedObject,
  type PutOptions,
  type Storage,
  type StoredObject,
} from '../storage.js';
import {
  copyArgv,
  deleteArgv,
  listArgv,
  mkdirArgv,
  moveNoClobberArgv,
  rcloneMessage,
  remotePath,
  statsBytes,
} from './commands.js';

const maxAlternatives = 100;
const partialPrefix = '.partial-';
/** rclone's exit status for "directory not found". */
const directoryNotFound = 3;

interface ListedFile {
  Name: string;
  Size: number;
  IsDir: boolean;
}

export class RcloneStorage implements Storage {
  readonly description: string;
  // Atomic where the backend moves server-side (local, S3, WebDAV, FTP, SFTP, Drive); see docs/targets/rclone.md.
  readonly capabilities = { atomicPut: true, rangedReads: false, localFiles: false } as const;
  private readonly folder: string;
  private swept = false;

  constructor(
    private readonly remote: string,
    private readonly path: string,
    private readonly shell: Shell = new LocalShell(),
  ) {
    this.folder = remotePath(remote, path);
    this.description = `RCLONE ${this.folder}`;
  }

  async put(source: string, name: string, options: PutOptions = {}): Promise<StoredObject> {
    await this.run('create the folder', mkdirArgv(this.folder));
    if (!this.swept) await this.sweep();
    this.swept = true;
    const temp = ownedTemporaryName(partialPrefix, name);
    // Until a move took it away, the temporary copy may exist and must go.
    let moved = false;
    try {
      await this.copy(source, remotePath(this.remote, this.path, temp), options.onProgress);
      for (let n = 1; n <= (options.exact ? 1 : maxAlternatives); n++) {
        const candidate = alternativeName(name, n);
        await this.run('move', moveNoClobberArgv(this.object(temp), this.object(candidate)));
        const files = await this.files();
        // Skipped when the name was taken: the temporary copy is still there.
        if (files.some((file) => file.Name === temp)) continue;
        moved = true;
        const stored = files.find((file) => file.Name === candidate);
        if (!stored) throw this.failure('store', `${candidate} is missing after the move`);
        return { name: candidate, size: stored.Size };
      }
      throw new UserError(`${this.description}: ${name} already exists`, { exitCode: ExitCode.failed });
    } finally {
      if (!moved) await this.shell.run(deleteArgv(this.object(temp))).catch(() => undefined);
    }
  }

  async list(): Promise<StoredObject[]> {
    return (await this.files())
      .filter((file) => !file.Name.startsWith('.'))
      .map((file) => ({ name: file.Name, size: file.Size }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  async remove(name: string): Promise<void> {
    const result = await this.shell.run(deleteArgv(this.object(name)));
    if (result.exitCode === 0) return;
    const message = rcloneMessage(`${result.stdout}\n${result.stderr}`);
    if (/doesn't exist|not found/i.test(message)) return;
    throw this.failure(`delete ${name}`, message, result);
  }

  async fetch(name: string, directory: string): Promise<FetchedObject> {
    const path = join(directory, `${ownedPrefix('fetched-')}${basename(name)}`);
    const result = await this.shell.run(copyArgv(this.object(name), path));
    if (result.exitCode !== 0) {
      const message = rcloneMessage(`${result.stdout}\n${result.stderr}`);
      if (
        /doesn't exist|not found/i.test(message) ||
        !(await this.files()).some((file) => file.Name === name)
      )
        throw new UserError(`${this.description}: there is no ${name}`, { exitCode: ExitCode.failed });
      throw this.failure(`read ${name}`, message, result);
    }
    return { path, temporary: true };
  }

  private object(name: string): string {
    return remotePath(this.remote, this.path, name);
  }

  /** Every file in the folder, dot-files included; a missing folder has none. */
  private async files(): Promise<ListedFile[]> {
    const result = await this.shell.run(listArgv(this.folder));
    if (result.exitCode === directoryNotFound) return [];
    if (result.exitCode !== 0) throw this.failure('list', rcloneMessage(result.stderr), result);
    const start = result.stdout.indexOf('[');
    return (JSON.parse(start >= 0 ? result.stdout.slice(start) : '[]') as ListedFile[]).filter(
      (file) => !file.IsDir,
    );
  }

  /** Temporary copies of runs on this host that died (kill -9): removed by the next run's first put. */
  private async sweep(): Promise<void> {
    for (const file of await this.files())
      if (isStaleLeftover(file.Name, partialPrefix)) await this.shell.run(deleteArgv(this.object(file.Name)));
  }

  /** A copy whose stats lines feed `onProgress`; a failing listener stops it. */
  private async copy(source: string, to: string, onProgress?: (bytes: number) => void): Promise<void> {
    const streaming = this.shell.stream(copyArgv(source, to));
    let output = '';
    let stopped: Error | undefined;
    streaming.stdout.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-16_384);
      for (const line of chunk.toString().split('\n')) {
        const bytes = statsBytes(line);
        if (bytes === undefined || stopped) continue;
        try {
          onProgress?.(bytes);
        } catch (error) {
          stopped = error as Error;
          streaming.kill();
        }
      }
    });
    const completion = await streaming.done;
    if (stopped) throw stopped;
    if (completion.exitCode !== 0)
      throw this.failure('upload', rcloneMessage(`${output}\n${completion.stderr}`), completion);
  }

  private async run(action: string, argv: string[]): Promise<RunResult> {
    const result = await this.shell.run(argv);
    if (result.exitCode !== 0)
      throw this.failure(action, rcloneMessage(`${result.stdout}\n${result.stderr}`), result);
    return result;
  }

  private failure(action: string, message: string, result?: { exitCode: number }): UserError {
    // rclone's exit status 5: "temporary error (one that more retries might fix)". Only an upload to the
    // temporary name is sure to have stored nothing under a final one.
    if (result?.exitCode === 5)
      return new TransientStorageError(`${this.description}: cannot ${action}: ${message}`, {
        putCommitted: action === 'upload' || action === 'create the folder' ? 'no' : 'unknown',
      });
    if (result?.exitCode === 127)
      return new UserError(`${this.description}: rclone is not installed on this host`, {
        exitCode: ExitCode.failed,
        hint: 'apt-get install rclone (Debian 12 has 1.60)',
      });
    return new UserError(`${this.description}: cannot ${action}: ${message}`, { exitCode: ExitCode.failed });
  }
}
