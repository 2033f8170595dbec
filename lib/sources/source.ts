// The source seam: what a backup reads, as a sequence of archive entries whose contents are streams.
// Files (local or remote) and database dumps (lib/databases/) have the same shape; the archive step knows
// no more.
import type { Readable } from 'node:stream';
import { storedName, type Escapes } from './names.js';

interface EntryBase {
  /** The name in the archive: `/`-separated, relative, no trailing slash. */
  name: string;
  mode: number;
  mtime: Date;
  /** Numeric owner, where known (files: from lstat or the tar header; a dump has none). */
  uid?: number;
  gid?: number;
  /**
   * The entry's whole path (top folder included, `/`-separated) as bytes on disk, when `name` does not
   * say them exactly: an escaped name, or one renamed apart from another. Our restore uses it.
   */
  rawName?: Buffer;
}

export interface FileEntry extends EntryBase {
  type: 'file';
  /** The size when the entry was listed (undefined for a stream such as a dump). */
  size: number | undefined;
  open(): Readable;
  /**
   * A file on this host: reads into the caller's buffers, so the archive step can reuse a few blocks
   * instead of allocating one per chunk (less for the garbage collector to find). `open` is the fallback.
   * Undefined: the file is no longer what was listed (replaced by a link or another file since); the
   * entry is left out, and the source has said why in its report.
   */
  openReader?(): Promise<BlockReader | undefined>;
  /** Later entries may be hard links to this one: the archive step notes whether it was stored. */
  linkable?: boolean;
  /** Store without compressing (the content is compressed already, like a custom-format dump). */
  store?: boolean;
  /** Called after the content was read to the end: checks the producer's exit status, notes changes. */
  finish?(bytesRead: number): Promise<void>;
  /** Turns a read error into what went wrong behind it (a remote link lost, say); default: the error. */
  explain?(error: Error): Promise<Error>;
}

export interface BlockReader {
  /** The size of what was opened (fstat): a small file is then read in one read of that many bytes. */
  readonly size?: number;
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

/**
 * Another name of an earlier file entry (the same inode), stored once: in the zip a symlink entry to it
 * plus a private field naming it, which our restore turns back into a hard link.
 */
export interface HardLinkEntry extends EntryBase {
  type: 'hardlink';
  /** The earlier file entry's name (as the source named it; see unique-names.ts for the stored one). */
  target: string;
  /** And its rawName, if it has one: two entries can have one name before they are renamed apart. */
  targetRawName?: Buffer;
  /** This path's own content, stored instead when the earlier entry was not (left out as it was opened). */
  fallback?: FileEntry;
}

export type ArchiveEntry = FileEntry | DirectoryEntry | SymlinkEntry | HardLinkEntry;

/** What a source found while reading, for the manifest. */
export interface SourceReport {
  warnings: string[];
  /** Facts about the source: client and server versions of a dump, hosts. */
  details: Record<string, string>;
}

export interface Source {
  /** For the manifest and --dry-run: what is read, from where. */
  readonly description: string;
  entries(report: SourceReport): AsyncIterable<ArchiveEntry>;
  /** The bytes `entries` will read, where that can be known beforehand (for percent and ETA). */
  estimateBytes?(): Promise<number>;
}

export interface TopName {
  name: string;
  /** The folder's bytes for our restore, when `name` is escaped: the basename, and its -2 … if any. */
  raw?: Buffer;
  escapes?: Escapes;
}

/** Top folder names for the FILE_PATH roots: each basename, with -2, -3 … on clashes. */
export function topNames(basenames: readonly string[]): TopName[] {
  const used = new Set<string>();
  return basenames.map((written) => {
    const { name: base, escapes } = storedName(Buffer.from(written), true);
    const plain = base === '' || base === '/' ? 'root' : base;
    let name = plain;
    let suffix = '';
    for (let n = 2; used.has(name); n++) {
      suffix = `-${n}`;
      name = `${plain}${suffix}`;
    }
    used.add(name);
    return escapes ? { name, raw: Buffer.from(`${written}${suffix}`), escapes } : { name };
  });
}
