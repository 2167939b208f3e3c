/**
 * Daily hours typed as text (a customer's best and worst hours), in the user's clock: shown as their
 * locale writes times ("9:00 AM–12:00 PM" or "09:00–12:00"), and read back from what a user of that
 * locale types ("9 am", "2:30 PM", "14.30", "9h30"), so the field reads and edits the same 12/24-hour
 * way as every other time Callprep shows. Stored windows stay "HH:mm" (windows.ts).
 */
import type { TimeWindow } from '../model.ts';
import { dateTimeFormat } from '../i18n/intl-cache.ts';
import { t } from '../i18n/messages.ts';
import { formatWallTime, formatWindow } from './format.ts';
import { uiLocale } from './locale.ts';

/** Lower case, without dots, spaces or the no-break spaces Intl puts before "AM": "p. m." → "pm". */
const squeeze = (s: string, locale: string | undefined) => s.toLocaleLowerCase(locale).replace(/[.\s\u00a0\u202f]/g, '');

/** The locale's own words for before and after noon ("AM"/"PM", "a. m."/"p. m."), plus the English ones. */
function dayPeriods(locale: string | undefined): { am: Set<string>; pm: Set<string> } {
  const period = (hour: number) =>
    dateTimeFormat(locale, { hour: 'numeric', hour12: true, timeZone: 'UTC' })
      .formatToParts(Date.UTC(2026, 0, 1, hour))
      .find((p) => p.type === 'dayPeriod')?.value ?? '';
  return { am: new Set(['am', 'a', squeeze(period(9), locale)]), pm: new Set(['pm', 'p', squeeze(period(15), locale)]) };
}

// Hours, then minutes after ":", ".", "h" or nothing ("0930"), then an optional day period.
const TIME = /^(\d{1,2})(?:(?:[:.h]|\s*h\s*)?(\d{2}))?\s*(\D*)$/i;

/** A time as the user typed it → "HH:mm"; throws a sentence in the user's language when it is not one. */
export function parseWallTime(text: string, locale = uiLocale()): string {
  const typed = text.trim().replace(/[\u00a0\u202f]/g, ' ');
  const refuse = () => new Error(t('errNotTime', typed, formatWallTime('09:30', locale)));
  const m = TIME.exec(typed);
  if (!m) throw refuse();
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const period = squeeze(m[3] ?? '', locale);
  const { am, pm } = dayPeriods(locale);
  if (period && !am.has(period) && !pm.has(period)) throw refuse();
  if (period) {
    if (hour < 1 || hour > 12) throw refuse();
    hour = (hour % 12) + (pm.has(period) ? 12 : 0);
  }
  if (hour > 23 || minute > 59) throw refuse();
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "9:00 AM–12:00 PM, 2 pm - 5 pm" → windows; "" → none. Windows are split by "," ";" or lines. */
export function parseWindowsText(text: string, locale = uiLocale()): TimeWindow[] {
  const parts = text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.map((part) => {
    const [start, end, extra] = part.split(/\s*[-–—]\s*|\s+to\s+/);
    if (!start || !end || extra !== undefined) throw new Error(t('errNotWindow', part, formatWindow({ start: '09:00', end: '12:00' }, locale)));
    return { start: parseWallTime(start, locale), end: parseWallTime(end, locale) };
  });
}

/** Windows as the user's locale writes them, ready to edit: "9:00 AM–12:00 PM, 2:00 PM–5:00 PM". */
export const formatWindowsText = (windows: readonly TimeWindow[], locale = uiLocale()): string => windows.map((w) => formatWindow(w, locale)).join(', ');
