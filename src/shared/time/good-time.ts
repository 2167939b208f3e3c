/**
 * When is a good time to reach a customer? Pure functions over their contact preferences, in their
 * own time zone. Used by the card ("good time now?"), the wrap-up's suggested follow-up, the popup's
 * snooze choices and the background.
 */
import { DEFAULT_PREFERENCES, type CallOutcome, type ContactPreferences, type TimeWindow, type Weekday } from '../model.ts';
import { atWallTime, HOUR, nextBusinessDay, wallClock, wallTimesFrom } from './calendar.ts';
import { formatClock, formatRelative, formatWeekdayClock, formatWindow, weekdayName } from './format.ts';
import { uiLocale } from './locale.ts';
import { isUnanswered } from '../retry.ts';
import { t } from '../i18n/messages.ts';
import { windowDay, findWindow } from './windows.ts';
import { onTheirClock, theirTime, yourTime } from './whose.ts';
import { resolveZone, userTimeZone } from './zone.ts';

/** How far ahead the next good moment is searched. */
export const SEARCH_DAYS = 14;

export interface NextGoodTime {
  at: number;
  /** "Tue 09:00 their time (New York)", or "… your time" when their zone is unknown. */
  label: string;
  /** "in 14 hours". */
  inLabel: string;
}

export interface ContactTimeStatus {
  goodNow: boolean;
  reason: string;
  next?: NextGoodTime;
  /**
   * While now is good: when that ends, "16:30 their time (New York)" (with the weekday when it is
   * not today on their clock). Absent when it does not end within SEARCH_DAYS: any time suits them.
   */
  until?: { at: number; label: string };
}

type Cause =
  | { kind: 'retry'; until: number }
  | { kind: 'day'; day: Weekday }
  | { kind: 'worst'; window: TimeWindow }
  | { kind: 'outside' };

/** Why this moment is not good, or null when it is (no words yet: this runs for every candidate). */
function badCause(prefs: ContactPreferences, zone: string, at: number, retryUntil: number): Cause | null {
  if (at < retryUntil) return { kind: 'retry', until: retryUntil };
  const local = wallClock(at, zone);
  const inBest = prefs.bestWindows.length === 0 ? local.weekday : windowDay(prefs.bestWindows, local);
  const day = inBest ?? local.weekday;
  if (prefs.bestDays.length > 0 && !prefs.bestDays.includes(day)) return { kind: 'day', day };
  const worst = findWindow(prefs.worstWindows, local.minute);
  if (worst) return { kind: 'worst', window: worst };
  return inBest === null ? { kind: 'outside' } : null;
}

function describe(cause: Cause, prefs: ContactPreferences, zone: string, locale: string | undefined): string {
  switch (cause.kind) {
    case 'retry':
      return t('goodTimeRetryWait', formatClock(cause.until, zone, locale));
    case 'day':
      return t('goodTimeNotBestDay', weekdayName(cause.day, 'long', locale));
    case 'worst':
      return t('goodTimeWorstHours', formatWindow(cause.window, locale));
    case 'outside':
      return t('goodTimeOutside', prefs.bestWindows.map((w) => formatWindow(w, locale)).join(', '));
  }
}

const isGood = (prefs: ContactPreferences, zone: string, at: number, retryUntil = 0) => badCause(prefs, zone, at, retryUntil) === null;

/**
 * The first moment in (`from`, `from` + SEARCH_DAYS] among the wall times `times` on each day
 * (and `extra`) that passes `test`, trying them in time order. Each wall time is also tried an hour
 * later, so a time that falls into a spring-forward gap still has a real moment checked.
 *
 * Day by day: no wall time of a later day comes before that day's midnight, so the candidates before
 * the next midnight are already in their final order and are tried at once; most searches end on the
 * first day or two instead of making all fifteen days' candidates (each a few Intl calls).
 */
function firstCandidate(zone: string, from: number, times: readonly string[], test: (at: number) => boolean, extra: number[] = []): number | undefined {
  const limit = from + SEARCH_DAYS * 24 * HOUR;
  const wallTime = wallTimesFrom(from, zone);
  let waiting = [...extra];
  for (let k = 0; k <= SEARCH_DAYS; k++) {
    for (const time of times) {
      const at = wallTime(time, k);
      waiting.push(at, at + HOUR);
    }
    const nextMidnight = k < SEARCH_DAYS ? wallTime('00:00', k + 1) : Number.POSITIVE_INFINITY;
    waiting.sort((a, b) => a - b);
    const ready = waiting.filter((at) => at < nextMidnight);
    const found = ready.find((at) => at >= from && at <= limit && test(at));
    if (found !== undefined) return found;
    waiting = waiting.slice(ready.length);
  }
  return undefined;
}

