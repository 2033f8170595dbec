// The time facets of the reader matrix (observe.ts): how finely an mtime comes back, and whether one
// before 1980 (which DOS time cannot say) or after 2038 (which a signed 32-bit count cannot) survives.
import type { FacetValue } from './observe.js';
import type { ReadEntry } from './readers.js';
import { after2038, before1980, fineMtimeMs } from './shapes.js';

/** The source entries with this mtime, each with what the reader gave for it. */
function withMtime(source: readonly ReadEntry[], read: Map<string, ReadEntry>, atMs: number) {
  const pairs = source
    .filter((entry) => entry.kind === 'file' && Math.abs((entry.mtimeMs ?? 0) - atMs) < 0.01)
    .map((entry) => ({ path: entry.path, got: read.get(entry.path)?.mtimeMs }));
  if (pairs.length === 0) throw new Error(`the shape has no file with mtime ${shown(atMs)}`);
  return pairs;
}

const shown = (ms: number | undefined) => (ms === undefined ? 'none' : new Date(ms).toISOString());

export function mtime(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'mtime'> {
  const wanted = fineMtimeMs;
  const got = withMtime(source, read, wanted).map(({ got }) => got);
  // Truncated to the reader's precision: a time rounded up (07.9996 s as 08) is not kept.
  const all = (unit: number) =>
    got.every((ms) => ms !== undefined && Math.abs(ms - Math.floor(wanted / unit) * unit) < 0.001);
  if (all(1)) return 'to the millisecond';
  if (all(1000)) return 'to the second';
  if (all(2000)) return 'to 2 seconds';
  notes.push(`mtime ${shown(wanted)} came back as ${got.map(shown).join(', ')}`);
  return 'not kept';
}

/** Kept to the reader's own precision: up to 2 seconds early (DOS time). */
const near = (got: number | undefined, wanted: Date) =>
  got !== undefined && wanted.getTime() - got >= 0 && wanted.getTime() - got < 2000;

export function before1980Facet(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'before1980'> {
  const got = withMtime(source, read, before1980.getTime()).map(({ got }) => got);
  if (got.every((ms) => near(ms, before1980))) return 'kept';
  if (got.every((ms) => ms === Date.UTC(1980, 0, 1))) return 'as 1980-01-01';
  notes.push(`mtime ${before1980.toISOString()} came back as ${got.map(shown).join(', ')}`);
  return 'not kept';
}

export function after2038Facet(
  source: readonly ReadEntry[],
  read: Map<string, ReadEntry>,
  notes: string[],
): FacetValue<'after2038'> {
  const got = withMtime(source, read, after2038.getTime()).map(({ got }) => got);
  if (got.every((ms) => near(ms, after2038))) return 'kept';
  notes.push(`mtime ${after2038.toISOString()} came back as ${got.map(shown).join(', ')}`);
  return 'not kept';
}
