/**
 * A time of day as the card writes it, in either clock: the browser's locale picks 12 or 24 hours
 * ("15:00" or "3:00 PM"), so a test accepts what that locale would write. Regex source, not a RegExp.
 */
export function clockPattern(hhmm?: string): string {
  if (!hhmm) return String.raw`\d{1,2}:\d\d(?:\s?[AP]M)?`;
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const twelve = `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')}\\s?${h < 12 ? 'AM' : 'PM'}`;
  return `(?:${hhmm}|${twelve})`;
}

/** "14:30" as a user of a 12-hour locale types it ("2:30 PM"), or as it is in a 24-hour one. */
export function typedClock(hhmm: string, twelveHour: boolean): string {
  if (!twelveHour) return hhmm;
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The hour (0–23) it is now in a time zone, as the customer's clock shows it. */
export const hourIn = (zone: string): number =>
  Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
