// Every zip reader installable here, each run the way its users run it: the command-line tools extract
// (and what lands on disk is looked at with lstat), the libraries are asked through their APIs. Archives
// too big to extract (the big shape) are read through a pipe instead, each file digested as it streams.
import { createReadStream, lstatSync, readdirSync, readFileSync, readlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import unzipper from 'unzipper';
import { digestFile, digestOf, digestStream } from './digest.js';
import { runReader } from './run.js';

export type ReaderId =
  | 'unzip'
  | 'unzip -X -K'
  | 'unzip -t'
  | 'zip -T'
  | '7zz'
  | 'bsdtar'
  | 'python zipfile'
  | 'java ZipFile'
  | 'java ZipInputStream'
  | 'unzipper';

/** One entry as a reader gave it; a field it does not give is left out. */
export interface ReadEntry {
  /** Relative, `/`-separated, no trailing slash. */
  path: string;
  kind: 'file' | 'directory' | 'symlink';
  digest?: string;
  /** Permission bits with setuid/setgid/sticky (no type bits). */
  mode?: number;
  mtimeMs?: number;
  target?: string;
  uid?: number;
  gid?: number;
  /** Inode on disk: two names with one inode are hard links. */
  ino?: number;
}

export interface Reading {
  /** What the reader said when it failed (exit status, exception); undefined when it succeeded. */
  error?: string;
  entries: ReadEntry[];
}

export interface Reader {
  id: ReaderId;
  /** Only checks the archive (exit status), extracting nothing. */
  tester?: boolean;
  /** The programs it runs and their Debian packages (.ci/test installs them). */
  needs: { command: string; debian: string }[];
  /**
   * Reads `archive`, extracting under `scratch` where the reader extracts. With `pipe`, the archive is too
   * big to extract: each of those files is digested through the reader's stdout instead.
   */
  read(archive: string, scratch: string, pipe?: readonly string[]): Promise<Reading>;
}

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/readers/', import.meta.url));
const timeoutMs = 10 * 60_000;
const unzipPackage = { command: 'unzip', debian: 'unzip' };

/** A command-line tool that extracts into a directory, or pipes one file to stdout. */
function extractor(
  id: ReaderId,
  needs: Reader['needs'],
  extract: (archive: string, into: string) => string[],
  pipeOne: (archive: string, name: string) => string[],
): Reader {
  return {
    id,
    needs,
    async read(archive, scratch, pipe) {
      if (pipe) return await pipeEach(pipe, (name) => pipeOne(archive, name));
      const into = join(scratch, 'extracted');
      mkdirSync(into, { recursive: true });
      const ran = await runReader(extract(archive, into), { cwd: into, timeoutMs });
      return {
        ...(ran.status === 0 ? {} : { error: `exit ${ran.status}: ${ran.message}` }),
        entries: await lstatTree(into),
      };
    },
  };
}

async function pipeEach(names: readonly string[], argv: (name: string) => string[]): Promise<Reading> {
  const entries: ReadEntry[] = [];
  for (const name of names) {
    const ran = await runReader(argv(name), { timeoutMs, digest: true });
    if (ran.status !== 0) return { error: `${name}: exit ${ran.status}: ${ran.message}`, entries };
    entries.push({ path: name, kind: 'file', digest: ran.digest as string });
  }
  return { entries };
}

/** A tool that only tests the archive: it passes or it does not. */
function tester(id: ReaderId, needs: Reader['needs'], argv: (archive: string) => string[]): Reader {
  return {
    id,
    tester: true,
    needs,
    async read(archive) {
      const ran = await runReader(argv(archive), { timeoutMs });
      return { ...(ran.status === 0 ? {} : { error: `exit ${ran.status}: ${ran.message}` }), entries: [] };
    },
  };
}

/** Info-ZIP's unzip takes names as wildcard patterns. */
const literal = (name: string) => name.replace(/[[\]*?\\]/g, '\\$&');

export function makeReaders(work: string): Reader[] {
  let javaClasses: Promise<string> | undefined;
  const compileJava = async () => {
    const classes = join(work, 'java-classes');
    const ran = await runReader(['javac', '-d', classes, join(fixtures, 'ZipRead.java')], { timeoutMs });
    if (ran.status !== 0) throw new Error(`javac failed: ${ran.message}`);
    return classes;
  };
  const java = (id: ReaderId, mode: string): Reader => ({
    id,
    needs: [
      { command: 'java', debian: 'default-jdk-headless' },
      { command: 'javac', debian: 'default-jdk-headless' },
    ],
    async read(archive) {
      const classes = await (javaClasses ??= compileJava());
      const ran = await runReader(['java', '-XX:+UseSerialGC', '-cp', classes, 'ZipRead', mode, archive], {
        timeoutMs,
      });
      if (ran.status !== 0) return { error: `java exit ${ran.status}: ${ran.message}`, entries: [] };
      return fromApi(JSON.parse(ran.stdout) as ApiReading);
    },
  });

  return [
    extractor(
      'unzip',
      [unzipPackage],
      (archive, into) => ['unzip', '-q', archive, '-d', into],
      (archive, name) => ['unzip', '-p', archive, literal(name)],
    ),
    extractor(
      'unzip -X -K',
      [unzipPackage],
      (archive, into) => ['unzip', '-q', '-X', '-K', archive, '-d', into],
      (archive, name) => ['unzip', '-p', archive, literal(name)],
    ),
    tester('unzip -t', [unzipPackage], (archive) => ['unzip', '-tq', archive]),
    tester('zip -T', [{ command: 'zip', debian: 'zip' }, unzipPackage], (archive) => ['zip', '-T', archive]),
    extractor(
      '7zz',
      [{ command: '7zz', debian: '7zip' }],
      (archive, into) => ['7zz', 'x', '-bd', '-bso0', `-o${into}`, archive],
      (archive, name) => ['7zz', 'x', '-bd', '-so', archive, name],
    ),
    extractor(
      'bsdtar',
      [{ command: 'bsdtar', debian: 'libarchive-tools' }],
      (archive, into) => ['bsdtar', '-xf', archive, '-C', into],
      (archive, name) => ['bsdtar', '-xOf', archive, name],
    ),
    {
      id: 'python zipfile',
      needs: [{ command: 'python3', debian: 'python3' }],
      async read(archive, scratch, pipe) {
        const script = join(fixtures, 'read_zip.py');
        if (pipe) {
          const ran = await runReader(['python3', script, 'stream', archive], { timeoutMs });
          if (ran.status !== 0) return { error: `python exit ${ran.status}: ${ran.message}`, entries: [] };
          return fromApi(JSON.parse(ran.stdout) as ApiReading);
        }
        const into = join(scratch, 'extracted');
        const ran = await runReader(['python3', script, 'extract', archive, into], { timeoutMs });
        return { ...(ran.status === 0 ? {} : { error: ran.message }), entries: await lstatTree(into) };
      },
    },
    java('java ZipFile', 'zipfile'),
    java('java ZipInputStream', 'zipinputstream'),
    {
      id: 'unzipper',
      needs: [],
      read: readWithUnzipper,
    },
  ];
}

/** What the Java and Python programs print. */
interface ApiReading {
  entries: { name: string; directory: boolean; digest: string; mtime?: number | null }[];
  error?: string;
}

function fromApi(reading: ApiReading): Reading {
  return {
    ...(reading.error ? { error: reading.error } : {}),
    entries: reading.entries.map((entry) => ({
      path: entry.name.replace(/\/$/, ''),
      kind: entry.directory ? 'directory' : 'file',
      ...(entry.directory ? {} : { digest: entry.digest }),
      ...(typeof entry.mtime === 'number' ? { mtimeMs: entry.mtime } : {}),
    })),
  };
}

/** unzipper's Parse: the streaming reader, entry by entry from the local headers. */
async function readWithUnzipper(archive: string): Promise<Reading> {
  const entries: ReadEntry[] = [];
  try {
    const parse = createReadStream(archive).pipe(unzipper.Parse({ forceStream: true }));
    for await (const item of parse) {
      const entry = item as unzipper.Entry & { vars: { lastModifiedDateTime: Date } };
      const directory = entry.type === 'Directory';
      const digest = await digestStream(entry);
      entries.push({
        path: entry.path.replace(/\/$/, ''),
        kind: directory ? 'directory' : 'file',
        ...(directory ? {} : { digest }),
        mtimeMs: entry.vars.lastModifiedDateTime.getTime(),
      });
    }
    return { entries };
  } catch (error) {
    return { error: String(error), entries };
  }
}

/**
 * What a tree holds, as lstat and the bytes tell it: an extraction, or the source itself. Paths stay
 * bytes while walking (a name that is not UTF-8 must still open); `path` shows them as UTF-8.
 */
export async function lstatTree(root: string): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = [];
  const visit = async (directory: Buffer, relative: string) => {
    let names: Buffer[];
    try {
      names = readdirSync(directory, { encoding: 'buffer' }).sort((a, b) => Buffer.compare(a, b));
    } catch {
      return;
    }
    for (const name of names) {
      const path = Buffer.concat([directory, Buffer.from('/'), name]);
      const rel = relative ? `${relative}/${name.toString()}` : name.toString();
      const stat = lstatSync(path);
      const common = {
        path: rel,
        mode: stat.mode & 0o7777,
        mtimeMs: stat.mtimeMs,
        uid: stat.uid,
        gid: stat.gid,
      };
      if (stat.isSymbolicLink())
        entries.push({ ...common, kind: 'symlink', target: readlinkSync(path, 'utf8') });
      else if (stat.isDirectory()) {
        entries.push({ ...common, kind: 'directory' });
        await visit(path, rel);
      } else {
        // Small files (70,000 of them in the many shape) read at once, large ones streamed.
        const digest = stat.size < 1024 * 1024 ? digestOf(readFileSync(path)) : await digestFile(path);
        entries.push({ ...common, kind: 'file', ino: stat.ino, digest });
      }
    }
  };
  await visit(Buffer.from(root), '');
  return entries;
}
