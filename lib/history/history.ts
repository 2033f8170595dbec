// Run history: one JSON line per finished run, in one file per backup under the state directory.
// JSON lines rather than SQLite: appends need no native module and no schema migrations, a crash can at
// worst leave one torn last line (skipped when read), and ops can read it with `tail` and `jq`.
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { RunOutcome } from '../backup/run.js';
import { writeFileAtomic } from '../atomic-file.js';
import { stateDirectory } from '../state-dir.js';

export interface RunRecord {
  version: 1;
  config: string;
  project: string;
  backup: string;
  host: string;
  started: string;
  ended: string;
  duration_ms: number;
  result: 'ok' | 'failed';
  bytes_read?: number;
  size_bytes?: number;
  archive?: string;
  targets: { storage: string; path: string; status: 'ok' | 'failed'; archive?: string; error?: string }[];
  error?: string;
}

/** A history file is rewritten to its newest lines once it passes this size. */
const maxBytes = 1024 * 1024;
const keepLines = 2000;

export function historyFile(configFile: string, project: string, backup: string, env = process.env): string {
  // The config's path is part of the name: two configs may both have a project "shop".
  const configKey = createHash('sha256').update(configFile).digest('hex').slice(0, 12);
  return join(stateDirectory(env), 'history', `${project}_${backup}_${configKey}.jsonl`);
}

export function recordOf(configFile: string, outcome: RunOutcome, started: Date, ended: Date): RunRecord {
  return {
    version: 1,
    config: configFile,
    project: outcome.project,
    backup: outcome.backup,
    host: hostname(),
    started: started.toISOString(),
    ended: ended.toISOString(),
    duration_ms: outcome.duration_ms,
    result: outcome.status,
    ...(outcome.bytes_read === undefined ? {} : { bytes_read: outcome.bytes_read }),
    ...(outcome.size_bytes === undefined ? {} : { size_bytes: outcome.size_bytes }),
    ...(outcome.archive === undefined ? {} : { archive: outcome.archive }),
    targets: outcome.targets.map(({ storage, path, status, archive, error }) => ({
      storage,
      path,
      status,
      ...(archive === undefined ? {} : { archive }),
      ...(error === undefined ? {} : { error }),
    })),
    ...(outcome.error === undefined ? {} : { error: outcome.error }),
  };
}

/** Appends one record (one write with O_APPEND, so concurrent writers never interleave within a line). */
export function appendRecord(
  file: string,
  record: RunRecord,
  mask: (text: string) => string = (t) => t,
): void {
  mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
  appendFileSync(file, `${mask(JSON.stringify(record))}\n`, { mode: 0o600 });
  if (statSync(file).size > maxBytes) {
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-keepLines);
    writeFileAtomic(file, `${lines.join('\n')}\n`, { mode: 0o600 });
  }
}

/** The records of one backup, oldest first; a missing file is an empty history, a torn line is skipped. */
export function readHistory(file: string): RunRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: RunRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const record = JSON.parse(line) as RunRecord;
      if (record.version === 1 && typeof record.started === 'string') records.push(record);
    } catch {
      // A line cut short by a crash: the rest of the history is still good.
    }
  }
  return records;
}
