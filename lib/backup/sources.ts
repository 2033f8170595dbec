// Picks the shell and the source for a backup: where it runs (this host, SSH, docker on either) and
// what it reads (files, or a database engine's dump: lib/databases/). A container on a remote host is docker(ssh(host)).
// Each kind's code is loaded only when a backup needs it: ssh2 alone costs ~12 MB of RSS and ~50 ms
// to load, which a LOCAL file backup does not need (docs/benchmarks.md).
import { join } from 'node:path';
import type { Backup } from '../config/model.js';
import type { EngineContext } from '../databases/engine.js';
import type { Shell } from '../shell/shell.js';
import type { Source } from '../sources/source.js';
import { stateDirectory } from '../state-dir.js';

export interface OpenedSource {
  source: Source;
  close(): Promise<void>;
}

/** The shell a backup's commands run in: this host or its SSH host (docker is added by the caller). */
export async function openHostShell(backup: Backup, note: (message: string) => void): Promise<Shell> {
  if (!backup.ssh) return new (await import('../shell/local.js')).LocalShell();
  const { SshShell } = await import('../shell/ssh.js');
  return await SshShell.connect({
    host: backup.ssh,
    knownHostsFile: join(stateDirectory(), 'known_hosts'),
    onRecorded: (fingerprint) =>
      note(`recorded the host key of ${backup.ssh?.host}:${backup.ssh?.port} (${fingerprint}) on first use`),
    warn: note,
  });
}

/** Where the backup's database commands run: its container (on this or the SSH host), else the host. */
export async function databaseShell(backup: Backup, host: Shell): Promise<Shell> {
  if (backup.kind !== 'database' || !backup.docker) return host;
  return new (await import('../shell/docker.js')).DockerShell(host, backup.docker.container);
}

export async function openSource(backup: Backup, note: (message: string) => void): Promise<OpenedSource> {
  if (backup.kind === 'files' && !backup.ssh) {
    const { LocalFileSource } = await import('../sources/local-files.js');
    const source = new LocalFileSource(backup.paths, backup.exclude, backup.optionalPaths);
    return { source, close: () => Promise.resolve() };
  }
  const host = await openHostShell(backup, note);
  const close = () => host.close();
  if (backup.kind === 'files') {
    const { RemoteFileSource } = await import('../sources/remote-files.js');
    return { source: new RemoteFileSource(host, backup.paths, backup.exclude, backup.optionalPaths), close };
  }
  const { loadEngine } = await import('../databases/registry.js');
  const engine = await loadEngine(backup.database, engineContext(backup));
  return { source: engine.source(await databaseShell(backup, host)), close };
}

/** What a database engine is told about where it runs. */
export function engineContext(backup: Backup): EngineContext {
  return backup.kind === 'database' && backup.docker ? { container: backup.docker.container } : {};
}
