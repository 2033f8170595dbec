// FILE_BACKUP over SSH: one `tar -c` per FILE_PATH on the remote host (tar is on every stock Linux; no
// SFTP round trip per file), parsed here as it streams. The same semantics as local files: links stored
// as links, empty directories, modes and mtimes kept, EXCLUDE applied here with the same matcher.
// tar's exit status decides: 0 is fine, 1 ("file changed as we read it") is a warning, more is a failure.
import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { extract } from 'tar-stream';
import { ExitCode, UserError } from '../errors.js';
import { CommandError, type Shell, type Streaming } from '../shell/shell.js';
import { ExcludeMatcher } from './exclude.js';
import { nameFromBytes, zipSafeName } from './names.js';
import { topNames, type ArchiveEntry, type Source, type SourceReport } from './source.js';

export class RemoteFileSource implements Source {
  readonly description: string;
  private readonly matcher: ExcludeMatcher;

  constructor(
    private readonly shell: Shell,
    private readonly paths: readonly string[],
    exclude: readonly string[],
    private readonly optionalPaths: readonly string[] = [],
  ) {
    this.description = `files on ${shell.where}: ${paths.join(', ')}`;
    this.matcher = new ExcludeMatcher(exclude);
  }

  async *entries(report: SourceReport): AsyncIterable<ArchiveEntry> {
    const present: string[] = [];
    for (const path of this.paths) {
      if (
        this.optionalPaths.includes(path) &&
        (await this.shell.run(['test', '-e', remotePath(path)])).exitCode !== 0
      ) {
        report.warnings.push(`optional source path ${path} does not exist on ${this.shell.where}; skipped`);
      } else present.push(path);
    }
    const tops = topNames(present.map((path) => posix.basename(remotePath(path))));
    for (const [i, path] of present.entries()) yield* this.readPath(path, tops[i] as string, report);
  }

  /** `tar -c` of one path; relative paths and `~` are relative to the remote home (where ssh starts). */
  static tarArgv(path: string): string[] {
    const remote = remotePath(path);
    return [
      'tar',
      '-c',
      '-f',
      '-',
      '--numeric-owner',
      '--hard-dereference',
      '-C',
      posix.dirname(remote),
      '--',
      posix.basename(remote),
    ];
  }

