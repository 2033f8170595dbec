// The steps every server engine's restore takes, in one order: find the dump in the zip first (so a zip
// without one touches no database), then use the target database if it is new or empty (or --clean), run
// the engine's client with the dump on stdin, and on any failure — its exit status, or the dump not read
// to the end — drop a database made for this restore. Each engine says how to do each step.
import { ExitCode, UserError } from '../errors.js';
import type { RunResult } from '../shell/shell.js';
import { withDumpInput, type DumpInput } from './dump-input.js';

export interface ServerRestore {
  target: string;
  clean: boolean;
  /** Where the client runs, for messages. */
  where: string;
  /** The restoring client's name, for messages. */
  program: string;
  exists(): Promise<boolean>;
  /** The objects an existing database holds (0: empty), and what they are called. */
  objects(): Promise<number>;
  objectWords: string;
  create(): Promise<void>;
  drop(): Promise<void>;
  run(input: DumpInput): Promise<RunResult>;
  /** The restore runs in one transaction: a failure leaves an existing database as it was. */
  transactional: boolean;
}

export interface ServerRestoreReport {
  database: string;
  created: boolean;
  dump: string;
  bytes: number;
}

export async function restoreIntoServer(
  zipPath: string,
  isDump: (name: string) => boolean,
  passwordLine: string | undefined,
  steps: ServerRestore,
): Promise<ServerRestoreReport> {
  return await withDumpInput(zipPath, isDump, passwordLine, async (input) => {
    const existed = await steps.exists();
    if (existed) {
      const objects = await steps.objects();
      if (objects > 0 && !steps.clean)
        throw new UserError(
          `database ${steps.target} is not empty (${objects} ${steps.objectWords}); nothing was restored`,
          { hint: 'restore into a new database name, or add --clean to replace the objects the dump holds' },
        );
    } else {
      await steps.create();
    }
    const result = await steps.run(input);
    const unread = input.readError();
    const failure =
      result.exitCode !== 0
        ? result.stderr.trim() || `exit ${result.exitCode}`
        : unread && `reading ${input.name} from the archive failed (${unread.message})`;
    if (failure) {
      if (!existed) await steps.drop().catch(() => undefined);
      const left = !existed
        ? `; the new database ${steps.target} was dropped again`
        : steps.transactional
          ? ''
          : `; database ${steps.target} may be partly restored (its engine cannot roll DDL back)`;
      throw new UserError(
        `${steps.program} on ${steps.where} failed${steps.transactional ? ' and was rolled back' : ''}: ${failure}${left}`,
        { exitCode: ExitCode.failed },
      );
    }
    return { database: steps.target, created: !existed, dump: input.name, bytes: input.bytes() };
  });
}
