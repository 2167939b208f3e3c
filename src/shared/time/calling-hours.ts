/**
 * The calling-hours guard (issue 13): a call outside the customer's best hours, on a day they avoid,
 * inside their retry wait, or in their night, asks first. Their night counts even when their best
 * hours say "any time", and the next good slot it offers is never in it.
 */
import { t } from '../i18n/messages.ts';
import type { ContactPreferences, TimeWindow } from '../model.ts';
import { wallClock } from './calendar.ts';
import { contactTimeStatus, type NextGoodTime } from './good-time.ts';
import { uiLocale } from './locale.ts';
import { windowDay } from './windows.ts';
import { resolveZone } from './zone.ts';

/** Nobody is called between 21:00 and 08:00 on their own clock without being asked first. */
export const NIGHT: TimeWindow = { start: '21:00', end: '08:00' };

export interface CallingHoursConcern {
  /** It is night where they are. */
  night: boolean;
  /** Why now is not a good time, in the user's language where the words are the guard's own. */
  reason: string;
  /** The next good slot (never at night), if one is found within two weeks. */
  next?: NextGoodTime;
}

/** Why calling at `now` should be asked about, or null when it is a good time. */
export function callingHoursConcern(prefs: ContactPreferences, timeZone: string | undefined, now: number, lastUnansweredAt?: number, locale = uiLocale()): CallingHoursConcern | null {
  const guarded = { ...prefs, worstWindows: [...prefs.worstWindows, NIGHT] };
  const status = contactTimeStatus(guarded, timeZone, now, lastUnansweredAt, locale);
  if (status.goodNow) return null;
  const night = windowDay([NIGHT], wallClock(now, resolveZone(timeZone).zone)) !== null;
  return { night, reason: night ? t('guard_night') : status.reason, ...(status.next ? { next: status.next } : {}) };
}
