// Cron expressions exactly as Debian's cron (Vixie cron 3.0) reads them. cron-parser accepts more (seconds,
// L, W, #, ?, H), so we check the Debian grammar ourselves: what sync-cron accepts is what cron will run.
// Run times live in schedule.ts, so that sync-cron never loads cron-parser.

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** The value of names[0]: months count from 1, weekdays from 0. */
  namesStart?: number;
}

const fields: readonly FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  {
    name: 'month',
    min: 1,
    max: 12,
    names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
    namesStart: 1,
  },
  {
    name: 'day of week',
    min: 0,
    max: 7,
    names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
    namesStart: 0,
  },
];

const macros: Readonly<Record<string, string | null>> = {
  '@reboot': null,
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

export interface ParsedCron {
  /** As it goes into the crontab: fields joined by one space, or the macro. */
  text: string;
  /** Five numeric fields for cron-parser, or null for @reboot (no schedule in time). */
  numeric: string | null;
}

export type CronCheck = { ok: true; cron: ParsedCron } | { ok: false; message: string; hint?: string };

export function parseCronExpression(expression: string): CronCheck {
  const text = expression.trim();
  if (text.startsWith('@')) {
    const macro = macros[text.toLowerCase()];
    if (macro === undefined) {
      return {
        ok: false,
        message: `unknown macro ${text}`,
        hint: `use one of ${Object.keys(macros).join(', ')}`,
      };
    }
    return { ok: true, cron: { text: text.toLowerCase(), numeric: macro } };
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) {
    return {
      ok: false,
      message: `"${expression}" has ${parts.length} fields; cron expressions have 5 (minute hour day-of-month month day-of-week)`,
      hint:
        parts.length === 6
          ? 'cron has no seconds field: drop the first field'
          : 'for example "30 2 * * *" runs daily at 02:30',
    };
  }
  const numeric: string[] = [];
  for (const [i, part] of parts.entries()) {
    const spec = fields[i] as FieldSpec;
    const result = parseField(part, spec);
    if (typeof result !== 'string')
      return { ok: false, message: `"${expression}": ${spec.name} field "${part}": ${result.error}` };
    numeric.push(result);
  }
  if (!canEverRun(numeric, parts))
    return { ok: false, message: `"${expression}" never runs (no date matches it)` };
  return { ok: true, cron: { text: parts.join(' '), numeric: numeric.join(' ') } };
}

/** One field → the same field with names turned into numbers, or an error. */
function parseField(field: string, spec: FieldSpec): string | { error: string } {
  const out: string[] = [];
  for (const element of field.split(',')) {
    const match = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(element);
    if (!match?.[1])
      return { error: `"${element}" is not *, a number, a range like 1-5, or a step like */15` };
    const [, range, step] = match;
    if (step !== undefined && Number(step) < 1) return { error: `step ${step} must be at least 1` };
    if (step !== undefined && range !== '*' && !range.includes('-')) {
      return {
        error: `"${element}": Debian's cron applies a step only to * or a range; write ${range}-${spec.max}/${step}`,
      };
    }
    if (range === '*') {
      out.push(element);
      continue;
    }
    const bounds: number[] = [];
    for (const part of range.split('-')) {
      const value = valueOf(part, spec);
      if (typeof value !== 'number') return value;
      bounds.push(value);
    }
    const [low, high] = [bounds[0] as number, bounds[bounds.length - 1] as number];
    if (low > high) return { error: `range ${range} runs backwards` };
    out.push((bounds.length === 2 ? `${low}-${high}` : `${low}`) + (step === undefined ? '' : `/${step}`));
  }
  return out.join(',');
}

function valueOf(token: string, spec: FieldSpec): number | { error: string } {
  if (/^\d+$/.test(token)) {
    const value = Number(token);
    if (value < spec.min || value > spec.max)
      return { error: `${value} is out of range ${spec.min}-${spec.max}` };
    return value;
  }
  const index = spec.names?.indexOf(token.toLowerCase()) ?? -1;
  if (index < 0) {
    return {
      error: spec.names
        ? `"${token}" is not a number or a name (${spec.names.join(', ')})`
        : `"${token}" is not a number (Debian's cron has no L, W, # or ? syntax)`,
    };
  }
  return index + (spec.namesStart ?? 0);
}

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether some date matches. Cron ORs the two day fields when both are restricted, and ANDs them when
 * either starts with `*`; every (month, day) recurs on each weekday over the years, so only a `*` weekday
 * field with days that no chosen month has (31 February) can never run.
 */
function canEverRun(numeric: readonly string[], written: readonly string[]): boolean {
  if (!written[4]?.startsWith('*')) return true;
  const days = expand(numeric[2] ?? '*', 1, 31);
  const months = expand(numeric[3] ?? '*', 1, 12);
  const earliestDay = Math.min(...days);
  return months.some((month) => earliestDay <= (daysInMonth[month - 1] ?? 31));
}

/** The values a numeric field (after names were replaced) stands for. */
function expand(field: string, min: number, max: number): number[] {
  const values = new Set<number>();
  for (const element of field.split(',')) {
    const [range = '*', stepText] = element.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let [low, high] = [min, max];
    if (range !== '*') {
      const [first = min, last] = range.split('-').map(Number);
      [low, high] = [first, last ?? first];
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return [...values];
}
