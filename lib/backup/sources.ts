// Picks the shell and the source for a backup: where it runs (this host, SSH, docker on either) and
// what it reads (files, a PostgreSQL dump). A container on a remote host is docker(ssh(host)).
import { join } from 'node:path';
import type { Backup } from '../config/model.js';
import { DockerShell } from '../shell/docker.js';
import { LocalShell } from '../shell/local.js';
import type { Shell } from '../shell/shell.js';
import { SshShell } from '../shell/ssh.js';
import { LocalFileSource } from '../sources/local-files.js';
import { PostgresSource } from '../sources/postgres.js';
import { RemoteFileSource } from '../sources/remote-files.js';
import type { Source } from '../sources/source.js';
import { stateDirectory } from '../state-dir.js';

export interface OpenedSource {
  source: Source;
  close(): Promise<void>;
}

/** The shell a backup's commands run in: this host or its SSH host (docker is added by the caller). */
export async function openHostShell(backup: Backup, note: (message: string) => void): Promise<Shell> {
  return backup.ssh
    ? await SshShell.connect({
        host: backup.ssh,
        knownHostsFile: join(stateDirectory(), 'known_hosts'),
        onRecorded: (fingerprint) =>
          note(
            `recorded the host key of ${backup.ssh?.host}:${backup.ssh?.port} (${fingerprint}) on first use`,
          ),
      })
    : new LocalShell();
}

/** Where the backup's database commands run: its container (on this or the SSH host), else the host. */
export function databaseShell(backup: Backup, host: Shell): Shell {
  return backup.kind === 'postgres' && backup.docker ? new DockerShell(host, backup.docker.container) : host;
}

export async function openSource(backup: Backup, note: (message: string) => void): Promise<OpenedSource> {
  const host = await openHostShell(backup, note);
  const close = () => host.close();
  if (backup.kind === 'files') {
    return {
      source: backup.ssh
        ? new RemoteFileSource(host, backup.paths, backup.exclude, backup.optionalPaths)
        : new LocalFileSource(backup.paths, backup.exclude, backup.optionalPaths),
      close,
    };
  }
  return { source: new PostgresSource(databaseShell(backup, host), backup), close };
}
