// Cleanups that must run however the process ends: normally, on an error, or on SIGINT/SIGTERM (then the
// process exits 130/143 after running them). Each is synchronous so it can run from a signal handler.
const pending = new Set<() => void>();
let installed = false;

export function onCleanup(cleanup: () => void): () => void {
  installSignalHandlers();
  pending.add(cleanup);
  return () => {
    if (pending.delete(cleanup)) cleanup();
  };
}

export function runCleanups(): void {
  for (const cleanup of [...pending].reverse()) {
    pending.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Best effort: the others must still run.
    }
  }
}

function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      console.error(`run-backup: stopped by ${signal}; cleaning up`);
      runCleanups();
      process.exit(code);
    });
  }
}
