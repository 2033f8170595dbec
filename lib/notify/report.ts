// What a notification says, built once and sent by every channel: a title (email subject, first line),
// a plain-text body, and the same facts as fields for programs. Never a secret: run outcomes hold none,
// and the sender masks known secret values once more before anything leaves the host.
import type { RunOutcome } from '../backup/run.js';
import { formatBytes } from '../format.js';

export interface Report {
  ok: boolean;
  title: string;
  text: string;
  fields: Record<string, unknown>;
}

export function runReport(
  outcome: RunOutcome,
  context: { host: string; started: Date; logFile?: string },
): Report {
  const label = `${outcome.project}/${outcome.backup}`;
  const ok = outcome.status === 'ok';
  const title = `[opsbackup] ${ok ? 'ok' : 'FAILED'}: ${label} on ${context.host}`;
  const lines = [
    `${label} on ${context.host}: ${ok ? 'succeeded' : 'FAILED'}`,
    ...(outcome.error ? [`Error: ${outcome.error}`] : []),
    `Started ${context.started.toISOString()}, took ${(outcome.duration_ms / 1000).toFixed(1)} s`,
  ];
  if (outcome.bytes_read !== undefined && outcome.size_bytes !== undefined) {
    lines.push(
      `Read ${formatBytes(outcome.bytes_read)}, archive ${formatBytes(outcome.size_bytes)} (${outcome.archive ?? ''})`,
    );
  }
  if (outcome.targets.length > 0) {
    lines.push('Targets:');
    for (const target of outcome.targets) {
      const detail =
        target.status === 'ok' ? `ok, ${target.archive ?? ''}` : `FAILED: ${target.error ?? 'unknown error'}`;
      lines.push(`  ${target.storage} ${target.path}: ${detail}`);
      if (target.retention_warning) lines.push(`    retention: ${target.retention_warning}`);
    }
  }
  if (context.logFile) lines.push(`Log: ${context.logFile}`);
  return {
    ok,
    title,
    text: lines.join('\n'),
    fields: {
      event: 'backup',
      project: outcome.project,
      backup: outcome.backup,
      host: context.host,
      result: outcome.status,
      started: context.started.toISOString(),
      duration_seconds: outcome.duration_ms / 1000,
      ...(outcome.bytes_read === undefined ? {} : { bytes_read: outcome.bytes_read }),
      ...(outcome.size_bytes === undefined ? {} : { size_bytes: outcome.size_bytes }),
      ...(outcome.archive === undefined ? {} : { archive: outcome.archive }),
      targets: outcome.targets,
      ...(outcome.error === undefined ? {} : { error: outcome.error }),
    },
  };
}

/** sync-cron refused the config: the crontab was left as it was. */
export function configRejectedReport(configFile: string, message: string, host: string): Report {
  return {
    ok: false,
    title: `[opsbackup] config rejected on ${host}: ${configFile}`,
    text: `sync-cron on ${host} rejected ${configFile}; the crontab keeps its previous schedule until the config is fixed.\n\n${message}`,
    fields: { event: 'config-rejected', host, config: configFile, result: 'failed', error: message },
  };
}
