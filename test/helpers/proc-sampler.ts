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

/** The pid of the first process whose command line matches, polling /proc. */
export async function waitForProcess(match: (line: string) => boolean, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
      const line = await readFile(`/proc/${pid}/cmdline`).catch(() => undefined);
      if (line && match(line.toString().replace(/\0/g, ' '))) return Number(pid);
    }
  }
  throw new Error('the process never appeared');
}
