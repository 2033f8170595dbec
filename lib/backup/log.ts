// run-backup's log: every line to the console and to a daily file LOG_DIRECTORY/YYYY/MM/YYYY-MM-DD.log
// (0640), prefixed with the UTC time and the backup. Known secret values are masked in every line.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { maskSecrets } from '../mask.js';

export class RunLog {
  /** Today's log file. */
  readonly file: string;

  constructor(
    logDirectory: string,
    private readonly label: string,
    private readonly secrets: readonly string[],
    private readonly console: (line: string) => void,
    now = new Date(),
  ) {
    const day = now.toISOString().slice(0, 10);
    const directory = join(logDirectory, day.slice(0, 4), day.slice(5, 7));
    this.file = join(directory, `${day}.log`);
    try {
      mkdirSync(directory, { recursive: true, mode: 0o750 });
    } catch {
      // The console still gets every line; a log directory that cannot be made is reported by the write.
    }
  }

  info(message: string): void {
    const line = this.mask(message);
    this.console(line);
    try {
      appendFileSync(this.file, `${new Date().toISOString()} [${this.label}] ${line}\n`, { mode: 0o640 });
    } catch {
      // A log file we cannot write must not fail the backup; the console has the line.
    }
  }

  mask(text: string): string {
    return maskSecrets(text, this.secrets);
  }
}
