// `run-backup --verify` and VERIFY: true. Takes an archive as stored on a target (downloaded when the
// target is remote) and proves it is what the manifest says and that it can be read back: size and sha256
// against the manifest, every entry's CRC-32 and length, the entry list against the manifest's, and for
// database archives the engine's own check of its dump (lib/databases/*/verify.ts).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { checkEntry, readZip } from '../archive/read-zip.js';
import { kindName, type Backup } from '../config/model.js';
import { manifestNameFor, parseArchiveName } from '../backup/naming.js';
import { UsageError } from '../errors.js';
import type { Manifest } from '../backup/manifest.js';
import type { FetchedObject, Storage } from '../storage/storage.js';
import type { DatabaseEngine } from '../databases/engine.js';

export interface VerifyReport {
  target: string;
  archive?: string;
  ok: boolean;
  /** What was checked and found right. */
  checks: string[];
  /** What differs, in words. */
  problems: string[];
}

/** The newest archive of `backup` on a storage, by the time in its name. */
export async function newestArchive(
  storage: Pick<Storage, 'list'>,
  backup: Backup,
): Promise<string | undefined> {
  const dated = (await storage.list())
    .map((object) => ({
      name: object.name,
      parsed: parseArchiveName(backup.project, backup.name, object.name),
    }))
    .filter((entry) => entry.parsed !== undefined)
    .sort(
      (a, b) =>
        (b.parsed?.time.getTime() ?? 0) - (a.parsed?.time.getTime() ?? 0) ||
        (b.parsed?.sequence ?? 0) - (a.parsed?.sequence ?? 0),
    );
  return dated[0]?.name;
}

/**
 * `--archive NAME` must be one of this backup's archive names, plain (no folder, no `..`): the name is
 * joined to the target's path, so `../../elsewhere.zip` would read an archive from anywhere.
 */
export function checkArchiveName(backup: Backup, name: string): void {
  if (
    name.includes('/') ||
    name.includes('\\') ||
    parseArchiveName(backup.project, backup.name, name) === undefined
  )
    throw new UsageError(
      `--archive ${JSON.stringify(name)} is not an archive name of ${backup.project}/${backup.name}`,
      `expected a plain name such as ${backup.project}_${backup.name}_20260310T020000Z.zip, as --verify shows`,
    );
}

/** The named archive if the storage lists it (after checkArchiveName), else the newest; undefined if none. */
export async function chooseArchive(
  storage: Pick<Storage, 'list' | 'description'>,
  backup: Backup,
  name: string | undefined,
): Promise<string | undefined> {
  if (name === undefined) return newestArchive(storage, backup);
  checkArchiveName(backup, name);
  if (!(await storage.list()).some((object) => object.name === name))
    throw new UsageError(`--archive ${name}: no such archive on ${storage.description}`);
  return name;
}

/**
 * Fetches an archive and its manifest from a storage (the manifest first: without it there is nothing to
 * check against), runs `work` on the local copy, and removes what was downloaded, whatever happens.
 */
export async function withFetchedArchive<T>(
  storage: Storage,
  archive: string,
  workDirectory: string,
  work: (zipPath: string, manifest: Manifest) => Promise<T>,
): Promise<T> {
  const fetched: FetchedObject[] = [];
  try {
    const manifestFile = await storage.fetch(manifestNameFor(archive), workDirectory);
    fetched.push(manifestFile);
    const manifest = JSON.parse(readFileSync(manifestFile.path, 'utf8')) as Manifest;
    const zip = await storage.fetch(archive, workDirectory);
    fetched.push(zip);
    return await work(zip.path, manifest);
  } finally {
    for (const file of fetched) if (file.temporary) rmSync(file.path, { force: true });
  }
}

export async function verifyArchive(request: {
  backup: Backup;
  storage: Storage;
  archive?: string;
  workDirectory: string;
}): Promise<VerifyReport> {
  const { backup, storage } = request;
  const report: VerifyReport = { target: storage.description, ok: false, checks: [], problems: [] };
  // A named archive is checked as a name only: run.ts names the one it just stored, and the fetch
  // says clearly enough when a target lacks it.
  if (request.archive !== undefined) {
    try {
      checkArchiveName(backup, request.archive);
    } catch (error) {
      report.problems.push((error as Error).message);
      return report;
    }
  }
  const archive = request.archive ?? (await newestArchive(storage, backup));
  if (!archive) {
    report.problems.push(`no archive of ${backup.project}/${backup.name} on ${storage.description}`);
    return report;
  }
  report.archive = archive;
  try {
    await withFetchedArchive(storage, archive, request.workDirectory, async (zipPath, manifest) => {
      if (
        manifest.project !== backup.project ||
        manifest.backup !== backup.name ||
        manifest.archive !== archive
      ) {
        report.problems.push(
          `the manifest describes ${manifest.project}/${manifest.backup} ${manifest.archive}, not ${backup.project}/${backup.name} ${archive}`,
        );
      }
      await checkChecksums(zipPath, manifest, report);
      const kindProblem = kindMismatch(manifest, backup);
      if (kindProblem) report.problems.push(kindProblem);
      // The engine's check of another engine's dump would only add noise.
      else await checkEntries(zipPath, manifest, backup, report, request.workDirectory);
    });
  } catch (error) {
    report.problems.push(error instanceof Error ? error.message : String(error));
  }
  report.ok = report.problems.length === 0;
  return report;
}

