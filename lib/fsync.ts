// fsync of a file or directory by path: data is on disk before a rename or link makes it visible.
import { open } from 'node:fs/promises';

export async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
