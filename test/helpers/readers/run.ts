// Runs a reader program with no stdin (a prompt reads EOF rather than hanging), bounded in time; its
// stdout is either collected or digested as it streams (gigabytes must not be held in memory).
import { spawn } from 'node:child_process';
import { Digest } from './digest.js';

export interface Ran {
  status: number | null;
  stdout: string;
  /** The last lines of stderr (and stdout, for programs that report errors there). */
  message: string;
  /** With `digest: true`: the digest of stdout. */
  digest?: string;
}

export function runReader(
  argv: readonly string[],
  options: { cwd?: string; timeoutMs: number; digest?: boolean },
): Promise<Ran> {
  const [command, ...args] = argv as [string, ...string[]];
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // DOS times in a zip carry no zone; the tool writes them in UTC.
      env: { ...process.env, TZ: 'UTC', LC_ALL: 'C.UTF-8' },
      timeout: options.timeoutMs,
      killSignal: 'SIGKILL',
    });
    const digest = options.digest ? new Digest() : undefined;
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (digest ? digest.update(chunk) : stdout.push(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const finish = (status: number | null, error?: string) => {
      const out = Buffer.concat(stdout).toString();
      const message = [error, stderr.trim(), status === 0 ? '' : out.trim().slice(-1000)]
        .filter(Boolean)
        .join('\n')
        .split('\n')
        .slice(-6)
        .join('\n');
      resolve({ status, stdout: out, message, ...(digest ? { digest: digest.value() } : {}) });
    };
    child.on('error', (error) => finish(null, error.message));
    child.on('close', (status, signal) =>
      finish(status, signal ? `killed by ${signal} (over ${options.timeoutMs} ms?)` : undefined),
    );
  });
}
