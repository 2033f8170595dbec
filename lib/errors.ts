// Errors meant for users carry a message, an optional hint and an exit code; anything else is a bug.
// One place (cli/main.ts) maps them to output and exit codes; docs/exit-codes.md lists the codes.

export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
  locked: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  readonly exitCode: ExitCode;
  readonly hint: string | undefined;

  constructor(message: string, options: { exitCode?: ExitCode; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UserError';
    this.exitCode = options.exitCode ?? ExitCode.usage;
    this.hint = options.hint;
  }
}

/** A usage error: wrong arguments or an unknown name. */
export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint === undefined ? { exitCode: ExitCode.usage } : { exitCode: ExitCode.usage, hint });
    this.name = 'UsageError';
  }
}

/** Another process holds the lock this one needs. */
export class LockedError extends UserError {
  constructor(message: string) {
    super(message, { exitCode: ExitCode.locked });
    this.name = 'LockedError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
