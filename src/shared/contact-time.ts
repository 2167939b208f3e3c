/**
 * When is a good time to reach a customer? Pure functions over their contact preferences, in their
 * own time zone (date-fns-tz does the zone and DST math). Used by the card ("good time now?") and by
 * the background to suggest follow-up times.
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { CallOutcome, ContactPreferences, Weekday } from './model.ts';
import { isValidTimeZone, userTimeZone } from './contact-time-zone.ts';
import { findWindow, formatWindow, toMinutes, windowDay, type LocalMoment } from './contact-time-window.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How far ahead the next good moment is searched. */
export const SEARCH_DAYS = 14;
const DAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export interface LocalNow {
  time: string;
  weekday: Weekday;
  label: string;
}

export interface NextGoodTime {
  at: number;
  /** "Tue 09:30 their time". */
  label: string;
  /** "in 14 h". */
  inLabel: string;
}

export interface ContactTimeStatus {
  goodNow: boolean;
  reason: string;
  next?: NextGoodTime;
}

interface Zone {
  zone: string;
  known: boolean;
}

const resolveZone = (timeZone: string | undefined): Zone =>
  timeZone && isValidTimeZone(timeZone) ? { zone: timeZone, known: true } : { zone: userTimeZone(), known: false };

/** The customer's wall clock now: "Tue 14:05". An unknown zone falls back to the user's own. */
export function localNow(timeZone: string | undefined, now: number): LocalNow {
  const { zone } = resolveZone(timeZone);
  const [weekday = '1', time = '00:00', day = ''] = formatInTimeZone(now, zone, 'i|HH:mm|EEE').split('|');
  return { time, weekday: Number(weekday) as Weekday, label: `${day} ${time}` };
}

const moment = (at: number, zone: string): LocalMoment => {
  const now = localNow(zone, at);
  return { weekday: now.weekday, minute: toMinutes(now.time) };
};

/** Why this moment is not good, or null when it is. */
function badReason(prefs: ContactPreferences, zone: string, at: number, retryUntil: number): string | null {
  if (at < retryUntil) return `retry wait until ${formatInTimeZone(retryUntil, zone, 'HH:mm')}`;
  const local = moment(at, zone);
  const inBest = prefs.bestWindows.length === 0 ? local.weekday : windowDay(prefs.bestWindows, local);
  const day = inBest ?? local.weekday;
  if (prefs.bestDays.length > 0 && !prefs.bestDays.includes(day)) return `${DAY_NAMES[day]} is not a best day`;
  const worst = findWindow(prefs.worstWindows, local.minute);
  if (worst) return `${formatWindow(worst)} is one of their worst hours`;
  if (inBest === null) return `outside their best hours (${prefs.bestWindows.map(formatWindow).join(', ')})`;
  return null;
}

const isoDate = (y: number, m: number, d: number): string => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/**
 * The first good moment at or after `from`. Good moments form intervals that can only begin at a
 * best window's start, a worst window's end, midnight, `from` or the end of the retry wait, so only
 * those candidates are checked (each re-checked, which also keeps DST gaps honest).
 */
export function nextGoodTime(prefs: ContactPreferences, zone: string, from: number, retryUntil = 0): number | undefined {
  const start = Math.max(from, retryUntil);
  const [y = 0, m = 1, d = 1] = formatInTimeZone(start, zone, 'yyyy-MM-dd').split('-').map(Number);
  const times = ['00:00', ...prefs.bestWindows.map((w) => w.start), ...prefs.worstWindows.map((w) => w.end)];
  const candidates = [start];
  for (let k = 0; k <= SEARCH_DAYS; k++) {
    const date = isoDate(y, m, d + k);
    for (const time of times) {
      const at = fromZonedTime(`${date}T${time}:00`, zone).getTime();
      candidates.push(at, at + HOUR);
    }
  }
  const limit = start + SEARCH_DAYS * DAY;
  return candidates
    .filter((at) => at >= start && at <= limit)
    .sort((a, b) => a - b)
    .find((at) => badReason(prefs, zone, at, retryUntil) === null);
}

export function inLabel(at: number, now: number): string {
  const minutes = Math.round((at - now) / 60_000);
  if (minutes < 1) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  if (minutes < 48 * 60) return `in ${Math.round(minutes / 60)} h`;
  return `in ${Math.round(minutes / (24 * 60))} days`;
}

/** Is now a good time to call, why (not), and when the next good time is. */
export function contactTimeStatus(
  prefs: ContactPreferences,
  timeZone: string | undefined,
  now: number,
  lastNoAnswerAt?: number,
): ContactTimeStatus {
  const { zone, known } = resolveZone(timeZone);
  const retryUntil = lastNoAnswerAt === undefined ? 0 : lastNoAnswerAt + prefs.retryAfterHours * HOUR;
  const bad = badReason(prefs, zone, now, retryUntil);
  const prefix = known ? '' : 'time zone unknown, using yours: ';
  if (bad === null) return { goodNow: true, reason: `${prefix}inside their best hours` };
  const at = nextGoodTime(prefs, zone, now, retryUntil);
  const next =
    at === undefined
      ? undefined
      : { at, label: `${localNow(zone, at).label} ${known ? 'their' : 'your'} time`, inLabel: inLabel(at, now) };
  return { goodNow: false, reason: `${prefix}${bad}`, next };
}

/** The same local time on the next Monday-to-Friday date in this zone. */
function nextBusinessDay(zone: string, now: number): number {
  const [y = 0, m = 1, d = 1, weekday = 1] = formatInTimeZone(now, zone, 'yyyy-MM-dd-i').split('-').map(Number);
  const skip = weekday === 5 ? 3 : weekday === 6 ? 2 : 1;
  return fromZonedTime(`${isoDate(y, m, d + skip)}T${formatInTimeZone(now, zone, 'HH:mm:ss')}`, zone).getTime();
}

/** When to follow up after a call with this outcome: the next good moment after a sensible wait. */
export function suggestFollowUp(
  prefs: ContactPreferences,
  timeZone: string | undefined,
  now: number,
  outcome: CallOutcome,
): number {
  const { zone } = resolveZone(timeZone);
  const earliest =
    outcome === 'no-answer' || outcome === 'busy' || outcome === 'voicemail'
      ? now + prefs.retryAfterHours * HOUR
      : outcome === 'callback-requested'
        ? now + HOUR
        : nextBusinessDay(zone, now);
  return nextGoodTime(prefs, zone, earliest) ?? earliest;
}
