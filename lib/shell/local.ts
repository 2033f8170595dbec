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
      exitCode: result.exitCode ?? exitCodeOfSignal(result.signal),
      stdout: String(result.stdout),
      stderr: String(result.stderr).slice(-4000),
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
      exitCode: result.exitCode ?? exitCodeOfSignal(result.signal),
      stderr: tail.toString(),
      timedOut: result.timedOut,
    }));
    if (!child.stdout) throw new Error('no stdout pipe');
    return {
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
  }

  async close(): Promise<void> {}
}

function exitCodeOfSignal(signal: string | undefined): number {
  return signal ? 128 + (signalNumbers[signal] ?? 1) : 1;
}

const signalNumbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15, SIGPIPE: 13 };
