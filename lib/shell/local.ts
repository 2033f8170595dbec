// Commands on this host, through execa: argv arrays, never a shell; a timeout kills the whole process group.
import { execa } from 'execa';
import { existsSync } from 'node:fs';
import {
  Tail,
  type Completion,
  type RunOptions,
  type RunResult,
  type Shell,
  type Streaming,
} from './shell.js';

export class LocalShell implements Shell {
  readonly where = 'this host';
  private readonly running = new Set<Streaming>();

  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    const [file, ...args] = diesWithUs(argv);
    if (file === undefined) throw new Error('empty argv');
    const result = await execa(file, args, {
      ...(options.stdin === undefined ? { stdin: 'ignore' as const } : { input: options.stdin }),
      reject: false,
      stripFinalNewline: false,
      // Its own process group: the wrapper's `kill 0` must never reach run-backup itself.
      detached: true,
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      forceKillAfterDelay: 2000,
    });
    return {
      exitCode: exitCodeOf(result),
      stdout: String(result.stdout),
      stderr: withoutWrapper(String(result.stderr) || spawnFailure(result)).slice(-4000),
      timedOut: result.timedOut,
    };
  }

  stream(argv: readonly string[], options: RunOptions = {}): Streaming {
    const [file, ...args] = diesWithUs(argv);
    if (file === undefined) throw new Error('empty argv');
    const child = execa(file, args, {
      ...(options.stdin === undefined ? { stdin: 'ignore' as const } : { input: options.stdin }),
      buffer: false,
      reject: false,
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      forceKillAfterDelay: 2000,
      // Its own process group, so that killing it also kills what it started.
      detached: true,
    });
    const tail = new Tail();
    child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
    const done: Promise<Completion> = child.then((result) => ({
      exitCode: exitCodeOf(result),
      stderr: withoutWrapper(tail.toString() || spawnFailure(result)),
      timedOut: result.timedOut,
    }));
    if (!child.stdout) throw new Error('no stdout pipe');
    const streaming: Streaming = {
      stdout: child.stdout,
      done,
      kill: () => {
        if (child.pid !== undefined) {
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            child.kill('SIGTERM');
          }
        }
      },
    };
    this.running.add(streaming);
    void done.then(() => this.running.delete(streaming));
    return streaming;
  }

  /** Kills whatever is still running (a watchdog fired, or the run is being stopped). */
  close(): Promise<void> {
    for (const streaming of this.running) streaming.kill();
    return Promise.resolve();
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

interface Ended {
  exitCode?: number | undefined;
  signal?: string | undefined;
  code?: string | undefined;
  shortMessage?: string | undefined;
}

/** The exit code; a command that could not start counts as 127, as in a shell. */
function exitCodeOf(result: Ended): number {
  if (result.exitCode !== undefined) return result.exitCode;
  if (result.signal) return 128 + (signalNumbers[result.signal] ?? 1);
  return result.code === 'ENOENT' ? 127 : 126;
}

/** When a command could not even start, execa's message says why (e.g. "spawn pg_dump ENOENT"). */
function spawnFailure(result: Ended): string {
  return result.exitCode === undefined && !result.signal
    ? (result.shortMessage ?? '').replace(/\n/g, ': ')
    : '';
}

const signalNumbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13 };
