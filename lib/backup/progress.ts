// Progress of a long run: on a terminal, one line rewritten in place (bytes read, rate) at most five times
// a second; otherwise (cron) a plain log line at most every 30 s, so the log holds no control characters.
import { formatBytes } from '../format.js';
import type { RunLog } from './log.js';

const terminalEveryMs = 200;
const logEveryMs = 30_000;

export class Progress {
  private readonly started = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly label: string,
    private readonly log: RunLog,
    private readonly terminal: boolean,
  ) {}

  update(bytes: number): void {
    const now = Date.now();
    if (now - this.last < (this.terminal ? terminalEveryMs : logEveryMs)) return;
    if (!this.terminal && now - this.started < logEveryMs) return;
    this.last = now;
    const seconds = (now - this.started) / 1000;
    const text = `read ${formatBytes(bytes)} at ${formatBytes(bytes / Math.max(seconds, 0.001))}/s`;
    if (this.terminal) {
      process.stderr.write(`\r\u001b[K${this.label}: ${text}`);
      this.shown = true;
    } else {
      this.log.info(`progress: ${text}`);
    }
  }

  end(): void {
    if (this.shown) process.stderr.write('\r\u001b[K');
  }
}
