// `run-backup --verify` and VERIFY: true. Takes an archive as stored on a target (downloaded when the
// target is remote) and proves it is what the manifest says and that it can be read back: size and sha256
// against the manifest, every entry's CRC-32 and length, the entry list against the manifest's, and for
// database archives `pg_restore --list` on a custom dump (or the end marker of a plain one).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, rmSync, statSync } from 'node:fs';
import { checkEntry, readZip } from '../archive/read-zip.js';
import type { Backup } from '../config/model.js';
import { manifestNameFor, parseArchiveName } from '../backup/naming.js';
import type { Manifest } from '../backup/manifest.js';
import type { FetchedObject, Storage } from '../storage/storage.js';
import { checkDump } from './dump-check.js';

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
      await checkEntries(zipPath, manifest, backup, report);
    });
  } catch (error) {
    report.problems.push(error instanceof Error ? error.message : String(error));
  }
  report.ok = report.problems.length === 0;
  return report;
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
): Promise<void> {
  const problemsBefore = report.problems.length;
  const expected = new Map(manifest.entries.map((entry) => [entry.name.replace(/\/$/, ''), entry.size]));
  const seen = new Set<string>();
  let files = 0;
  let dumpChecked = false;
  for await (const entry of readZip(path)) {
    seen.add(entry.name);
    if (entry.nameProblem) report.problems.push(`entry ${JSON.stringify(entry.name)} ${entry.nameProblem}`);
    if (!expected.has(entry.name)) report.problems.push(`entry ${entry.name} is not in the manifest`);
    if (entry.type === 'directory') continue;
    const problem = await checkEntry(entry);
    if (problem) report.problems.push(problem);
    if (entry.type !== 'file') continue;
    files++;
    const listed = expected.get(entry.name);
    if (listed !== undefined && listed !== entry.size)
      report.problems.push(`${entry.name}: ${entry.size} bytes, the manifest says ${listed}`);
    if (backup.kind === 'postgres' && !problem) {
      const result = await checkDump(entry, backup.format);
      (result.ok ? report.checks : report.problems).push(result.message);
      dumpChecked = true;
    }
  }
  const missing = [...expected.keys()].filter((name) => !seen.has(name));
  if (missing.length)
    report.problems.push(
      `missing from the zip: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}`,
    );
  if (backup.kind === 'postgres' && !dumpChecked) report.problems.push('the archive holds no readable dump');
  if (report.problems.length === problemsBefore)
    report.checks.push(
      `${seen.size} entries read back; the CRC-32 and length of all ${files} files are right`,
    );
}
