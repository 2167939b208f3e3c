/**
 * Every date, time and duration Callprep shows, written by Intl in the user's locale. Each takes the
 * zone the time is shown in (the user's own by default); whose time that is is said by whose.ts.
 */
import type { TimeWindow, Weekday } from '../model.ts';
import { calendarDaysBetween, HOUR, MINUTE } from './calendar.ts';
import { dateTimeFormat, relativeTimeFormat } from '../i18n/intl-cache.ts';
import { hourStyle, uiLocale } from './locale.ts';
import { userTimeZone } from './zone.ts';

type Options = Intl.DateTimeFormatOptions;

const write = (at: number, zone: string, locale: string | undefined, options: Options) =>
  dateTimeFormat(locale, { timeZone: zone, ...options }).format(at);

const clock = (locale: string | undefined): Options => ({ hour: hourStyle(locale), minute: '2-digit' });

const capitalise = (s: string, locale: string | undefined) => s.charAt(0).toLocaleUpperCase(locale) + s.slice(1);

/** "today", "tomorrow", "yesterday" in the locale's words, or undefined further away. */
function nearDay(at: number, now: number, zone: string, locale: string | undefined): string | undefined {
  const days = calendarDaysBetween(now, at, zone);
  if (Math.abs(days) > 1) return undefined;
  return capitalise(relativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day'), locale);
}

/** A date with its weekday within the year, with its year otherwise. */
function dateOnly(at: number, now: number, zone: string, locale: string | undefined): Options {
  const year = (t: number) => write(t, zone, locale, { year: 'numeric' });
  return year(at) === year(now) ? { weekday: 'short', day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' };
}

/** "14:05" or "2:05 PM". */
export const formatClock = (at: number, zone = userTimeZone(), locale = uiLocale()): string => write(at, zone, locale, clock(locale));

/** "Tue 14:05" or "Tue 2:05 PM". */
export const formatWeekdayClock = (at: number, zone = userTimeZone(), locale = uiLocale()): string =>
  write(at, zone, locale, { weekday: 'short', ...clock(locale) });

/** "Today 14:05", "Tomorrow 9:00 AM", "Tue, 3 Mar, 09:30", "3 Mar 2025, 09:30". */
export function formatWhen(at: number, now: number, zone = userTimeZone(), locale = uiLocale()): string {
  const near = nearDay(at, now, zone, locale);
  if (near) return `${near} ${formatClock(at, zone, locale)}`;
  return write(at, zone, locale, { ...dateOnly(at, now, zone, locale), ...clock(locale) });
}

/** "Today", "Tomorrow", "Tue, 3 Mar", "3 Mar 2025": for due dates, where the hour rarely matters. */
export function formatDay(at: number, now: number, zone = userTimeZone(), locale = uiLocale()): string {
  const near = nearDay(at, now, zone, locale);
  if (near) return near;
  return write(at, zone, locale, dateOnly(at, now, zone, locale));
}

/** "Mon 23 Nov, 15:00" or "Mon, Nov 23, 3:00 PM". */
export const formatDateTime = (at: number, zone = userTimeZone(), locale = uiLocale()): string =>
  write(at, zone, locale, { weekday: 'short', day: 'numeric', month: 'short', ...clock(locale) });

/** "26 November 2026", "November 26, 2026", "26. November 2026": a date written out, for letters and e-mails. */
export const formatLongDate = (at: number, zone = userTimeZone(), locale = uiLocale()): string => write(at, zone, locale, { dateStyle: 'long' });

/** A short "when" for a choice: "16:30" later today, "Tue 09:00" within a week, else with the date. */
export function formatShortWhen(at: number, now: number, zone = userTimeZone(), locale = uiLocale()): string {
  const days = calendarDaysBetween(now, at, zone);
  if (days === 0) return formatClock(at, zone, locale);
  if (days > 0 && days < 6) return formatWeekdayClock(at, zone, locale);
  return formatDateTime(at, zone, locale);
}

/**
 * "now", "in 5 minutes", "2 hours ago", "tomorrow", "in 3 days". Under a day it counts hours and
 * minutes (towards zero: 1 h 50 min is "in 1 hour"); beyond, calendar days in `zone`, so Monday 09:00
 * seen on Saturday is "in 2 days" however many hours that is.
 */
export function formatRelative(at: number, now: number, zone = userTimeZone(), locale = uiLocale()): string {
  const diff = at - now;
  const words = relativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(diff) < MINUTE) return words.format(0, 'second');
  if (Math.abs(diff) < HOUR) return words.format(Math.trunc(diff / MINUTE), 'minute');
  const days = calendarDaysBetween(now, at, zone);
  if (Math.abs(diff) < 24 * HOUR || days === 0) return words.format(Math.trunc(diff / HOUR), 'hour');
  return words.format(days, 'day');
}

/**
 * A call's length: "04:09", or "1:02:09" past an hour. `withHours` writes "0:04:09" for files, where a
 * spreadsheet would read "04:09" as four hours.
 */
export function formatDuration(ms: number, withHours = false): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return h > 0 || withHours ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "Mon" / "Monday" in the locale (1 = Monday … 7 = Sunday). */
export const weekdayName = (day: Weekday, width: 'short' | 'long' = 'short', locale = uiLocale()): string =>
  // 23 November 2026 is a Monday.
  write(Date.UTC(2026, 10, 22 + day, 12), 'UTC', locale, { weekday: width });

/** A daily wall time ("17:30") in the locale's clock: "17:30" or "5:30 PM". */
export function formatWallTime(hhmm: string, locale = uiLocale()): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return write(Date.UTC(2026, 0, 1, h, m), 'UTC', locale, clock(locale));
}

/** "09:00–17:00" or "9:00 AM–5:00 PM". */
export const formatWindow = (w: TimeWindow, locale = uiLocale()): string => `${formatWallTime(w.start, locale)}–${formatWallTime(w.end, locale)}`;
