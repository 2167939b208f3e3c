/**
 * The times a follow-up can be snoozed to: an hour from now, tomorrow morning, and the customer's
 * next good contact time. "Next good time" uses the same contact-time rules as the wrap-up's
 * suggestion (default preferences when the number has no customer). When now is already a good
 * time, snoozing to "now" would change nothing, so it is the start of their next good stretch.
 */
import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import { SEARCH_DAYS, contactTimeStatus } from '../../shared/contact-time.ts';
import { isValidTimeZone, userTimeZone } from '../../shared/contact-time-zone.ts';
import { DEFAULT_PREFERENCES, type ContactPreferences } from '../../shared/model.ts';
import type { FollowUpListItem } from '../../shared/views.ts';

export const HOUR = 3_600_000;
/** "Tomorrow" is the start of the user's working day. */
export const TOMORROW_AT = '09:00';

const addDays = (isoDay: string, days: number): string => {
  const [y = 0, m = 1, d = 1] = isoDay.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** 09:00 on the next calendar day in the user's zone (DST-safe: the zone decides the instant). */
export function tomorrowMorning(now: number, timeZone: string): number {
  const tomorrow = addDays(formatInTimeZone(now, timeZone, 'yyyy-MM-dd'), 1);
  return fromZonedTime(`${tomorrow}T${TOMORROW_AT}:00`, timeZone).getTime();
}

/** The first moment after `now` that is not a good time, or undefined when all of the search span is. */
function endOfGoodStretch(prefs: ContactPreferences, timeZone: string | undefined, now: number): number | undefined {
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : userTimeZone();
  // Goodness can only end where a best window ends, a worst window starts, or a day begins.
  const times = ['00:00', ...prefs.bestWindows.map((w) => w.end), ...prefs.worstWindows.map((w) => w.start)];
  const today = formatInTimeZone(now, zone, 'yyyy-MM-dd');
  const candidates: number[] = [];
  for (let k = 0; k <= SEARCH_DAYS; k++) {
    for (const time of times) candidates.push(fromZonedTime(`${addDays(today, k)}T${time}:00`, zone).getTime());
  }
  return candidates
    .filter((at) => at > now)
    .sort((a, b) => a - b)
    .find((at) => !contactTimeStatus(prefs, timeZone, at).goodNow);
}

/** The customer's next good contact time after now; undefined when none is found within the search span. */
export function nextGoodContactTime(contact: FollowUpListItem['contact'], now: number): number | undefined {
  const prefs = contact?.preferences ?? DEFAULT_PREFERENCES;
  const timeZone = contact?.timeZone;
  const status = contactTimeStatus(prefs, timeZone, now);
  if (!status.goodNow) return status.next?.at;
  const end = endOfGoodStretch(prefs, timeZone, now);
  return end === undefined ? undefined : contactTimeStatus(prefs, timeZone, end).next?.at;
}

export type SnoozeChoiceKey = 'hour' | 'tomorrow' | 'good-time';

export interface SnoozeChoice {
  key: SnoozeChoiceKey;
  label: string;
  /** undefined: not available (no good time in the next two weeks). */
  at: number | undefined;
}

export function snoozeChoices(item: FollowUpListItem, now: number, timeZone: string): SnoozeChoice[] {
  return [
    { key: 'hour', label: '1 hour', at: now + HOUR },
    { key: 'tomorrow', label: 'Tomorrow', at: tomorrowMorning(now, timeZone) },
    { key: 'good-time', label: 'Next good time', at: nextGoodContactTime(item.contact, now) },
  ];
}
