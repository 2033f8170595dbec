// restic's `forget` policy, transcribed line by line from ApplyPolicy in restic's
// internal/data/snapshot_policy.go (restic/restic at 93720f071767effc9d5fdcbd0ff3138d3d3bc9ff, the
// behaviour of 0.16 and later with the "oldest" reasons of 0.17.2), so that lib/retention/policy.ts can be
// held against it. Deliberately naive and independent of lib/: Go's time.Time is emulated by `GoTime`
// below (the calendar fields of an instant in a zone, AddDate, ISOWeek), each transcribed from Go's
// time package. Tags are left out: this tool has no tags.

/** restic's Duration: years, months, days, hours (our weeks are folded into days before calling). */
export interface ResticDuration {
  years: number;
  months: number;
  days: number;
  hours: number;
}

/** restic's ExpirePolicy without Tags: a count of 0 is "not set", -1 is `unlimited`. */
export interface ResticPolicy {
  last: number;
  hourly: number;
  daily: number;
  weekly: number;
  monthly: number;
  yearly: number;
  within?: ResticDuration;
  withinHourly?: ResticDuration;
  withinDaily?: ResticDuration;
  withinWeekly?: ResticDuration;
  withinMonthly?: ResticDuration;
  withinYearly?: ResticDuration;
}

export interface ResticSnapshot {
  id: string;
  time: Date;
}

export interface ResticKeepReason {
  snapshot: ResticSnapshot;
  matches: string[];
}

/** Go's time.Time in a Location, reduced to what ApplyPolicy calls. */
class GoTime {
  constructor(
    readonly instant: number,
    readonly zone: string,
  ) {}

  private cached: ReturnType<GoTime['readFields']> | undefined;

  /** The calendar fields in the zone (Go's Time.date and Time.clock). */
  fields(): ReturnType<GoTime['readFields']> {
    return (this.cached ??= this.readFields());
  }

  private readFields(): {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
  } {
    const parts = formatterFor(this.zone).formatToParts(new Date(this.instant));
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    const era = parts.find((part) => part.type === 'era')?.value;
    return {
      year: era === 'BC' ? 1 - get('year') : get('year'),
      month: get('month'),
      day: get('day'),
      hour: get('hour'),
      minute: get('minute'),
      second: get('second'),
    };
  }

  Year(): number {
    return this.fields().year;
  }
  Month(): number {
    return this.fields().month;
  }
  Day(): number {
    return this.fields().day;
  }
  Hour(): number {
    return this.fields().hour;
  }

  After(other: GoTime): boolean {
    return this.instant > other.instant;
  }
  Before(other: GoTime): boolean {
    return this.instant < other.instant;
  }

  /** time.Add */
  Add(milliseconds: number): GoTime {
    return new GoTime(this.instant + milliseconds, this.zone);
  }

  /** time.AddDate: time.Date(y+years, m+months, d+days, h, min, s, ns, t.Location()). */
  AddDate(years: number, months: number, days: number): GoTime {
    const f = this.fields();
    const ms = ((this.instant % 1000) + 1000) % 1000;
    return goDate(f.year + years, f.month + months, f.day + days, f.hour, f.minute, f.second, ms, this.zone);
  }

