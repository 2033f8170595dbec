// The source seam: what a backup reads, as a sequence of archive entries whose contents are streams.
// Files (local or remote) and PostgreSQL dumps have the same shape; the archive step knows no more.
import type { Readable } from 'node:stream';
import { zipSafeName } from './names.js';

interface EntryBase {
  /** The name in the archive: `/`-separated, relative, no trailing slash. */
  name: string;
  mode: number;
  mtime: Date;
}

export interface FileEntry extends EntryBase {
  type: 'file';
  /** The size when the entry was listed (undefined for a stream such as a dump). */
  size: number | undefined;
  open(): Readable;
  /**
   * A file on this host: reads into the caller's buffers, so the archive step can reuse a few blocks
   * instead of allocating one per chunk (less for the garbage collector to find). `open` is the fallback.
   */
  openReader?(): Promise<BlockReader>;
  /** Store without compressing (the content is compressed already, like a custom-format dump). */
  store?: boolean;
  /** Called after the content was read to the end: checks the producer's exit status, notes changes. */
  finish?(bytesRead: number): Promise<void>;
  /** Turns a read error into what went wrong behind it (a remote link lost, say); default: the error. */
  explain?(error: Error): Promise<Error>;
}

export interface BlockReader {
  /** Fills `into` from where the last read stopped; fewer bytes only at the end of the file. */
  read(into: Buffer): Promise<number>;
  close(): Promise<void>;
}

export interface DirectoryEntry extends EntryBase {
  type: 'directory';
}

export interface SymlinkEntry extends EntryBase {
  type: 'symlink';
  target: string;
}

export type ArchiveEntry = FileEntry | DirectoryEntry | SymlinkEntry;

/** What a source found while reading, for the manifest. */
export interface SourceReport {
  warnings: string[];
  /** Facts about the source: pg_dump and server versions, hosts. */
  details: Record<string, string>;
}

export interface Source {
  /** For the manifest and --dry-run: what is read, from where. */
  readonly description: string;
  entries(report: SourceReport): AsyncIterable<ArchiveEntry>;
  /** The bytes `entries` will read, where that can be known beforehand (for percent and ETA). */
  estimateBytes?(): Promise<number>;
}

/** Top folder names for the FILE_PATH roots: each basename, with -2, -3 … on clashes. */
export function topNames(basenames: readonly string[]): string[] {
  const used = new Set<string>();
  return basenames.map((written) => {
    const base = zipSafeName(written, true).name;
    let name = base === '' || base === '/' ? 'root' : base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}
