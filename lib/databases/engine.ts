// The runtime side of a database engine: the dump as an archive source, the check that proves a stored
// dump can be restored, and the restore itself. Every command goes through the Shell seam, so this host,
// SSH, docker and docker over SSH are the same code. One implementation per folder (postgres/, mysql/,
// sqlite/), chosen by type in registry.ts; nothing else asks which engine it holds.
import type { ZipEntry } from '../archive/read-zip.js';
import type { Shell } from '../shell/shell.js';
import type { Source } from '../sources/source.js';

export interface DumpCheck {
  ok: boolean;
  /** What was proven, or what is wrong, naming the entry. */
  message: string;
}

export interface RestoreRequest {
  /** `--to-database NAME` (engines restoring into a server). */
  database?: string;
  /** `--to FILE` (engines whose database is a file). */
  file?: string;
  /** `--clean`: replace what the dump holds in a database that is not empty. */
  clean: boolean;
  /** `--force`: replace an existing file. */
  force: boolean;
}

export interface DatabaseEngine {
  /** The dump, run through `shell` (the backup's host or its container). */
  source(shell: Shell): Source;
  /** Whether an archive entry is this engine's dump. */
  isDump(entryName: string): boolean;
  /** Proves a stored dump can be restored without restoring it; runs on the verifying host. */
  checkDump(entry: ZipEntry, context: { workDirectory: string }): Promise<DumpCheck>;
  /** Restores the archive's dump through `shell`; returns the line that tells what was done. */
  restore(zipPath: string, shell: Shell, request: RestoreRequest): Promise<string>;
}

/** What an engine's factory is given besides its settings. */
export interface EngineContext {
  /** The container the commands run in, if any (for hints). */
  container?: string;
}
