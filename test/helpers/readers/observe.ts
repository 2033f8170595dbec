// What a reader kept of a source, facet by facet, in the words of the docs' table. Each facet looks at
// the source entries that exercise it (found by their data: the mtime of 1975, the setuid bit …) and
// says what the reader made of them; the reader matrix compares that with the expectations table.
import { dirname, posix } from 'node:path';
import { digestOf } from './digest.js';
import type { ReadEntry, Reading } from './readers.js';
import { foreignOwner } from './shapes.js';
import { after2038Facet, before1980Facet, mtime } from './time-facets.js';

export const facetValues = {
  /** Every file's bytes (sha256), every entry present: the reader read the archive. */
  content: ['exact', 'wrong', 'fails'],
  /** Empty directories. */
  directories: ['kept', 'not kept'],
  /** How finely an mtime comes back. */
  mtime: ['to the millisecond', 'to the second', 'to 2 seconds', 'not kept'],
  before1980: ['kept', 'as 1980-01-01', 'not kept'],
  after2038: ['kept', 'not kept'],
  /** Permission bits, mode 0 included. */
  modes: ['kept', 'kept, except mode 0', 'not kept'],
  setuid: ['kept', 'dropped', 'not kept'],
  /** Numeric uid and gid. */
  owners: ['kept', 'not kept'],
  symlinks: ['kept', 'kept (absolute ones re-rooted)', 'as a file holding the target', 'not kept'],
  hardLinks: [
    'kept',
    'as a symlink to the first name',
    'as a file holding the first name',
    'as a copy',
    'not kept',
  ],
  /** A name that is not UTF-8 beside its escaped spelling, `\` beside `%5C`: all files come back. */
  names: ['all distinct', 'collide'],
} as const;

export type Facet = keyof typeof facetValues;
export type FacetValue<F extends Facet> = (typeof facetValues)[F][number];
export type Facets = { [F in Facet]?: FacetValue<F> };

export interface Observation {
  facets: Facets;
  /** Why a facet is what it is, where that is not 'exact' / 'kept': shown when a test fails. */
  notes: string[];
}

/** Entries of `source` and the reading are matched by path; `byContent` matches files by digest instead. */
export function observe(
  wanted: readonly Facet[],
  source: readonly ReadEntry[],
  reading: Reading,
  options: {
    tester?: boolean;
    byContent?: boolean;
    /** The digest of all files' bytes in archive order, for a reading that piped them all out. */
    all?: string;
  } = {},
): Observation {
  const notes: string[] = [];
  if (reading.error !== undefined || options.tester) {
    if (reading.error !== undefined) notes.push(reading.error);
    return { facets: { content: reading.error === undefined ? 'exact' : 'fails' }, notes };
  }
  const read = new Map(reading.entries.map((entry) => [entry.path, entry]));
  const firsts = firstNames(source);
  const facets: Facets = {};
  const look = {
    content: () => content(source, reading, read, firsts, options.byContent === true, options.all, notes),
    directories: () => directories(source, read, notes),
    mtime: () => mtime(source, read, notes),
    before1980: () => before1980Facet(source, read, notes),
    after2038: () => after2038Facet(source, read, notes),
    modes: () => modes(source, read, notes),
    setuid: () => setuid(source, read, notes),
    owners: () => owners(source, read, notes),
    symlinks: () => symlinks(source, read, notes),
    hardLinks: () => hardLinks(source, read, firsts, notes),
    names: () => names(source, reading.entries, notes),
  } satisfies { [F in Facet]: () => FacetValue<F> };
  for (const facet of wanted) (facets as Record<Facet, string>)[facet] = look[facet]();
  return { facets, notes };
}

/** For each file that is a later name of an inode (a hard link), its first name in walk order. */
function firstNames(source: readonly ReadEntry[]): Map<string, string> {
  const first = new Map<number, string>();
  const later = new Map<string, string>();
  for (const entry of source) {
    if (entry.kind !== 'file' || entry.ino === undefined) continue;
    const seen = first.get(entry.ino);
    if (seen === undefined) first.set(entry.ino, entry.path);
    else later.set(entry.path, seen);
  }
  return later;
}

function content(
  source: readonly ReadEntry[],
  reading: Reading,
  read: Map<string, ReadEntry>,
  laterNames: Map<string, string>,
  byContent: boolean,
  all: string | undefined,
  notes: string[],
): FacetValue<'content'> {
  const found = new Set(
    reading.entries.filter((entry) => entry.kind === 'file').map((entry) => entry.digest),
  );
  const wrong: string[] = [];
  for (const entry of source) {
    if (entry.kind !== 'file' || laterNames.has(entry.path)) continue;
    const got = byContent ? (found.has(entry.digest) ? entry : undefined) : read.get(entry.path);
    if (got?.kind !== 'file') wrong.push(`${entry.path}: ${got ? got.kind : 'missing'}`);
    else if (got.size !== undefined && got.size !== entry.size)
      wrong.push(`${entry.path}: ${got.size} bytes instead of ${entry.size}`);
    else if (got.digest !== undefined ? got.digest !== entry.digest : got.size === undefined)
      wrong.push(`${entry.path}: ${got.digest ?? 'not read'} instead of ${entry.digest}`);
  }
  if (reading.all !== undefined && reading.all !== all)
    wrong.push(`all files one after the other: ${reading.all} instead of ${all}`);
  if (wrong.length === 0) return 'exact';
  notes.push(`content: ${wrong.length} wrong, e.g. ${wrong.slice(0, 5).join('; ')}`);
  return 'wrong';
}

