// Progress of a long run, phase by phase (reading the source, then each upload): on a terminal, one
// line rewritten in place at most five times a second; otherwise (cron) a plain log line at most every
// 30 s, so the log holds no control characters. Bytes done, rate, and — where the total is known (a
// local tree once it has been sized, an archive being uploaded) — percent and ETA.
import { formatBytes } from '../format.js';

export interface ProgressOptions {
  terminal: boolean;
  /** Where a non-terminal line goes (the run log). */
  log: (line: string) => void;
  /** Where the terminal line is drawn. */
  write?: (text: string) => void;
  now?: () => number;
  terminalEveryMs?: number;
  logEveryMs?: number;
}

export class Progress {
  private readonly now: () => number;
  private readonly write: (text: string) => void;
  private readonly everyMs: number;
  private phaseName = 'read';
  private started: number;
  private last = 0;
  private total: number | undefined;
  private shown = false;

  constructor(
    private readonly label: string,
    private readonly options: ProgressOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.write = options.write ?? ((text) => process.stderr.write(text));
    this.everyMs = options.terminal ? (options.terminalEveryMs ?? 200) : (options.logEveryMs ?? 30_000);
    this.started = this.now();
  }

  /** A new phase ("upload to ONEDRIVE Backups"): its own clock, rate and total. */
  phase(name: string, total?: number): void {
    this.phaseName = name;
    this.total = total;
    this.started = this.now();
    this.last = 0;
  }

  /** The phase's total, once known (sizing a tree runs beside the reading). */
  setTotal(total: number): void {
    this.total = total;
  }

  update(bytes: number): void {
    const now = this.now();
    if (now - this.last < this.everyMs) return;
    // Under cron, a phase that ends within the interval logs nothing: the summary says it all.
    if (!this.options.terminal && now - this.started < this.everyMs) return;
    this.last = now;
    const text = describe(this.phaseName, bytes, this.total, (now - this.started) / 1000);
    if (this.options.terminal) {
      this.write(`\r\u001b[K${this.label}: ${text}`);
      this.shown = true;
    } else {
      this.options.log(`progress: ${text}`);
    }
  }

  end(): void {
    if (this.shown) this.write('\r\u001b[K');
    this.shown = false;
  }
}

/** "read 1.5 GiB of 3.0 GiB (50%) at 100.0 MiB/s, ETA 0:15" — percent and ETA only with a total. */
export function describe(phase: string, bytes: number, total: number | undefined, seconds: number): string {
  const rate = bytes / Math.max(seconds, 0.001);
  let text = `${phase} ${formatBytes(bytes)}`;
  if (total !== undefined && total > 0) {
    const shownTotal = Math.max(total, bytes);
    text += ` of ${formatBytes(shownTotal)} (${Math.floor((bytes / shownTotal) * 100)}%)`;
  }
  text += ` at ${formatBytes(rate)}/s`;
  if (total !== undefined && total > bytes && rate > 0) text += `, ETA ${clock((total - bytes) / rate)}`;
  return text;
}

/** 75 → "1:15", 3725 → "1:02:05". */
function clock(seconds: number): string {
  const whole = Math.ceil(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