  private async *readPath(path: string, top: string, report: SourceReport): AsyncIterable<ArchiveEntry> {
    // Names are read as bytes (latin1 maps each byte to one char) and decoded here, so a name that is
    // not UTF-8 is escaped visibly instead of turning into U+FFFD.
    const base = Buffer.from(posix.basename(remotePath(path))).toString('latin1');
    const streaming = this.shell.stream(RemoteFileSource.tarArgv(path));
    // tar-stream reads this option, though its type definitions do not list it.
    const parser = extract({ filenameEncoding: 'latin1' } as Parameters<typeof extract>[0]);
    streaming.stdout.pipe(parser);
    const excludedDirectories: string[] = [];
    try {
      for await (const entry of parser) {
        const header = entry.header;
        const raw = header.name.replace(/\/+$/, '');
        const rawRelative =
          raw === base ? '' : raw.startsWith(`${base}/`) ? raw.slice(base.length + 1) : undefined;
        const decoded =
          rawRelative === undefined ? undefined : nameFromBytes(Buffer.from(rawRelative, 'latin1'));
        const safe = decoded === undefined ? undefined : zipSafeName(decoded.name);
        const relative = safe?.name;
        if (safe?.escaped)
          report.warnings.push(`${path}/${relative ?? ''}: a backslash in the name is stored as %5C`);
        const name = nameFromBytes(Buffer.from(raw, 'latin1')).name;
        if (decoded?.escaped)
          report.warnings.push(
            `${path}/${relative ?? ''}: the name is not UTF-8; its invalid bytes are stored as %XX`,
          );
        const isDirectory = header.type === 'directory';
        const skip =
          relative === undefined ||
          relative.split('/').some((part) => part === '..') ||
          excludedDirectories.some((dir) => relative.startsWith(`${dir}/`)) ||
          (relative !== '' && this.matcher.excludes(relative, isDirectory));
        if (skip) {
          if (relative === undefined)
            report.warnings.push(
              `skipped an entry outside ${path} in the remote tar stream: ${JSON.stringify(name)}`,
            );
          else if (isDirectory) excludedDirectories.push(relative);
          entry.resume();
          continue;
        }
        const archiveName = relative ? `${top}/${relative}` : top;
        const common = {
          name: archiveName,
          mode: (header.mode ?? 0o644) & 0o7777,
          mtime: header.mtime ?? new Date(),
        };
        if (header.type === 'file' || header.type === 'contiguous-file') {
          const size = header.size ?? 0;
          yield {
            ...common,
            type: 'file',
            size,
            // tar-stream's entries are streamx streams; Node's Readable.from gives the zip writer a Node stream.
            open: () => Readable.from(entry),
            explain: (error) => explainCut(streaming, this.shell, `${path}/${relative}`, error),
            finish: (bytesRead) => {
              if (bytesRead !== size)
                report.warnings.push(`${path}/${relative}: read ${bytesRead} of ${size} bytes`);
              return Promise.resolve();
            },
          };
        } else if (isDirectory) {
          entry.resume();
          yield { ...common, type: 'directory' };
        } else if (header.type === 'symlink') {
          entry.resume();
          yield {
            ...common,
            type: 'symlink',
            target: nameFromBytes(Buffer.from(header.linkname ?? '', 'latin1')).name,
          };
        } else {
          entry.resume();
          report.warnings.push(
            `skipped ${path}/${relative}: a ${header.type ?? 'special file'}, not a file, directory or symlink`,
          );
        }
      }
    } catch (error) {
      streaming.kill();
      const completion = await streaming.done;
      if (completion.exitCode !== 0)
        throw tarFailure(path, this.shell, completion.stderr, completion.exitCode);
      throw new UserError(
        `the tar stream of ${path} from ${this.shell.where} is damaged: ${(error as Error).message}`,
        { exitCode: ExitCode.failed },
      );
    }
    const completion = await streaming.done;
    if (completion.exitCode === 1)
      report.warnings.push(
        `tar on ${this.shell.where}: ${completion.stderr.trim() || 'some files changed while they were read'}`,
      );
    else if (completion.exitCode !== 0)
      throw tarFailure(path, this.shell, completion.stderr, completion.exitCode);
  }
}

/** A tar stream that broke off: say whether the link or tar failed, not that the file is unreadable. */
async function explainCut(streaming: Streaming, shell: Shell, file: string, error: Error): Promise<Error> {
  const completion = await Promise.race([
    streaming.done,
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000).unref()),
  ]);
  const cause = completion?.stderr.trim() || `tar on ${shell.where} stopped sending`;
  return new UserError(`reading ${file} from ${shell.where} broke off (${error.message}): ${cause}`, {
    exitCode: ExitCode.failed,
  });
}

function remotePath(path: string): string {
  if (path === '~') return '.';
  return path.startsWith('~/') ? path.slice(2) || '.' : path;
}

function tarFailure(path: string, shell: Shell, stderr: string, exitCode: number): UserError {
  if (/Cannot (stat|open): No such file or directory/.test(stderr)) {
    return new UserError(`source path ${path} does not exist on ${shell.where}`, {
      exitCode: ExitCode.failed,
      hint: 'nothing was stored',
    });
  }
  if (/Permission denied/.test(stderr)) {
    return new UserError(`cannot read ${path} on ${shell.where}: ${stderr.trim()}`, {
      exitCode: ExitCode.failed,
    });
  }
  return new CommandError(['tar'], shell.where, { exitCode, stderr, timedOut: false });
}
