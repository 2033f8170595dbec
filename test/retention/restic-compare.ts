// Runs our policy and the transcription of restic's ApplyPolicy on the same history, in comparable terms.
import { parseDuration, type Duration } from '../../lib/retention/duration.js';
import {
  applyRetention,
  type DatedArchive,
  type KeepCount,
  type KeepReason,
  type RetentionPolicy,
} from '../../lib/retention/policy.js';
import {
  resticApplyPolicy,
  type ResticDuration,
  type ResticPolicy,
  type ResticSnapshot,
} from './restic-reference.js';

/** Our policy in restic's terms: a missing count is 0, `unlimited` is -1, weeks are 7 days. */
export function toRestic(policy: RetentionPolicy): ResticPolicy {
  const count = (value: KeepCount | undefined) =>
    value === undefined ? 0 : value === 'unlimited' ? -1 : value;
  const duration = (value: Duration | undefined): ResticDuration | undefined =>
    value && {
      years: value.years,
      months: value.months,
      days: value.weeks * 7 + value.days,
      hours: value.hours,
    };
  return {
    last: count(policy.keepLast),
    hourly: count(policy.keepHourly),
    daily: count(policy.keepDaily),
    weekly: count(policy.keepWeekly),
    monthly: count(policy.keepMonthly),
    yearly: count(policy.keepYearly),
    ...optional('within', duration(policy.keepWithin)),
    ...optional('withinHourly', duration(policy.keepWithinHourly)),
    ...optional('withinDaily', duration(policy.keepWithinDaily)),
    ...optional('withinWeekly', duration(policy.keepWithinWeekly)),
    ...optional('withinMonthly', duration(policy.keepWithinMonthly)),
    ...optional('withinYearly', duration(policy.keepWithinYearly)),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** restic's reason in our words: "oldest daily snapshot" → `oldest daily`, "daily within 7d" → `daily within`. */
function ourReason(match: string): string {
  return match.replace(/ snapshot$/, '').replace(/^(.*\bwithin) \S+$/, '$1');
}

/** A clock far after every generated archive: restic ignores snapshots dated after now for durations. */
const farFuture = new Date('3000-01-01T00:00:00Z');

/** Both sides on one history: ours from any order; restic's on our newest-first order (its sort is by time only). */
export function compare(archives: DatedArchive[], policy: RetentionPolicy, timeZone: string) {
  const ours = applyRetention(archives, policy, { timeZone });
  const order = [...ours.keep.map((k) => k.archive), ...ours.remove].sort(
    (a, b) => b.time.getTime() - a.time.getTime() || b.sequence - a.sequence || (a.name < b.name ? 1 : -1),
  );
  const snapshots: ResticSnapshot[] = order.map((archive) => ({ id: archive.name, time: archive.time }));
  const restic = resticApplyPolicy(snapshots, toRestic(policy), timeZone, farFuture);
  const ruleReasons = (reasons: readonly KeepReason[]) => reasons.filter((reason) => reason !== 'newest');
  return {
    ours: ours.keep.map((k) => [k.archive.name, ruleReasons(k.reasons)]),
    restic: restic.reasons.map((r) => [r.snapshot.id, r.matches.map(ourReason)]),
    decision: ours,
  };
}

export const duration = (text: string): Duration => {
  const parsed = parseDuration(text);
  if (!parsed) throw new Error(`bad duration ${text}`);
  return parsed;
};
