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
import { escapeWarnings, nameFromBytes, storedName, type Escapes } from './names.js';
import {
  topNames,
  type ArchiveEntry,
  type FileEntry,
  type Source,
  type SourceReport,
  type TopName,
} from './source.js';
import { UniqueNames } from './unique-names.js';

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
    const names = new UniqueNames(report);
    for (const [i, path] of present.entries()) {
      const top = tops[i];
      if (!top) continue;
      if (top.escapes) report.warnings.push(...escapeWarnings(top.name, top.escapes));
      yield* this.readPath(path, top, report, names);
    }
  }

  /**
   * `tar -c` of one path; relative paths and `~` are relative to the remote home (where ssh starts).
   * Hard links come as links to the first name tar stored (not --hard-dereference): stored once.
   */
  static tarArgv(path: string): string[] {
    const remote = remotePath(path);
    return [
      'tar',
      '-c',
      '-f',
      '-',
      '--numeric-owner',
      '-C',
      posix.dirname(remote),
      '--',
      posix.basename(remote),
    ];
  }

  private async *readPath(
    path: string,
    top: TopName,
    report: SourceReport,
    names: UniqueNames,
  ): AsyncIterable<ArchiveEntry> {
    // Names are read as bytes (latin1 maps each byte to one char) and decoded here, so a name that is
    // not UTF-8 is escaped visibly instead of turning into U+FFFD.
    const base = Buffer.from(posix.basename(remotePath(path))).toString('latin1');
    const streaming = this.shell.stream(RemoteFileSource.tarArgv(path));
    // tar-stream reads this option, though its type definitions do not list it.
    const parser = extract({ filenameEncoding: 'latin1' } as Parameters<typeof extract>[0]);
    streaming.stdout.pipe(parser);
    const excludedDirectories: string[] = [];
    const excluded = (relative: string, isDirectory: boolean) =>
      relative.split('/').some((part) => part === '..') ||
      excludedDirectories.some((dir) => relative.startsWith(`${dir}/`)) ||
      (relative !== '' && this.matcher.excludes(relative, isDirectory));
    try {
      for await (const entry of parser) {
        const header = entry.header;
        const place = placeOf(header.name, base, top);
        if (place?.escapes) report.warnings.push(...escapeWarnings(place.name, place.escapes));
        const relative = place?.relative;
        const isDirectory = header.type === 'directory';
        if (relative === undefined || excluded(relative, isDirectory)) {
          if (relative === undefined)
            report.warnings.push(
              `skipped an entry outside ${path} in the remote tar stream: ${JSON.stringify(nameFromBytes(Buffer.from(header.name, 'latin1')).name)}`,
            );
          else if (isDirectory) excludedDirectories.push(relative);
          entry.resume();
          continue;
        }
        const shown = `${path}/${relative}`;
        const common = {
          name: (place as Place).name,
          mode: (header.mode ?? 0o644) & 0o7777,
          mtime: header.mtime ?? new Date(),
          ...(header.uid === undefined || header.gid === undefined
            ? {}
            : { uid: header.uid, gid: header.gid }),
          ...(place?.raw ? { rawName: place.raw } : {}),
        };
        if (header.type === 'file' || header.type === 'contiguous-file') {
          const size = header.size ?? 0;
          yield names.take({
            ...common,
            type: 'file',
            size,
            // tar-stream's entries are streamx streams; Node's Readable.from gives the zip writer a Node stream.
            open: () => Readable.from(entry),
            explain: (error) => explainCut(streaming, this.shell, shown, error),
            finish: (bytesRead) => {
              if (bytesRead !== size) report.warnings.push(`${shown}: read ${bytesRead} of ${size} bytes`);
              return Promise.resolve();
            },
          });
        } else if (isDirectory) {
          entry.resume();
          yield names.take({ ...common, type: 'directory' });
        } else if (header.type === 'symlink') {
          entry.resume();
          yield names.take({
            ...common,
            type: 'symlink',
            target: nameFromBytes(Buffer.from(header.linkname ?? '', 'latin1')).name,
          });
        } else if (header.type === 'link') {
          entry.resume();
          // tar sent the data with the first name; if EXCLUDE left that out, this name reads it again.
          const target = placeOf(header.linkname ?? '', base, top);
          if (target && !excluded(target.relative, false))
            yield names.take({
              ...common,
              type: 'hardlink',
              target: target.name,
              ...(target.raw ? { targetRawName: target.raw } : {}),
            });
          else {
            // argv is text: a name that is not UTF-8 cannot be asked for again.
            const member = nameFromBytes(Buffer.from(header.name.replace(/\/+$/, ''), 'latin1'));
            report.warnings.push(
              member.escaped
                ? `skipped ${shown}: a hard link to an excluded file, and its name is not UTF-8`
                : `${shown}: a hard link to an excluded file; stored with its own content`,
            );
            if (!member.escaped) yield names.take(this.refetch(common, path, member.name));
          }
        } else {
          entry.resume();
          report.warnings.push(
            `skipped ${shown}: a ${header.type ?? 'special file'}, not a file, directory or symlink`,
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

  /** A hard link whose first name was excluded: `member` read on its own by a second `tar -c`. */
  private refetch(
    common: Omit<FileEntry, 'type' | 'size' | 'open'>,
    path: string,
    member: string,
  ): FileEntry {
    const remote = remotePath(path);
    const argv = ['tar', '-c', '-f', '-', '-C', posix.dirname(remote), '--', member];
    return {
      ...common,
      type: 'file',
      size: undefined,
      open: () => Readable.from(firstFileOf(this.shell.stream(argv), path, this.shell)),
    };
  }
}

interface Place {
  /** The source name: top folder and the stored form of each component. */
  name: string;
  /** The path below the top folder, as stored ('' for the top itself). */
  relative: string;
  /** The whole path's bytes, when some component was escaped. */
  raw?: Buffer;
  /** Why the last component was escaped (each name is warned about once, not for each entry below). */
  escapes?: Escapes;
}

/** Where a tar member (a latin1 string of its bytes) goes; undefined when outside `base`. */
function placeOf(member: string, base: string, top: TopName): Place | undefined {
  const raw = member.replace(/\/+$/, '');
  if (raw !== base && !raw.startsWith(`${base}/`)) return undefined;
  const rawRelative = raw.slice(base.length + 1);
  // Printable ASCII without a backslash is stored as it is: no per-component work for most names.
  if (/^[\x20-\x5b\x5d-\x7e]*$/.test(rawRelative) && !top.raw)
    return { name: rawRelative ? `${top.name}/${rawRelative}` : top.name, relative: rawRelative };
  const parts = rawRelative ? rawRelative.split('/') : [];
  let relative = '';
  let escaped = Boolean(top.raw);
  let escapes: Escapes | undefined;
  for (const part of parts) {
    const stored = storedName(Buffer.from(part, 'latin1'));
    relative = relative ? `${relative}/${stored.name}` : stored.name;
    escapes = stored.escapes;
    escaped ||= escapes !== undefined;
  }
  const name = relative ? `${top.name}/${relative}` : top.name;
  const rawBytes = escaped
    ? Buffer.concat([
        top.raw ?? Buffer.from(top.name),
        ...(parts.length ? [Buffer.from(`/${rawRelative}`, 'latin1')] : []),
      ])
    : undefined;
  return { name, relative, ...(rawBytes ? { raw: rawBytes } : {}), ...(escapes ? { escapes } : {}) };
}

/** The content of the first file in a tar stream; fails when tar does. */
async function* firstFileOf(streaming: Streaming, path: string, shell: Shell): AsyncGenerator<Buffer> {
  const parser = extract();
  streaming.stdout.pipe(parser);
  let found = false;
  for await (const entry of parser) {
    if (!found && entry.header.type === 'file') {
      found = true;
      for await (const chunk of entry) yield chunk as Buffer;
    } else entry.resume();
  }
  const completion = await streaming.done;
  if (completion.exitCode !== 0 || !found)
    throw tarFailure(path, shell, completion.stderr, completion.exitCode || 2);
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
