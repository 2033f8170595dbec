// The run's watchdogs: no progress for `inactivityMs`, or more than `totalMs` in all, and `expired`
// rejects; the run then kills its commands and fails. `touch()` marks progress.
import { ExitCode, UserError } from '../errors.js';

export class Watchdog {
  readonly expired: Promise<never>;
  private inactivity: NodeJS.Timeout | undefined;
  private readonly total: NodeJS.Timeout;
  private fire: (error: UserError) => void = () => undefined;
  private readonly onExpire: () => void;

  constructor(
    private readonly inactivityMs: number,
    totalMs: number,
    onExpire: () => void,
  ) {
    this.onExpire = onExpire;
    this.expired = new Promise<never>((_, reject) => {
      this.fire = reject;
    });
    // Nobody may be waiting on `expired` at the moment it fires.
    this.expired.catch(() => undefined);
    this.total = setTimeout(
      () =>
        this.expire(
          `the run took longer than ${Math.round(totalMs / 60_000)} minutes (TIMEOUTS.TOTAL_MINUTES)`,
        ),
      totalMs,
    );
    this.touch();
  }

  /** Progress was made: restart the inactivity timer. */
  touch(): void {
    if (this.inactivity) clearTimeout(this.inactivity);
    this.inactivity = setTimeout(
      () =>
        this.expire(
          `no progress for ${Math.round(this.inactivityMs / 1000)} s (TIMEOUTS.INACTIVITY_SECONDS)`,
        ),
      this.inactivityMs,
    );
  }

  /** Races `work` against the watchdog. */
  guard<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.expired]);
  }

  stop(): void {
    if (this.inactivity) clearTimeout(this.inactivity);
    clearTimeout(this.total);
  }

  /** Why the watchdog fired, once it has. */
  firedBecause: string | undefined;

  private expire(reason: string): void {
    this.stop();
    this.firedBecause = `stopped: ${reason}`;
    this.onExpire();
    this.fire(new UserError(this.firedBecause, { exitCode: ExitCode.failed }));
  }
}
