// Runs the real bin/ executables as a user would, capturing output and exit code.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const binDir = `${repoRoot}bin`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export function runCliSync(
  command: 'sync-cron' | 'run-backup',
  args: string[],
  options: CliOptions = {},
): CliResult {
  const result = spawnSync(`${binDir}/${command}`, args, {
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    cwd: options.cwd ?? repoRoot,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runCli(
  command: 'sync-cron' | 'run-backup',
  args: string[],
  options: CliOptions = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(`${binDir}/${command}`, args, {
      env: { ...process.env, ...options.env },
      cwd: options.cwd ?? repoRoot,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
