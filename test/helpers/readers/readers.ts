// Every zip reader installable here, each run the way its users run it: the command-line tools extract
// (what lands on disk is looked at with lstat), the libraries are asked through their APIs. An archive
// too big to extract is listed and piped instead (cli-readers.ts).
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import unzipper from 'unzipper';
import {
  bsdtarTool,
  cliReader,
  sevenZipTool,
  smallFile,
  testerReader,
  timeoutMs,
  unzipTool,
} from './cli-readers.js';
import { digestStream } from './digest.js';
import { runReader } from './run.js';
import { lstatTree } from './tree.js';

export type ReaderId =
  | 'unzip'
  | 'unzip -X -K'
  | 'unzip -t'
  | 'zip -T'
  | '7zz'
  | '7zz -snld'
  | 'bsdtar'
  | 'python zipfile'
  | 'java ZipFile'
  | 'java ZipInputStream'
  | 'unzipper';

/** One entry as a reader gave it; what it does not give is left out. */
export interface ReadEntry {
  /** Relative, `/`-separated, no trailing slash. */
  path: string;
  kind: 'file' | 'directory' | 'symlink';
  /** Of the content (digest.ts); absent where the reader only listed the entry. */
  digest?: string;
  size?: number;
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
  /** 'list-all' through a pipe: the digest of every file's bytes, one after the other, in archive order. */
  all?: string;
}

/**
 * How a shape is read: extracted (and looked at with lstat); listed, with only the files of at most 1 MiB
 * piped out (files past 4 GiB); or listed, with all files piped out as one stream (70,000 entries).
 */
export type ReadMode = 'extract' | 'list-small' | 'list-all';

export interface Reader {
  id: ReaderId;
  /** Only checks the archive (exit status), extracting nothing. */
  tester?: boolean;
  /** Reads every byte of the archive whatever the mode (a tester, a streaming reader): slow on big ones. */
  readsAll?: boolean;
  /** The programs it runs and their Debian packages (.ci/test installs them). */
  needs: { command: string; debian: string }[];
  /** Reads `archive`, extracting under `scratch` where the reader extracts. */
  read(archive: string, scratch: string, mode: ReadMode): Promise<Reading>;
}

const fixtures = fileURLToPath(new URL('../../../../test/fixtures/readers/', import.meta.url));
const unzipNeeds = [{ command: 'unzip', debian: 'unzip' }];
const sevenZipNeeds = [{ command: '7zz', debian: '7zip' }];

/** The readers; Java's are compiled under `work` on first use. */
export function makeReaders(work: string): Reader[] {
  let javaClasses: Promise<string> | undefined;
  const compileJava = async () => {
    const classes = join(work, 'java-classes');
    const ran = await runReader(['javac', '-d', classes, join(fixtures, 'ZipRead.java')], { timeoutMs });
    if (ran.status !== 0) throw new Error(`javac failed: ${ran.message}`);
    return classes;
  };
  const java = (id: ReaderId, api: string): Reader => ({
    id,
    ...(api === 'zipinputstream' ? { readsAll: true } : {}),
    needs: [
      { command: 'java', debian: 'default-jdk-headless' },
      { command: 'javac', debian: 'default-jdk-headless' },
    ],
    async read(archive, _scratch, mode) {
      const classes = await (javaClasses ??= compileJava());
      const max = mode === 'list-small' ? smallFile : -1;
      const argv = ['java', '-XX:+UseSerialGC', '-cp', classes, 'ZipRead', api, String(max), archive];
      const ran = await runReader(argv, { timeoutMs });
      if (ran.status !== 0) return { error: `java exit ${ran.status}: ${ran.message}`, entries: [] };
      return fromApi(JSON.parse(ran.stdout) as ApiReading);
    },
  });

  return [
    cliReader('unzip', unzipNeeds, unzipTool([])),
    cliReader('unzip -X -K', unzipNeeds, unzipTool(['-X', '-K'])),
    testerReader('unzip -t', unzipNeeds, (archive) => ['unzip', '-tq', archive]),
    testerReader('zip -T', [{ command: 'zip', debian: 'zip' }, ...unzipNeeds], (archive) => [
      'zip',
      '-T',
      archive,
    ]),
    cliReader('7zz', sevenZipNeeds, sevenZipTool([])),
    cliReader('7zz -snld', sevenZipNeeds, sevenZipTool(['-snld'])),
    cliReader('bsdtar', [{ command: 'bsdtar', debian: 'libarchive-tools' }], bsdtarTool),
    { id: 'python zipfile', needs: [{ command: 'python3', debian: 'python3' }], read: readWithPython },
    java('java ZipFile', 'zipfile'),
    java('java ZipInputStream', 'zipinputstream'),
    { id: 'unzipper', readsAll: true, needs: [], read: readWithUnzipper },
  ];
}

/** What the Java and Python programs print. */
interface ApiReading {
  entries: { name: string; directory: boolean; size: number; digest?: string; mtime?: number | null }[];
  error?: string;
}

function fromApi(reading: ApiReading): Reading {
  return {
    ...(reading.error ? { error: reading.error } : {}),
    entries: reading.entries.map((entry) => ({
      path: entry.name.replace(/\/$/, ''),
      kind: entry.directory ? 'directory' : 'file',
      size: entry.size,
      ...(entry.directory || entry.digest === undefined ? {} : { digest: entry.digest }),
      ...(typeof entry.mtime === 'number' ? { mtimeMs: entry.mtime } : {}),
    })),
  };
}

/** Python's zipfile: extractall() as its users extract, or the API when the archive is too big for that. */
async function readWithPython(archive: string, scratch: string, mode: ReadMode): Promise<Reading> {
  const script = join(fixtures, 'read_zip.py');
  if (mode === 'extract') {
    const into = join(scratch, 'extracted');
    const ran = await runReader(['python3', script, 'extract', archive, into], { timeoutMs });
    return { ...(ran.status === 0 ? {} : { error: ran.message }), entries: await lstatTree(into) };
  }
  const max = mode === 'list-small' ? smallFile : -1;
  const ran = await runReader(['python3', script, 'stream', archive, String(max)], { timeoutMs });
  if (ran.status !== 0) return { error: `python exit ${ran.status}: ${ran.message}`, entries: [] };
  return fromApi(JSON.parse(ran.stdout) as ApiReading);
}

/** unzipper's Parse: the streaming reader, entry by entry from the local headers, every byte read. */
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