/**
 * The first good moment at or after `from`. Good moments form intervals that can only begin at a
 * best window's start, a worst window's end, midnight, `from` or the end of the retry wait, so only
 * those candidates are checked (each re-checked, which also keeps DST gaps honest).
 */
export function nextGoodTime(prefs: ContactPreferences, zone: string, from: number, retryUntil = 0): number | undefined {
  const start = Math.max(from, retryUntil);
  const times = ['00:00', ...prefs.bestWindows.map((w) => w.start), ...prefs.worstWindows.map((w) => w.end)];
  return firstCandidate(zone, start, times, (at) => isGood(prefs, zone, at, retryUntil), [start]);
}

/** The first moment after `from` that is not a good time, or undefined when all of the search span is. */
function endOfGoodStretch(prefs: ContactPreferences, zone: string, from: number): number | undefined {
  // Goodness can only end where a best window ends, a worst window starts, or a day begins.
  const times = ['00:00', ...prefs.bestWindows.map((w) => w.end), ...prefs.worstWindows.map((w) => w.start)];
  return firstCandidate(zone, from + 1, times, (at) => !isGood(prefs, zone, at));
}

/** "16:30 their time (New York)" when `at` is later today on that clock, else "Fri 17:00 …"; "… your time" without their zone. */
function clockLabel(at: number, now: number, zone: string, known: boolean, locale: string | undefined): string {
  const today = at - now < 24 * HOUR && wallClock(at, zone).weekday === wallClock(now, zone).weekday;
  const label = today ? formatClock(at, zone, locale) : formatWeekdayClock(at, zone, locale);
  return known ? theirTime(label, zone) : yourTime(label);
}

/** Is now a good time to call, why (not), and when the next good time is. */
export function contactTimeStatus(
  prefs: ContactPreferences,
  timeZone: string | undefined,
  now: number,
  lastNoAnswerAt?: number,
  locale = uiLocale(),
): ContactTimeStatus {
  const { zone, known } = resolveZone(timeZone);
  const retryUntil = lastNoAnswerAt === undefined ? 0 : lastNoAnswerAt + prefs.retryAfterHours * HOUR;
  const cause = badCause(prefs, zone, now, retryUntil);
  // The words are the user's language (_locales); the times in them follow `locale`.
  const because = (reason: string) => (known ? reason : t('goodTimeZoneUnknown', reason));
  if (cause === null) {
    const end = endOfGoodStretch(prefs, zone, now);
    const until = end === undefined ? undefined : { at: end, label: clockLabel(end, now, zone, known, locale) };
    return { goodNow: true, reason: because(t('goodTimeInside')), until };
  }
  const at = nextGoodTime(prefs, zone, now, retryUntil);
  const next =
    at === undefined
      ? undefined
      : {
          at,
          label: known ? onTheirClock(at, zone, locale) : yourTime(formatWeekdayClock(at, zone, locale)),
          inLabel: formatRelative(at, now, userTimeZone(), locale),
        };
  return { goodNow: false, reason: because(describe(cause, prefs, zone, locale)), next };
}

/** When to follow up after a call with this outcome: the next good moment after a sensible wait. */
export function suggestFollowUp(prefs: ContactPreferences, timeZone: string | undefined, now: number, outcome: CallOutcome): number {
  const { zone } = resolveZone(timeZone);
  const earliest = isUnanswered(outcome) ? now + prefs.retryAfterHours * HOUR : outcome === 'callback-requested' ? now + HOUR : nextBusinessDay(now, zone);
  return nextGoodTime(prefs, zone, earliest) ?? earliest;
}

/**
 * The customer's next good contact time after now (default preferences when the number has no
 * customer). When now is already good, snoozing to "now" would change nothing, so it is the start of
 * their next good stretch. Undefined when none is found within the search span.
 */
export function nextGoodContactTime(contact: { preferences?: ContactPreferences; timeZone?: string } | null | undefined, now: number): number | undefined {
  const prefs = contact?.preferences ?? DEFAULT_PREFERENCES;
  const { zone } = resolveZone(contact?.timeZone);
  if (!isGood(prefs, zone, now)) return nextGoodTime(prefs, zone, now);
  const end = endOfGoodStretch(prefs, zone, now);
  return end === undefined ? undefined : nextGoodTime(prefs, zone, end);
}

/** "Tomorrow" for a snooze: this wall time on the next calendar day in `zone` (23 or 25 hours away across DST). */
export const tomorrowAt = (now: number, zone: string, hhmm: string): number => atWallTime(now, zone, hhmm, 1);
