// The storage seam: where archives and manifests are kept. Each target (LOCAL, ONEDRIVE, …) implements
// this; retention, retries and dry-run are written once on top of it, never inside a backend.

export interface StoredObject {
  name: string;
  size: number;
}

/**
 * What a storage can do, declared instead of special-cased in the core (the conformance suite,
 * test/storage/conformance.ts, checks each claim).
 */
export interface StorageCapabilities {
  /** An object appears under its final name whole or not at all (rename, link, or a committed upload). */
  atomicPut: boolean;
  /** The hash the storage computes itself and checks an upload against, if any. */
  serverHash?: 'quickxorhash' | 'sha256' | 'md5' | 'crc32c';
  /** `fetch` resumes a cut download with a ranged read instead of starting over. */
  rangedReads: boolean;
  /** Fetched objects are the storage's own files (nothing is copied). */
  localFiles: boolean;
}

export interface Storage {
  /** For messages and the summary: "LOCAL /srv/backups". */
  readonly description: string;
  readonly capabilities: StorageCapabilities;
  /**
   * Stores the local file `source` as `name`, never overwriting: when `name` is taken, `-2`, `-3` … go
   * before the extension, unless `exact` is set, in which case a taken name is an error. Nobody ever sees
   * a partial object under the final name. Returns the name used.
   */
  put(source: string, name: string, options?: PutOptions): Promise<StoredObject>;
  /** The objects directly in the target's folder. */
  list(): Promise<StoredObject[]>;
  /** Deletes one object; a missing one is not an error. */
  remove(name: string): Promise<void>;
  /**
   * A local file holding the object's bytes, for verify and restore: a directory-backed storage gives
   * the object's own path (nothing copied); others download into `directory` and mark the file
   * `temporary` (the caller deletes it). A missing object is an error that names it.
   */
  fetch(name: string, directory: string): Promise<FetchedObject>;
  /**
   * Optional: a closer look at the target than list() takes, for --check-targets (S3: HeadBucket).
   * Resolves what it found, in words; rejects with what is wrong.
   */
  probe?(): Promise<string>;
}

export interface FetchedObject {
  path: string;
  temporary: boolean;
}

export interface PutOptions {
  /** A taken name is an error instead of a reason to pick `-2`, `-3` …. */
  exact?: boolean;
  /** Bytes sent so far, so watchdogs see progress during long copies and uploads. */
  onProgress?: (bytes: number) => void;
  /**
   * The caller never writes `source` again (it only deletes it): a storage on the same file system may
   * hard-link it instead of copying.
   */
  immutable?: boolean;
}

/** `a.zip` → `a-2.zip`, `a-3.zip` …; the n-th alternative name. */
export function alternativeName(name: string, n: number): string {
  if (n < 2) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}
