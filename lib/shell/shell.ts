// The shell seam: run a command given as argv (never a string) with stdin, on this host, over SSH or
// inside a docker container. Implementations: local.ts (child_process), ssh.ts (node-ssh), docker.ts (a wrapper
// over another shell, so a container on a remote host is docker(ssh(host)), not a third code path).
import type { Readable } from 'node:stream';
import { ExitCode, UserError } from '../errors.js';

export interface RunOptions {
  /**
   * Written to the command's stdin, which is then closed. Secrets travel here, never in argv; a stream
   * carries large inputs (a dump being restored), its end closing stdin.
   */
  stdin?: string | Readable;
  /** Kill the command when it runs longer (milliseconds). */
  timeoutMs?: number;
}

export interface Completion {
  exitCode: number;
  /** The last lines of stderr, for messages. */
  stderr: string;
  timedOut: boolean;
}

export interface RunResult extends Completion {
  stdout: string;
}

export interface Streaming {
  stdout: Readable;
  /** Settles when the command has exited; never rejects for a non-zero exit (the caller decides). */
  done: Promise<Completion>;
  /** Stops the command (and, locally, its process group). */
  kill(): void;
}

export interface Shell {
  /** Where commands run, for messages: "this host", "backup@db1:22", "container pg on backup@db1:22". */
  readonly where: string;
  /** Runs a command and collects its output (for small outputs such as versions). */
  run(argv: readonly string[], options?: RunOptions): Promise<RunResult>;
  /** Runs a command whose stdout is streamed (dumps, tar streams). */
  stream(argv: readonly string[], options?: RunOptions): Streaming;
  /** Releases connections. */
  close(): Promise<void>;
}

/** A command that failed: the short message names the command and where it ran; stderr follows. */
export class CommandError extends UserError {
  constructor(
    readonly argv: readonly string[],
    readonly where: string,
    readonly completion: Completion,
  ) {
    const what = completion.timedOut ? 'timed out' : `exited with ${completion.exitCode}`;
    const detail = completion.stderr.trim();
    super(`${argv[0] ?? 'command'} on ${where} ${what}${detail ? `: ${detail}` : ''}`, {
      exitCode: ExitCode.failed,
    });
    this.name = 'CommandError';
  }
}

/** Keeps the last `limit` characters of a stream of text, for error messages. */
export class Tail {
  private text = '';

  constructor(private readonly limit = 4000) {}

  push(chunk: Buffer | string): void {
    this.text = (this.text + chunk.toString()).slice(-this.limit);
  }

  toString(): string {
    return this.text;
  }
}