  /** time.ISOWeek: the week of the Thursday of this week, counted from that year's 1 January. */
  ISOWeek(): { year: number; week: number } {
    const f = this.fields();
    const noon = utc(f.year, f.month, f.day, 12, 0, 0, 0);
    const weekday = new Date(noon).getUTCDay(); // Sunday = 0
    let d = 4 - weekday; // Thursday - weekday
    if (d === 4) d = -3; // Sunday belongs to the week before
    const thursday = new Date(noon + d * 86_400_000);
    const year = thursday.getUTCFullYear();
    const yday = Math.round((thursday.getTime() - utc(year, 1, 1, 12, 0, 0, 0)) / 86_400_000); // 0-based
    return { year, week: Math.floor(yday / 7) + 1 };
  }
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

/** Fields read as UTC, carrying over as Go's norm does (Date.UTC would map years 0–99 to 1900–1999). */
function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** The offset of `zone` from UTC at `unix` (ms), as Location.lookup gives it. */
function lookupOffset(unix: number, zone: string): number {
  const whole = Math.floor(unix / 1000) * 1000;
  const f = new GoTime(whole, zone).fields();
  return utc(f.year, f.month, f.day, f.hour, f.minute, f.second, 0) - whole;
}

/**
 * time.Date: normalise the fields (Date.UTC carries like Go's norm), read them as UTC, then subtract the
 * zone's offset: the offset at that UTC reading, unless the result falls outside that offset's span, in
 * which case the offset at the result.
 */
function goDate(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  zone: string,
): GoTime {
  const unix = utc(year, month, day, hour, minute, second, ms);
  let offset = lookupOffset(unix, zone);
  const utcInstant = unix - offset;
  if (lookupOffset(utcInstant, zone) !== offset) offset = lookupOffset(utcInstant, zone);
  return new GoTime(unix - offset, zone);
}

type Bucker = (d: GoTime, nr: number) => number;

const ymdh: Bucker = (d) => d.Year() * 1000000 + d.Month() * 10000 + d.Day() * 100 + d.Hour();
const ymd: Bucker = (d) => d.Year() * 10000 + d.Month() * 100 + d.Day();
const yw: Bucker = (d) => {
  const { year, week } = d.ISOWeek();
  return year * 100 + week;
};
const ym: Bucker = (d) => d.Year() * 100 + d.Month();
const y: Bucker = (d) => d.Year();
const always: Bucker = (_, nr) => nr;

const zero = (d: ResticDuration | undefined): d is undefined =>
  d === undefined || (d.years === 0 && d.months === 0 && d.days === 0 && d.hours === 0);

/** Duration.String */
function durationString(d: ResticDuration): string {
  let s = '';
  if (d.years !== 0) s += `${d.years}y`;
  if (d.months !== 0) s += `${d.months}m`;
  if (d.days !== 0) s += `${d.days}d`;
  if (d.hours !== 0) s += `${d.hours}h`;
  return s;
}

/** findLatestTimestamp: the newest snapshot time that is not in the future. */
function findLatestTimestamp(list: readonly ResticSnapshot[], now: Date, zone: string): GoTime {
  let latest = new GoTime(-62135596800000, zone); // Go's zero Time, 0001-01-01 UTC
  for (const sn of list) {
    const t = new GoTime(sn.time.getTime(), zone);
    if (t.After(latest) && t.Before(new GoTime(now.getTime(), zone))) latest = t;
  }
  return latest;
}

/** latest.AddDate(-years, -months, -days).Add(-hours), the limit of every --keep-within* rule. */
export function resticWithinLimit(latest: Date, d: ResticDuration, zone: string): Date {
  return new Date(
    new GoTime(latest.getTime(), zone).AddDate(-d.years, -d.months, -d.days).Add(-d.hours * 3_600_000)
      .instant,
  );
}

/**
 * ApplyPolicy. `list` must already be newest first; restic's sort.Stable orders by time only, so equal
 * times keep the order given (callers pass our own order for those). `zone` is the Location of the
 * snapshots' times; `now` is time.Now().
 */
export function resticApplyPolicy(
  list: readonly ResticSnapshot[],
  p: ResticPolicy,
  zone: string,
  now: Date,
): { keep: ResticSnapshot[]; remove: ResticSnapshot[]; reasons: ResticKeepReason[] } {
  const keep: ResticSnapshot[] = [];
  const remove: ResticSnapshot[] = [];
  const reasons: ResticKeepReason[] = [];
  if (list.length === 0) return { keep: [...list], remove, reasons };

  const buckets = [
    { Count: p.last, bucker: always, Last: -1, reason: 'last snapshot' },
    { Count: p.hourly, bucker: ymdh, Last: -1, reason: 'hourly snapshot' },
    { Count: p.daily, bucker: ymd, Last: -1, reason: 'daily snapshot' },
    { Count: p.weekly, bucker: yw, Last: -1, reason: 'weekly snapshot' },
    { Count: p.monthly, bucker: ym, Last: -1, reason: 'monthly snapshot' },
    { Count: p.yearly, bucker: y, Last: -1, reason: 'yearly snapshot' },
  ];
  const bucketsWithin = [
    { Within: p.withinHourly, bucker: ymdh, Last: -1, reason: 'hourly within' },
    { Within: p.withinDaily, bucker: ymd, Last: -1, reason: 'daily within' },
    { Within: p.withinWeekly, bucker: yw, Last: -1, reason: 'weekly within' },
    { Within: p.withinMonthly, bucker: ym, Last: -1, reason: 'monthly within' },
    { Within: p.withinYearly, bucker: y, Last: -1, reason: 'yearly within' },
  ];

  const latest = findLatestTimestamp(list, now, zone);
  // restic computes t = latest.AddDate(-y, -m, -d).Add(-h) inside the loop; latest does not change, so
  // it is computed once per duration here (the reference would be too slow for thousands of cases).
  const limits = new Map<ResticDuration, GoTime>();
  const withinLimit = (d: ResticDuration) => {
    let t = limits.get(d);
    if (!t) {
      t = latest.AddDate(-d.years, -d.months, -d.days).Add(-d.hours * 3_600_000);
      limits.set(d, t);
    }
    return t;
  };

  list.forEach((sn, nr) => {
    const cur = new GoTime(sn.time.getTime(), zone);
    let keepSnap = false;
    const keepSnapReasons: string[] = [];

    if (!zero(p.within)) {
      const t = withinLimit(p.within);
      if (cur.After(t)) {
        keepSnap = true;
        keepSnapReasons.push(`within ${durationString(p.within)}`);
      }
    }

    for (const b of buckets) {
      if (b.Count > 0 || b.Count === -1) {
        const val = b.bucker(cur, nr);
        if (val !== b.Last || nr === list.length - 1) {
          keepSnap = true;
          let reason = b.reason;
          if (val === b.Last && nr === list.length - 1) reason = `oldest ${reason}`;
          b.Last = val;
          if (b.Count > 0) b.Count--;
          keepSnapReasons.push(reason);
        }
      }
    }

    for (const b of bucketsWithin) {
      if (!zero(b.Within)) {
        const t = withinLimit(b.Within);
        if (cur.After(t)) {
          const val = b.bucker(cur, nr);
          if (val !== b.Last || nr === list.length - 1) {
            keepSnap = true;
            let reason = b.reason;
            if (val === b.Last && nr === list.length - 1) reason = `oldest ${reason}`;
            b.Last = val;
            keepSnapReasons.push(`${reason} ${durationString(b.Within)}`);
          }
        }
      }
    }

    if (keepSnap) {
      keep.push(sn);
      reasons.push({ snapshot: sn, matches: keepSnapReasons });
    } else {
      remove.push(sn);
    }
  });

  return { keep, remove, reasons };
}