function directories(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'directories'> {
  const missing = source.filter(
    (entry) => entry.kind === 'directory' && read.get(entry.path)?.kind !== 'directory',
  );
  if (missing.length === 0) return 'kept';
  notes.push(`directories missing: ${missing.map((entry) => entry.path).join(', ')}`);
  return 'not kept';
}

const octal = (mode: number | undefined) => (mode === undefined ? 'none' : `0${mode.toString(8)}`);

function modes(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'modes'> {
  const files = source.filter((entry) => entry.kind === 'file' && ((entry.mode ?? 0) & 0o7000) === 0);
  const wrong = files.filter((entry) => read.get(entry.path)?.mode !== entry.mode);
  if (wrong.length === 0) return 'kept';
  notes.push(
    `modes: ${wrong.map((entry) => `${entry.path} ${octal(read.get(entry.path)?.mode)}`).join(', ')}`,
  );
  return wrong.every((entry) => entry.mode === 0) ? 'kept, except mode 0' : 'not kept';
}

function setuid(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'setuid'> {
  const files = source.filter((entry) => entry.kind === 'file' && ((entry.mode ?? 0) & 0o4000) !== 0);
  if (files.length === 0) throw new Error('the shape has no setuid file');
  const got = files.map((entry) => ({ wanted: entry.mode ?? 0, got: read.get(entry.path)?.mode }));
  if (got.every(({ wanted, got }) => got === wanted)) return 'kept';
  if (got.every(({ wanted, got }) => got === (wanted & 0o777))) return 'dropped';
  notes.push(`setuid: ${got.map(({ got }) => octal(got)).join(', ')}`);
  return 'not kept';
}

function owners(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'owners'> {
  const files = source.filter((entry) => entry.uid === foreignOwner.uid);
  if (files.length === 0) throw new Error('the shape has no file of another owner');
  const wrong = files.filter((entry) => {
    const got = read.get(entry.path);
    return got?.uid !== entry.uid || got?.gid !== entry.gid;
  });
  if (wrong.length === 0) return 'kept';
  notes.push(
    `owners: ${wrong.map((entry) => `${entry.path} ${read.get(entry.path)?.uid}:${read.get(entry.path)?.gid}`).join(', ')}`,
  );
  return 'not kept';
}

/** One value when every case agrees, else 'not kept' with the cases in the notes. */
function agreed<T extends string>(
  what: string,
  values: { path: string; value: T }[],
  notes: string[],
  otherwise: T,
): T {
  const distinct = new Set(values.map(({ value }) => value));
  if (distinct.size === 1) return values[0]!.value;
  notes.push(`${what}: ${values.map(({ path, value }) => `${path} ${value}`).join('; ')}`);
  return otherwise;
}

function symlinks(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'symlinks'> {
  const links = source.filter((entry) => entry.kind === 'symlink');
  if (links.length === 0) throw new Error('the shape has no symlink');
  const values = links.map((entry): { path: string; value: FacetValue<'symlinks'> } => {
    const got = read.get(entry.path);
    const target = entry.target ?? '';
    const value =
      got?.kind === 'symlink' && got.target === target
        ? 'kept'
        : got?.kind === 'symlink' && target.startsWith('/') && got.target?.endsWith(target)
          ? 'kept (absolute ones re-rooted)'
          : got?.kind === 'file' && got.digest === digestOf(target)
            ? 'as a file holding the target'
            : 'not kept';
    if (value === 'not kept') notes.push(`symlink ${entry.path}: ${JSON.stringify(got)}`);
    return { path: entry.path, value };
  });
  // A relative link kept beside an absolute one re-rooted is what re-rooting means.
  const kinds = new Set(values.map(({ value }) => value));
  if (kinds.size === 2 && kinds.has('kept') && kinds.has('kept (absolute ones re-rooted)'))
    return 'kept (absolute ones re-rooted)';
  return agreed('symlinks', values, notes, 'not kept');
}

function hardLinks(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  laterNames: Map<string, string>,
  notes: string[],
): FacetValue<'hardLinks'> {
  if (laterNames.size === 0) throw new Error('the shape has no hard link');
  const values = [...laterNames].map(([path, first]): { path: string; value: FacetValue<'hardLinks'> } => {
    const got = read.get(path);
    const original = read.get(first);
    const relative = posix.relative(dirname(path), first);
    const sourceDigest = source.find((entry) => entry.path === first)?.digest;
    const value =
      got?.kind === 'file' && got.ino !== undefined && got.ino === original?.ino
        ? 'kept'
        : got?.kind === 'symlink' && posix.join(dirname(path), got.target ?? '') === first
          ? 'as a symlink to the first name'
          : got?.kind === 'file' && got.digest === digestOf(relative)
            ? 'as a file holding the first name'
            : got?.kind === 'file' && got.digest === sourceDigest
              ? 'as a copy'
              : 'not kept';
    if (value === 'not kept') notes.push(`hard link ${path}: ${JSON.stringify(got)}`);
    return { path, value };
  });
  return agreed('hard links', values, notes, 'not kept');
}

function names(
  source: readonly ReadEntry[],
  entries: readonly ReadEntry[],
  notes: string[],
): FacetValue<'names'> {
  const files = source.filter((entry) => entry.kind === 'file');
  const got = entries.filter((entry) => entry.kind === 'file');
  const once = files.every((entry) => got.filter((other) => other.digest === entry.digest).length === 1);
  if (once && got.length === files.length) return 'all distinct';
  notes.push(
    `names: ${got.length} files came back for ${files.length}: ${got.map((entry) => JSON.stringify(entry.path)).join(', ')}`,
  );
  return 'collide';
}
