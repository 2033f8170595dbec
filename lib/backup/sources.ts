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

export async function openSource(backup: Backup, note: (message: string) => void): Promise<OpenedSource> {
  const host: Shell = backup.ssh
    ? await SshShell.connect({
        host: backup.ssh,
        knownHostsFile: join(stateDirectory(), 'known_hosts'),
        onRecorded: (fingerprint) =>
          note(
            `recorded the host key of ${backup.ssh?.host}:${backup.ssh?.port} (${fingerprint}) on first use`,
          ),
      })
    : new LocalShell();
  const close = () => host.close();
  if (backup.kind === 'files') {
    return {
      source: backup.ssh
        ? new RemoteFileSource(host, backup.paths, backup.exclude, backup.optionalPaths)
        : new LocalFileSource(backup.paths, backup.exclude, backup.optionalPaths),
      close,
    };
  }
  const shell = backup.docker ? new DockerShell(host, backup.docker.container) : host;
  return { source: new PostgresSource(shell, backup), close };
}
