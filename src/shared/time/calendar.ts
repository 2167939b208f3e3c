/**
 * Wall-clock arithmetic in a named zone, through @date-fns/tz: the zone, not a fixed 24 hours,
 * decides what "tomorrow at 9" or "the same time next Monday" is, so DST changes come out right.
 * A wall time that does not exist (inside a spring-forward gap) moves to the first real minute after.
 */
import { TZDate } from '@date-fns/tz';
import type { Weekday } from '../model.ts';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface WallClock {
  /** "2026-11-23" */
  day: string;
  /** Monday 1 … Sunday 7 (ISO). */
  weekday: Weekday;
  /** Minutes since local midnight. */
  minute: number;
  /** "14:05" */
  hhmm: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as a clock on a wall in `zone` shows it. */
export function wallClock(at: number, zone: string): WallClock {
  const d = new TZDate(at, zone);
  const weekday = (d.getDay() === 0 ? 7 : d.getDay()) as Weekday;
  return {
    day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    weekday,
    minute: d.getHours() * 60 + d.getMinutes(),
    hhmm: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** "2026-11-23": the calendar day the instant falls on in `zone`. */
export const calendarDay = (at: number, zone: string): string => wallClock(at, zone).day;

/**
 * The instant a wall clock in `zone` shows `hhmm` (or `hh:mm:ss`), `days` calendar days after the
 * day `at` falls on there. `days` may be negative.
 */
export const atWallTime = (at: number, zone: string, hhmm: string, days = 0): number => wallTimesFrom(at, zone)(hhmm, days);

/**
 * atWallTime for many wall times and days after one `at`: the day `at` falls on in `zone` is read
 * once (a TZDate costs several Intl calls; a search for the next good time asks for dozens).
 */
export function wallTimesFrom(at: number, zone: string): (hhmm: string, days: number) => number {
  const d = new TZDate(at, zone);
  const [year, month, date] = [d.getFullYear(), d.getMonth(), d.getDate()];
  return (hhmm, days) => {
    const [h = 0, m = 0, s = 0] = hhmm.split(':').map(Number);
    return new TZDate(year, month, date + days, h, m, s, zone).getTime();
  };
}

/** The instant a date and time ("2026-11-23", "09:30") name in `zone`; NaN when either is malformed. */
export function fromWallTime(day: string, hhmm: string, zone: string): number {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const time = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(hhmm);
  if (!date || !time) return Number.NaN;
  const [y, mo, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const [h, m, s] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || m > 59 || s > 59) return Number.NaN;
  const result = new TZDate(y, mo - 1, d, h, m, s, zone);
  // 31 February rolls into March: refuse it rather than pick a day the user did not choose.
  return result.getDate() === d ? result.getTime() : Number.NaN;
}

/** The same wall time `days` calendar days later in `zone` (23 or 25 hours across a DST change). */
export function sameTimeDaysLater(at: number, zone: string, days: number): number {
  const d = new TZDate(at, zone);
  return new TZDate(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes(), d.getSeconds(), zone).getTime();
}

/** The same wall time on the next Monday-to-Friday date in `zone`. */
export function nextBusinessDay(at: number, zone: string): number {
  const { weekday } = wallClock(at, zone);
  return sameTimeDaysLater(at, zone, weekday === 5 ? 3 : weekday === 6 ? 2 : 1);
}

/** Calendar days from `from`'s date to `to`'s date in `zone` (0 for the same day). */
export function calendarDaysBetween(from: number, to: number, zone: string): number {
  const day = (at: number) => {
    const [y = 0, m = 1, d = 1] = calendarDay(at, zone).split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((day(to) - day(from)) / (24 * HOUR));
}
