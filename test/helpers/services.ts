// Services a test needs from the machine. Without one, a test skips visibly on a developer's machine
// and fails under CI=true, where .ci/test has installed everything.
import { spawnSync } from 'node:child_process';

export function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

export function requireCommand(context: Mocha.Context, name: string, why: string): void {
  if (hasCommand(name)) return;
  if (process.env.CI === 'true') throw new Error(`${name} is missing (${why}); CI must provide it`);
  console.warn(`      skipped: ${name} is missing (${why})`);
  context.skip();
}

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}