/**
 * An archive made when the backup was of another kind (DB_INFO.TYPE changed since) is read by the
 * wrong engine: said in words instead.
 */
export function kindMismatch(manifest: { kind?: string }, backup: Backup): string | undefined {
  const now = kindName(backup);
  // A manifest that does not say (hand-made, or from elsewhere) is taken at its word.
  return manifest.kind === undefined || manifest.kind === now
    ? undefined
    : `the archive holds a ${manifest.kind} backup, but ${backup.project}/${backup.name} is now ${now} in the config (was DB_INFO.TYPE changed?)`;
}

export async function checkChecksums(path: string, manifest: Manifest, report: VerifyReport): Promise<void> {
  const size = statSync(path).size;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const sha256 = hash.digest('hex');
  if (size !== manifest.size_bytes)
    report.problems.push(`size ${size} bytes, the manifest says ${manifest.size_bytes}`);
  if (sha256 !== manifest.sha256)
    report.problems.push(`sha256 ${sha256}, the manifest says ${manifest.sha256}`);
  if (size === manifest.size_bytes && sha256 === manifest.sha256)
    report.checks.push(`size (${size} bytes) and sha256 match the manifest`);
}

async function checkEntries(
  path: string,
  manifest: Manifest,
  backup: Backup,
  report: VerifyReport,
  workDirectory: string,
): Promise<void> {
  const problemsBefore = report.problems.length;
  // Sizes by name: two entries may share a stored name when their bytes on disk differ (raw-name field).
  const expected = new Map<string, number[]>();
  for (const entry of manifest.entries) {
    const name = entry.name.replace(/\/$/, '');
    expected.set(name, [...(expected.get(name) ?? []), entry.size]);
  }
  const seen = new Set<string>();
  let files = 0;
  let dumpChecked = false;
  const engine = await databaseEngineOf(backup);
  for await (const entry of readZip(path)) {
    seen.add(entry.name);
    if (entry.nameProblem) report.problems.push(`entry ${JSON.stringify(entry.name)} ${entry.nameProblem}`);
    if (!expected.has(entry.name)) report.problems.push(`entry ${entry.name} is not in the manifest`);
    if (entry.type === 'directory') continue;
    const problem = await checkEntry(entry);
    if (problem) report.problems.push(problem);
    // A link's (and a hard link's) entry holds its target text, and the manifest its length; manifests
    // written before they agreed say 0 for links.
    const listed = expected.get(entry.name);
    const legacyLink = entry.type === 'symlink' && listed?.includes(0);
    if (listed !== undefined && !listed.includes(entry.size) && !legacyLink)
      report.problems.push(`${entry.name}: ${entry.size} bytes, the manifest says ${listed.join(' or ')}`);
    if (entry.type !== 'file') continue;
    files++;
    if (engine && !problem && engine.isDump(entry.name)) {
      const result = await engine.checkDump(entry, { workDirectory });
      (result.ok ? report.checks : report.problems).push(result.message);
      dumpChecked = true;
    }
  }
  const missing = [...expected.keys()].filter((name) => !seen.has(name));
  if (missing.length)
    report.problems.push(
      `missing from the zip: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}`,
    );
  if (engine && !dumpChecked) report.problems.push('the archive holds no readable dump');
  if (report.problems.length === problemsBefore)
    report.checks.push(
      `${seen.size} entries read back; the CRC-32 and length of all ${files} files are right`,
    );
}

/** A database backup's engine, loaded only for database backups (file backups never need its code). */
async function databaseEngineOf(backup: Backup): Promise<DatabaseEngine | undefined> {
  if (backup.kind !== 'database') return undefined;
  const { loadEngine } = await import('../databases/registry.js');
  return loadEngine(backup.database);
}
