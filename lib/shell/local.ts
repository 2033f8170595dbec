// Commands on this host, through execa: argv arrays, never a shell; a timeout kills the whole process group.
import { execa } from 'execa';
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
    const [file, ...args] = argv;
    if (file === undefined) throw new Error('empty argv');
    const result = await execa(file, args, {
      ...(options.stdin === undefined ? { stdin: 'ignore' as const } : { input: options.stdin }),
      reject: false,
      stripFinalNewline: false,
      ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
      forceKillAfterDelay: 2000,
    });
    return {
      exitCode: exitCodeOf(result),
      stdout: String(result.stdout),
      stderr: (String(result.stderr) || spawnFailure(result)).slice(-4000),
      timedOut: result.timedOut,
    };
  }

  stream(argv: readonly string[], options: RunOptions = {}): Streaming {
    const [file, ...args] = argv;
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
      stderr: tail.toString() || spawnFailure(result),
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
