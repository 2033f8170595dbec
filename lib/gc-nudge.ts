// A garbage-collection nudge for code that streams through many short-lived buffers: the zip writer's
// compressed output, dead once written (uploads reuse their buffers instead: put-fragment.ts). V8 collects
// such external memory only after about 64 MB of it has piled up, which alone was ~40% of the 150 MB RSS
// budget (docs/benchmarks.md). A full collection after every 16 MiB or so keeps that pile small; with
// run-backup's small heap it costs a few ms each time.
// `--expose-gc` set at run time and fetched from a fresh context is the method Jest uses for the same
// purpose; where it is unavailable, the nudge does nothing.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collector = () => void;

function findCollector(): Collector | undefined {
  const existing = (globalThis as { gc?: Collector }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    const collector = runInNewContext('gc') as Collector | undefined;
    return typeof collector === 'function' ? collector : undefined;
  } catch {
    return undefined;
  }
}

export class GarbageNudge {
  private readonly collect = findCollector();
  private since = 0;

  constructor(private readonly everyBytes: number) {}

  /** Counts bytes that became garbage; collects once enough have. */
  add(bytes: number): void {
    this.since += bytes;
    if (this.since < this.everyBytes || !this.collect) return;
    this.since = 0;
    this.collect();
  }
}
