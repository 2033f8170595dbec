// The one place that turns errors into output and exit codes: user errors print a message (and hint),
// anything else is a bug and prints its stack.
import { ExitCode, isUserError } from '../errors.js';

export async function runCli(
  name: string,
  main: (argv: string[]) => Promise<number>,
  options: { exitWhenDone?: boolean } = {},
): Promise<void> {
  // If the event loop ever drains before main settles, something waited on a promise that can never
  // settle: that is a bug, and it must never look like success.
  let settled = false;
  process.once('beforeExit', () => {
    if (settled) return;
    console.error(
      `${name}: internal error: the run stopped without a result (this is a bug, please report it)`,
    );
    process.exitCode = ExitCode.failed;
  });
  try {
    process.exitCode = await main(process.argv.slice(2));
    settled = true;
  } catch (error) {
    settled = true;
    if (isUserError(error)) {
      console.error(`${name}: ${error.message}`);
      if (error.hint) console.error(`  hint: ${error.hint}`);
      process.exitCode = error.exitCode;
      return;
    }
    console.error(`${name}: internal error (this is a bug, please report it):`);
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = ExitCode.failed;
  } finally {
    // A read stuck in the kernel (a dead NFS mount) must not keep a finished run alive.
    if (options.exitWhenDone) process.exit();
  }
}
