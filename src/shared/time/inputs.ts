/**
 * Values for <input type="date">, "time" and "datetime-local", which always speak ISO ("2026-11-23",
 * "14:05") whatever the browser shows (the browser writes them in the user's locale), and reading
 * them back as instants in a named zone.
 */
import { fromWallTime, wallClock } from './calendar.ts';
import { userTimeZone } from './zone.ts';

export const toDateInput = (at: number, zone = userTimeZone()): string => wallClock(at, zone).day;
export const toTimeInput = (at: number, zone = userTimeZone()): string => wallClock(at, zone).hhmm;
export const toDateTimeInput = (at: number, zone = userTimeZone()): string => `${toDateInput(at, zone)}T${toTimeInput(at, zone)}`;

/** Reads date + time inputs back in `zone`; null when either is empty or invalid. */
export function fromDateTimeInputs(date: string, time: string, zone = userTimeZone()): number | null {
  const at = fromWallTime(date, time, zone);
  return Number.isNaN(at) ? null : at;
}

/** Reads a datetime-local value ("2026-11-23T14:05") back in `zone`; null when it is not one. */
export function fromDateTimeInput(value: string, zone = userTimeZone()): number | null {
  const [date = '', time = ''] = value.split('T');
  return fromDateTimeInputs(date, time, zone);
}
