// `run-backup --check-targets <project> <backup>`: for each target, can we reach it, write there and
// delete again? Writes a small probe file and removes it, and says in plain words what works and what not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Backup } from '../config/model.js';
import { isUserError } from '../errors.js';
import { maskSecrets } from '../mask.js';
import { storageFor, targetSecrets, type Environment } from './targets.js';

export interface TargetCheck {
  target: string;
  ok: boolean;
  steps: string[];
  error?: string;
}

export async function checkTargets(backup: Backup, env: Environment): Promise<TargetCheck[]> {
  const directory = mkdtempSync(join(tmpdir(), 'opsbackup-probe-'));
  try {
    const probe = join(directory, 'probe');
    writeFileSync(probe, `opsbackup probe ${new Date().toISOString()}\n`);
    const results: TargetCheck[] = [];
    for (const target of backup.targets) {
      const check: TargetCheck = { target: `${target.storage} ${target.path}`, ok: false, steps: [] };
      try {
        const storage = await storageFor(target, env);
        if (storage.probe) check.steps.push(await storage.probe());
        await storage.list();
        check.steps.push('reached the folder (authenticated and listed it)');
        const name = `.opsbackup-probe-${process.pid}-${Date.now()}.txt`;
        const stored = await storage.put(probe, name, { exact: true });
        check.steps.push(`wrote ${stored.name}`);
        await storage.remove(stored.name);
        check.steps.push('deleted it again');
        check.ok = true;
      } catch (error) {
        const text = isUserError(error)
          ? error.hint
            ? `${error.message} (hint: ${error.hint})`
            : error.message
          : String(error);
        // A service's own words could quote anything: the targets' secrets never leave the process.
        check.error = maskSecrets(text, targetSecrets(env, backup.targets));
      }
      results.push(check);
    }
    return results;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
