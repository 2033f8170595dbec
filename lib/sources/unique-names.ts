// Stored names are unique within an archive: two entries under one name would leave one of them
// unrestorable. Escaping (names.ts) keeps escaped names apart from each other, but a real file named
// `x%FF` still meets the escaped form of a name whose bytes are `x\xFF`. The later of the two is stored as
// `x%FF~2` (before the extension: `a%FF~2.txt`; `~3` … if that is taken too), with its bytes on disk in
// the raw-name field for our restore, and a warning. Everything below a renamed directory follows it.
import type { ArchiveEntry, SourceReport } from './source.js';

/** A directory stored under another name than its source gave, while its entries pass. */
interface Moved {
  from: string;
  to: string;
}

export class StoredNames {
  private readonly taken = new Set<string>();
  /** Renamed directories that enclose the current entry, innermost last (sources walk depth-first). */
  private readonly moved: Moved[] = [];
  /**
   * Stored name of every entry stored under another name (few), for hard link targets; by source name
   * and raw name, since two entries may share a source name (that is why one was renamed), never both.
   */
  private readonly renamed = new Map<string, string>();

  /**
   * The stored name of an entry named `name` by its source, claimed for it; `collided` when the name
   * itself was taken (rather than only its folder renamed).
   */
  claim(name: string, directory: boolean, rawName?: Buffer): { stored: string; collided: boolean } {
    const placed = this.place(name);
    const collided = this.taken.has(placed);
    const stored = collided ? this.free(placed) : placed;
    this.taken.add(stored);
    if (stored !== name) {
      this.renamed.set(key(name, rawName), stored);
      if (directory) this.moved.push({ from: name, to: stored });
    }
    return { stored, collided };
  }

  /** The stored name of an earlier entry, by the names its source gave it. */
  storedAs(name: string, rawName?: Buffer): string {
    return this.renamed.get(key(name, rawName)) ?? name;
  }

  /** `name` below the new name of the innermost renamed directory that holds it. */
  private place(name: string): string {
    for (let last = this.moved.at(-1); last; last = this.moved.at(-1)) {
      if (name.startsWith(`${last.from}/`)) return `${last.to}${name.slice(last.from.length)}`;
      this.moved.pop();
    }
    return name;
  }

  /** `name` with the first free `~N` before its extension. */
  private free(name: string): string {
    const dot = name.lastIndexOf('.');
    const cut = dot > name.lastIndexOf('/') + 1 ? dot : name.length;
    for (let n = 2; ; n++) {
      const candidate = `${name.slice(0, cut)}~${n}${name.slice(cut)}`;
      if (!this.taken.has(candidate)) return candidate;
    }
  }
}

function key(name: string, rawName: Buffer | undefined): string {
  return rawName ? `${name}\0${rawName.toString('latin1')}` : name;
}

/**
 * Gives a source's entries unique stored names, as they are yielded (a call, not another async layer:
 * this runs once per entry). Renamed entries carry their bytes on disk and are warned about.
 */
export class UniqueNames {
  private readonly names = new StoredNames();

  constructor(private readonly report: SourceReport) {}

  take(entry: ArchiveEntry): ArchiveEntry {
    const { stored, collided } = this.names.claim(entry.name, entry.type === 'directory', entry.rawName);
    const target =
      entry.type === 'hardlink' ? this.names.storedAs(entry.target, entry.targetRawName) : undefined;
    if (stored === entry.name && (entry.type !== 'hardlink' || target === entry.target)) return entry;
    if (collided)
      this.report.warnings.push(`${entry.name}: another entry has this name; stored as ${stored}`);
    const renamed = {
      ...entry,
      name: stored,
      ...(stored === entry.name ? {} : { rawName: entry.rawName ?? Buffer.from(entry.name) }),
    };
    if (renamed.type === 'hardlink' && target !== undefined) renamed.target = target;
    return renamed;
  }
}
