// sync-cron runs every minute. When nothing that shapes the block has changed since the last run, it
// reuses the block it rendered then, instead of loading the YAML parser and the validator again.
// The key covers everything the block depends on: the tool's version, node and run-backup paths, the
// config's path and bytes, the .env file's bytes, HOME, and the values of the variables the config uses.
// Checked files (SSH keys) are re-checked on every hit, so a deleted key is still reported at once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../atomic-file.js';
import { join } from 'node:path';
import type { ConfigSources } from '../config/sources.js';

/** Bumped whenever the rendered lines change within one version (3: lines start with `umask 027;`). */
const format = 3;

export interface BlockContext {
  version: string;
  node: string;
  runBackup: string;
  envFileOption: string | undefined;
  home: string;
}

export interface CachedBlock {
  key: string;
  variables: string[];
  checkedFiles: string[];
  logDirectory: string;
  block: string[];
}

/** The cache key of a rendering; `variables` are the names the config referenced last time. */
export function blockCacheKey(
  context: BlockContext,
  sources: ConfigSources,
  variables: readonly string[],
): string {
  const parts = [
    format,
    context,
    sources.file,
    digest(sources.text),
    sources.envFile ? [sources.envFile.path, digest(sources.envFile.text)] : null,
    variables.map((name) => [name, sources.env[name] ?? null]),
  ];
  return digest(JSON.stringify(parts));
}

export function cacheFile(directory: string, configFile: string): string {
  return join(directory, `${digest(configFile).slice(0, 32)}.json`);
}

/** The cached block if it still holds for these sources, else undefined. Any damage means a miss. */
export function lookupBlock(
  directory: string,
  context: BlockContext,
  sources: ConfigSources,
): CachedBlock | undefined {
  let entry: CachedBlock;
  try {
    entry = JSON.parse(readFileSync(cacheFile(directory, sources.file), 'utf8')) as CachedBlock;
  } catch {
    return undefined;
  }
  if (!isEntry(entry)) return undefined;
  if (entry.key !== blockCacheKey(context, sources, entry.variables)) return undefined;
  if (!entry.checkedFiles.every((file) => existsSync(file))) return undefined;
  return entry;
}

export function storeBlock(directory: string, sources: ConfigSources, entry: CachedBlock): void {
  try {
    mkdirSync(directory, { recursive: true, mode: 0o700 });
    const file = cacheFile(directory, sources.file);
    // Only the cache's own fields: a caller's extra fields (such as NOTIFY settings) may hold secrets.
    const { key, variables, checkedFiles, logDirectory, block } = entry;
    writeFileAtomic(file, JSON.stringify({ key, variables, checkedFiles, logDirectory, block }), {
      mode: 0o600,
    });
  } catch {
    // A cache that cannot be written only costs the next run some time.
  }
}

function isEntry(value: unknown): value is CachedBlock {
  const entry = value as Partial<CachedBlock> | null;
  return (
    typeof entry?.key === 'string' &&
    typeof entry.logDirectory === 'string' &&
    [entry.variables, entry.checkedFiles, entry.block].every(
      (list) => Array.isArray(list) && list.every((item) => typeof item === 'string'),
    )
  );
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
