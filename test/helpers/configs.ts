// Small valid configs written into a test's own directory.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function fileBackupConfig(
  options: { project?: string; backups?: { name: string; intervals: string[] }[] } = {},
): string {
  const backups = options.backups ?? [{ name: 'docs', intervals: ['30 2 * * *'] }];
  const entries = backups
    .map(
      (backup) => `      - FILE_BACKUP:
          NAME: ${backup.name}
          INTERVALS: [${backup.intervals.map((interval) => `'${interval}'`).join(', ')}]
          FILE_PATH: [data]
          UPLOAD_TO: [{ STORAGE_NAME: LOCAL, PATH: backups }]`,
    )
    .join('\n');
  return `PROJECTS:\n  - NAME: ${options.project ?? 'demo'}\n    BACKUPS:\n${entries}\n`;
}

export function writeConfig(directory: string, text: string, name = 'config.yaml'): string {
  const file = join(directory, name);
  writeFileSync(file, text);
  return file;
}
