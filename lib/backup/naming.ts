// Archive names: `<project>_<backup>_<YYYYMMDDTHHMMSSZ>.zip` in UTC. `_` never occurs in project or backup
// names, so one backup's archives can never be mistaken for another's.

export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

export function archiveBaseName(project: string, backup: string, date: Date): string {
  return `${project}_${backup}_${utcStamp(date)}`;
}

/** The manifest that goes with an archive: same base name, `.json`. */
export function manifestNameFor(archiveName: string): string {
  return archiveName.replace(/\.zip$/, '.json');
}

/** Matches this backup's own archives (`-2`, `-3` … suffixes included), and nothing else. */
export function archivePattern(project: string, backup: string): RegExp {
  const escape = (text: string) => text.replace(/[.]/g, '\\.');
  return new RegExp(`^${escape(project)}_${escape(backup)}_(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.zip$`);
}
