// The target directory on the server, created when missing (`mkdir -p` over SFTP, 0750 as LOCAL uses).
import type { SFTPWrapper } from 'ssh2';
import { isMissing, mkdir, stat } from './calls.js';

/** Creates `directory` and its missing parents; a path that exists as something else fails as the server says. */
export async function ensureDirectory(sftp: SFTPWrapper, directory: string): Promise<void> {
  if (await isDirectory(sftp, directory)) return;
  const absolute = directory.startsWith('/');
  const parts = directory.split('/').filter((part) => part !== '' && part !== '.');
  let path = absolute ? '' : '.';
  for (const part of parts) {
    path = path === '.' ? part : `${path}/${part}`;
    if (await isDirectory(sftp, path)) continue;
    try {
      await mkdir(sftp, path, 0o750);
    } catch (error) {
      // Made meanwhile by a concurrent run: fine. Anything else is the server's answer to report.
      if (!(await isDirectory(sftp, path))) throw Object.assign(error as Error, { path });
    }
  }
}

/** True for a directory (or a link to one), false when missing; other answers (permissions) throw. */
async function isDirectory(sftp: SFTPWrapper, path: string): Promise<boolean> {
  try {
    const info = await stat(sftp, path);
    if (info.isDirectory()) return true;
    throw Object.assign(new Error(`${path} is not a directory`), { code: 'ENOTDIR', path });
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
