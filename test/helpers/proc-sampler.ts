// Proof that a secret stays out of argv: every process's /proc/<pid>/cmdline, sampled in a loop.
import { readdir, readFile } from 'node:fs/promises';

export /** Samples /proc/<pid>/cmdline of every process until stopped; async, so the in-process servers answer. */
function sampleCommandLines(): { stop: () => Promise<{ samples: number; lines: Set<string> }> } {
  const lines = new Set<string>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
      await Promise.all(
        pids.map(async (pid) => {
          const line = await readFile(`/proc/${pid}/cmdline`).catch(() => undefined);
          if (line?.length) lines.add(line.toString().replace(/\0/g, ' '));
        }),
      );
      samples++;
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { samples, lines };
    },
  };
}
