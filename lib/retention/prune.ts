// Applies a target's RETENTION through the storage seam (list + remove), written once for every backend.
// Only names that match this backup's own pattern are considered; foreign files are never touched. An
// archive goes together with its manifest; a manifest left behind by an interrupted prune goes too.
import type { Storage } from '../storage/storage.js';
import { manifestNameFor, parseArchiveName } from '../backup/naming.js';
import { applyRetention, type DatedArchive, type KeepReason, type RetentionPolicy } from './policy.js';

export interface PruneReport {
  kept: { name: string; reasons: KeepReason[] }[];
  /** Archives removed (or, in a dry run, that would be). */
  removed: string[];
  /** Manifests whose archive is gone, removed as well. */
  orphanManifests: string[];
  failed: { name: string; error: string }[];
  /** Why nothing was pruned, when that was decided before applying the policy. */
  skipped?: string;
}

export interface PruneRequest {
  storage: Pick<Storage, 'list' | 'remove'>;
  project: string;
  backup: string;
  policy: RetentionPolicy;
  /** The run's own time: an archive dated later means the clock went back, and nothing is pruned. */
  now: Date;
  /** The archive this run stored; always kept. */
  protect?: string;
  dryRun?: boolean;
  timeZone?: string;
}

/** Tolerance for clocks of hosts that share a target, before an archive counts as "from the future". */
const clockSkewMs = 5 * 60_000;

export async function pruneTarget(request: PruneRequest): Promise<PruneReport> {
  const objects = await request.storage.list();
  const archives: DatedArchive[] = [];
  const manifests = new Map<string, Date>();
  for (const object of objects) {
    const archive = parseArchiveName(request.project, request.backup, object.name);
    if (archive) archives.push({ name: object.name, ...archive });
    const manifest = parseArchiveName(request.project, request.backup, object.name, 'json');
    if (manifest) manifests.set(object.name, manifest.time);
  }
  const report: PruneReport = { kept: [], removed: [], orphanManifests: [], failed: [] };
  const future = archives.filter((archive) => archive.time.getTime() > request.now.getTime() + clockSkewMs);
  if (future.length > 0) {
    // Deleting by age on a clock that went back could remove the newest good backups.
    report.skipped =
      `${future.length} archive(s) are dated after this run (${future[0]?.name ?? ''}): ` +
      'the clock went back or another host writes here with a clock ahead; nothing is deleted until that is fixed';
    report.kept = archives.map((archive) => ({ name: archive.name, reasons: [] }));
    return report;
  }
  const decision = applyRetention(archives, request.policy, {
    ...(request.timeZone ? { timeZone: request.timeZone } : {}),
    ...(request.protect ? { protect: new Set([request.protect]) } : {}),
  });
  report.kept = decision.keep.map(({ archive, reasons }) => ({ name: archive.name, reasons }));
  const toRemove = decision.remove.map((archive) => archive.name);
  const archiveNames = new Set(archives.map((archive) => archive.name));
  const oldestKept = decision.keep.at(-1)?.archive.time.getTime() ?? -Infinity;
  report.orphanManifests = [...manifests]
    .filter(
      ([name, time]) => !archiveNames.has(name.replace(/\.json$/, '.zip')) && time.getTime() < oldestKept,
    )
    .map(([name]) => name);
  if (request.dryRun) return { ...report, removed: toRemove };

  for (const name of toRemove) {
    try {
      await request.storage.remove(name);
      // The archive first: a manifest without its archive is harmless and removed next time.
      await request.storage.remove(manifestNameFor(name));
      report.removed.push(name);
    } catch (error) {
      report.failed.push({ name, error: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const name of report.orphanManifests) {
    await request.storage.remove(name).catch((error: unknown) => {
      report.failed.push({ name, error: error instanceof Error ? error.message : String(error) });
    });
  }
  return report;
}

/** One line per archive for logs and --dry-run: `keep NAME (daily, weekly)` / `delete NAME`. */
export function describePrune(report: PruneReport, dryRun: boolean): string[] {
  const lines = report.skipped ? [`retention skipped: ${report.skipped}`] : [];
  for (const { name, reasons } of report.kept)
    lines.push(`keep   ${name}${reasons.length ? ` (${reasons.join(', ')})` : ''}`);
  for (const name of report.removed)
    lines.push(`${dryRun ? 'would delete' : 'deleted'} ${name} and its manifest`);
  for (const name of report.orphanManifests)
    lines.push(`${dryRun ? 'would delete' : 'deleted'} ${name} (its archive is gone)`);
  for (const failure of report.failed) lines.push(`could not delete ${failure.name}: ${failure.error}`);
  return lines;
}
