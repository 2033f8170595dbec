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
export function archivePattern(project: string, backup: string, extension: 'zip' | 'json' = 'zip'): RegExp {
  const escape = (text: string) => text.replace(/[.]/g, '\\.');
  return new RegExp(`^${escape(project)}_${escape(backup)}_(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.${extension}$`);
}

export interface ParsedName {
  /** The time in the name (UTC). */
  time: Date;
  /** The `-N` suffix, 1 when there is none. */
  sequence: number;
}

/** The time and suffix of one of this backup's archive (or manifest) names; undefined for any other name. */
export function parseArchiveName(
  project: string,
  backup: string,
  name: string,
  extension: 'zip' | 'json' = 'zip',
): ParsedName | undefined {
  const match = archivePattern(project, backup, extension).exec(name);
  const stamp = match?.[1];
  if (!match || !stamp) return undefined;
  const [year, month, day, hour, minute, second] = [0, 4, 6, 9, 11, 13].map((start, index) =>
    Number(stamp.slice(start, start + (index === 0 ? 4 : 2))),
  ) as [number, number, number, number, number, number];
  const time = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // A stamp like 20261340T… is not a time we wrote: leave such a file alone.
  if (utcStamp(time) !== stamp) return undefined;
  return { time, sequence: match[2] === undefined ? 1 : Number(match[2]) };
}
