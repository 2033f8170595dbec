// Remote files over SSH: a `tar -c` stream parsed here (what run-backup does) against walking the tree
// with SFTP (readdir + one read per file), on many small files, against the loopback sshd of the tests.
import { NodeSSH } from 'node-ssh';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SFTPWrapper } from 'ssh2';
import { SshShell } from '../../lib/shell/ssh.js';
import { RemoteFileSource } from '../../lib/sources/remote-files.js';
import type { SourceReport } from '../../lib/sources/source.js';
import { startSshd } from '../helpers/sshd.js';
import { makeTempDir } from '../helpers/temp.js';
import { median } from './measure.js';

export interface RemoteRow {
  name: string;
  files: number;
  wallMs: number;
  ratio: number;
}

async function viaTar(shell: SshShell, root: string): Promise<number> {
  let files = 0;
  const report: SourceReport = { warnings: [], details: {} };
  for await (const entry of new RemoteFileSource(shell, [root], []).entries(report)) {
    if (entry.type !== 'file') continue;
    for await (const chunk of entry.open()) void chunk;
    files++;
  }
  return files;
}

async function viaSftp(sftp: SFTPWrapper, root: string): Promise<number> {
  const readdir = (path: string) =>
    new Promise<{ filename: string; attrs: { mode: number } }[]>((resolve, reject) =>
      sftp.readdir(path, (error, list) => (error ? reject(error) : resolve(list))),
    );
  const read = (path: string) =>
    new Promise<void>((resolve, reject) => {
      const stream = sftp.createReadStream(path);
      stream.on('data', () => undefined);
      stream.on('end', resolve);
      stream.on('error', reject);
    });
  let files = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir)) {
      const path = `${dir}/${entry.filename}`;
      if ((entry.attrs.mode & 0o170000) === 0o040000) await walk(path);
      else {
        await read(path);
        files++;
      }
    }
  };
  await walk(root);
  return files;
}

export async function benchRemoteFiles(fileCount: number, rounds: number): Promise<RemoteRow[]> {
  const temp = makeTempDir();
  const sshd = await startSshd();
  try {
    const root = join(temp.path, 'tree');
    for (let i = 0; i < fileCount; i++) {
      const dir = join(root, `d${i % 50}`, `e${i % 7}`);
      if (i < 350) mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `f${i}.txt`), `file ${i} `.repeat(20 + (i % 100)));
    }
    const host = {
      username: sshd.username,
      host: '127.0.0.1',
      port: sshd.port,
      keyPath: sshd.clientKey,
      strictHostKey: false,
    };
    const shell = await SshShell.connect({ host, knownHostsFile: join(temp.path, 'known_hosts') });
    const ssh = new NodeSSH();
    await ssh.connect({
      host: '127.0.0.1',
      port: sshd.port,
      username: sshd.username,
      privateKeyPath: sshd.clientKey,
    });
    const sftp = await ssh.requestSFTP();
    const times: Record<string, number[]> = { 'tar stream (run-backup)': [], 'SFTP walk': [] };
    let counted = 0;
    for (let round = 0; round < rounds; round++) {
      let started = Date.now();
      counted = await viaTar(shell, root);
      times['tar stream (run-backup)']?.push(Date.now() - started);
      started = Date.now();
      const sftpFiles = await viaSftp(sftp, root);
      times['SFTP walk']?.push(Date.now() - started);
      if (sftpFiles !== counted) throw new Error(`tar saw ${counted} files, SFTP ${sftpFiles}`);
    }
    ssh.dispose();
    await shell.close();
    const rows = Object.entries(times).map(([name, list]) => ({
      name,
      files: counted,
      wallMs: median(list),
      ratio: 1,
    }));
    for (const row of rows) row.ratio = row.wallMs / (rows[0]?.wallMs ?? 1);
    return rows;
  } finally {
    sshd.stop();
    temp.remove();
  }
}
