// The tool's version, read from package.json (kept out of the hot path of sync-cron: only --version reads it).
import { readFileSync } from 'node:fs';

export function toolVersion(): string {
  const url = new URL(
    import.meta.url.includes('/dist/lib/') ? '../../package.json' : '../package.json',
    import.meta.url,
  );
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
