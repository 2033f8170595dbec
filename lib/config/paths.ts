// Resolving paths written in the config: `~` is the running user's home, relative means relative to the config.
import { isAbsolute, join, resolve } from 'node:path';

export function resolveConfigPath(written: string, configDirectory: string, home: string): string {
  if (written === '~') return home;
  if (written.startsWith('~/')) return join(home, written.slice(2));
  return isAbsolute(written) ? resolve(written) : resolve(configDirectory, written);
}
