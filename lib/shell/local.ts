// Commands on this host, with node:child_process: argv arrays, never a shell; a timeout kills the whole
// process group. (execa did this until it was measured: loading it took 65-80 ms of every PostgreSQL
// backup's fixed cost, which kept run-backup above 1.05x pg_dump's time; docs/benchmarks.md.)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  Tail,
  type Completion,
  type RunOptions,
  type RunResult,
  type Shell,
  type Streaming,
} from './shell.js';

/** After a timeout's SIGTERM, SIGKILL follows when the group has not gone. */
const forceKillAfterMs = 2000;

export class LocalShell implements Shell {
  readonly where = 'this host';
  private readonly running = new Set<Streaming>();

  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const started = start(argv, options);
    const stdout: Buffer[] = [];
    started.child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    const completion = await started.done;
    return {
      ...completion,
      stdout: Buffer.concat(stdout).toString(),
      stderr: completion.stderr.slice(-4000),
    };
  }

  stream(argv: readonly string[], options: RunOptions = {}): Streaming {
    const started = start(argv, options);
    if (!started.child.stdout) throw new Error('no stdout pipe');
    const streaming: Streaming = { stdout: started.child.stdout, done: started.done, kill: started.kill };
    this.running.add(streaming);
    void started.done.then(() => this.running.delete(streaming));
    return streaming;
  }

  /** Kills whatever is still running (a watchdog fired, or the run is being stopped). */
  close(): Promise<void> {
    for (const streaming of this.running) streaming.kill();
    return Promise.resolve();
  }
}

interface Started {
  child: ChildProcess;
  done: Promise<Completion>;
  kill: () => void;
}

function start(argv: readonly string[], options: RunOptions): Started {
  const [file, ...args] = diesWithUs(argv);
  if (file === undefined) throw new Error('empty argv');
  const child = spawn(file, args, {
    stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    // Its own process group, so that killing it also kills what it started; the wrapper's `kill 0`
    // must never reach run-backup itself.
    detached: true,
  });
  const tail = new Tail();
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
  feedStdin(child, options.stdin);
  let timedOut = false;
  let forceKill: NodeJS.Timeout | undefined;
  const kill = () => {
    signalGroup(child, 'SIGTERM');
    forceKill ??= setTimeout(() => signalGroup(child, 'SIGKILL'), forceKillAfterMs).unref();
  };
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          kill();
        }, options.timeoutMs);
  const done = new Promise<Completion>((resolve) => {
    let spawnError: NodeJS.ErrnoException | undefined;
    child.once('error', (error: NodeJS.ErrnoException) => (spawnError = error));
    // 'close', not 'exit': stdout and stderr have ended too, so the tail is complete.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(forceKill);
      // A command that could not start counts as 127 (not found) or 126, as in a shell.
      const exitCode = spawnError
        ? spawnError.code === 'ENOENT'
          ? 127
          : 126
        : (code ?? 128 + (signalNumbers[signal ?? ''] ?? 1));
      const failedToStart = spawnError ? spawnError.message : '';
      resolve({ exitCode, stderr: withoutWrapper(tail.toString() || failedToStart), timedOut });
    });
  });
  return { child, done, kill };
}

/** Stdin gets the text (a password) or the stream (a dump being restored); a command that exits
 * without reading it all is not an error here (its exit status says what happened). */
function feedStdin(child: ChildProcess, stdin: string | Readable | undefined): void {
  if (stdin === undefined || !child.stdin) return;
  child.stdin.on('error', () => undefined);
  if (typeof stdin === 'string') child.stdin.end(stdin);
  else {
    stdin.on('error', () => child.stdin?.destroy());
    stdin.pipe(child.stdin);
  }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}

const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((candidate) => existsSync(candidate));

/**
 * Commands run in their own process group (so a timeout kills all of them), which also means nobody
 * would kill them if run-backup itself were killed with SIGKILL: a hung pg_dump would live on. util-linux's
 * setpriv gives the command's shell a parent-death signal; the shell turns it (or any SIGTERM) into a
 * SIGKILL for its whole process group. Stdin reaches the command through fd 3: sh gives a background
 * job /dev/null as stdin before any redirection of its own.
 */
function diesWithUs(argv: readonly string[]): string[] {
  if (!setpriv) return [...argv];
  return [
    setpriv,
    '--pdeathsig',
    'TERM',
    '--',
    '/bin/sh',
    '-c',
    'trap "kill -KILL 0" TERM; exec 3<&0; "$@" <&3 3<&- & wait $!',
    'sh',
    ...argv,
  ];
}

/** The wrapper's words when the command cannot start, said plainly: `cannot run pg_dump: not found`. */
function withoutWrapper(stderr: string): string {
  return stderr.replace(/^sh: \d+: (.+?): not found$/m, 'cannot run $1: not found');
}

const signalNumbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13 };
