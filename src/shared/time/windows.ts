/**
 * Daily windows ("09:00"–"17:00", end exclusive) and whether a local wall-clock moment falls inside.
 * A window whose end is before its start crosses midnight; its after-midnight part belongs to the
 * day it started on (a Friday 22:00–02:00 window still covers Saturday 01:00).
 */
import type { TimeWindow, Weekday } from '../model.ts';

export interface LocalMoment {
  weekday: Weekday;
  /** Minutes since local midnight. */
  minute: number;
}

export const toMinutes = (hhmm: string): number => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};

const previousDay = (day: Weekday): Weekday => (day === 1 ? 7 : ((day - 1) as Weekday));

/** "…–23:59" is how people write "to the end of the day": its last minute is inside too. */
const endMinute = (hhmm: string): number => (hhmm === '23:59' ? 24 * 60 : toMinutes(hhmm));

/** A window that covers the whole day: "00:00–23:59", or one whose start and end are alike. */
export const isWholeDay = (w: TimeWindow): boolean => w.start === w.end || (toMinutes(w.start) === 0 && endMinute(w.end) === 24 * 60);

/** No best hours, or best hours that cover the whole day: "any time" on a best day. */
export const coversAllDay = (windows: readonly TimeWindow[]): boolean => windows.length === 0 || windows.some(isWholeDay);

/** The weekday the window covering this moment started on, or null when no window covers it. */
export function windowDay(windows: readonly TimeWindow[], at: LocalMoment): Weekday | null {
  for (const w of windows) {
    const start = toMinutes(w.start);
    const end = endMinute(w.end);
    if (start === end) return at.weekday; // a zero-length window means all day
    if (start < end && at.minute >= start && at.minute < end) return at.weekday;
    if (start > end && at.minute >= start) return at.weekday;
    if (start > end && at.minute < end) return previousDay(at.weekday);
  }
  return null;
}

export const findWindow = (windows: readonly TimeWindow[], minute: number): TimeWindow | undefined =>
  windows.find((w) => windowDay([w], { weekday: 1, minute }) !== null);

/** "09:00–17:00": the stored form, as the card's text fields edit it and change logs record it. */
export const windowText = (w: TimeWindow): string => `${w.start}–${w.end}`;
