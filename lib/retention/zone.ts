// Wall-clock time in an IANA time zone, and back: what Go's time.Time gives restic for free (Year(),
// Hour(), AddDate() in the snapshot's location). Retention needs both directions to count calendar
// buckets and to subtract calendar durations exactly as restic's `forget` does.

/** A local date and time; month 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The zone this host's local time is in (`TZ`, else the system's), as cron's schedule uses. */
export function hostTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

export function wallClock(time: Date, zone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(zone).formatToParts(time)) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  return {
    // Years before 1 AD come as "BC" years; proleptic astronomical numbering keeps arithmetic plain.
    year: parts.era === 'BC' ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((time.getTime() % 1000) + 1000) % 1000,
  };
}

/** How far `zone`'s clock is ahead of UTC at `instant` (ms since the epoch), in ms. */
function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return utcOf({ ...wallClock(new Date(whole), zone), millisecond: 0 }) - whole;
}

/**
 * The instant `zone`'s clocks show `wall`, with fields out of range carried over (day 31 of a 30-day
 * month is the 1st of the next), as Go's time.Date does. A wall time skipped by a daylight-saving jump,
 * or shown twice, is resolved as Go resolves it: with the offset in force at the wall time read as UTC,
 * corrected once if that lands in another offset's span.
 */
export function fromWallClock(wall: WallClock, zone: string): Date {
  const asUtc = utcOf(wall);
  if (Number.isNaN(asUtc)) return new Date(Number.NaN); // beyond the ±275,000 years a Date can hold
  const guess = offsetAt(asUtc, zone);
  return new Date(asUtc - offsetAt(asUtc - guess, zone));
}

/** Date.UTC without its two-digit-year quirk (years 0–99 would become 1900–1999). */
function utcOf(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}
