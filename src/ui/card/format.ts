/** Dates and durations as the card shows them, in the user's own time zone unless said otherwise. */
import { format, isSameDay, isSameYear } from 'date-fns';

/** "Today 14:05", "Tue 3 Mar 09:30", "3 Mar 2025 09:30". */
export function formatWhen(at: number, now = Date.now()): string {
  if (isSameDay(at, now)) return `Today ${format(at, 'HH:mm')}`;
  if (isSameDay(at, now + 86_400_000)) return `Tomorrow ${format(at, 'HH:mm')}`;
  if (isSameDay(at, now - 86_400_000)) return `Yesterday ${format(at, 'HH:mm')}`;
  return format(at, isSameYear(at, now) ? 'EEE d MMM HH:mm' : 'd MMM yyyy HH:mm');
}

/** "Tue 3 Mar" — for due dates, where the hour rarely matters. */
export const formatDay = (at: number, now = Date.now()): string =>
  isSameDay(at, now) ? 'Today' : format(at, isSameYear(at, now) ? 'EEE d MMM' : 'd MMM yyyy');

/** A running call's length: "04:09", or "1:02:09" past an hour. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const mm = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const ss = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Values for <input type="date"> and <input type="time"> in the user's zone. */
export const toDateInput = (at: number): string => format(at, 'yyyy-MM-dd');
export const toTimeInput = (at: number): string => format(at, 'HH:mm');

/** Reads date + time inputs back, in the user's zone; null when either is empty or invalid. */
export function fromDateTimeInputs(date: string, time: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const at = new Date(`${date}T${time}`).getTime();
  return Number.isFinite(at) ? at : null;
}
