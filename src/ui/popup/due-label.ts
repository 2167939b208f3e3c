/** How a due time reads in the popup: "in 2 hours" next to "Tue 24 Nov, 14:00" in the user's zone. */

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

export function relativeDue(dueAt: number, now: number, locale?: string): string {
  const diff = dueAt - now;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(diff) < 60_000) return diff < 0 ? 'just now' : 'now';
  for (const [unit, ms] of UNITS) {
    // Round towards zero so "in 1 hour 50 minutes" reads "in 1 hour", not "in 2 hours".
    const amount = Math.trunc(diff / ms);
    if (amount !== 0) return format.format(amount, unit);
  }
  return format.format(Math.trunc(diff / 60_000), 'minute');
}

export function absoluteDue(dueAt: number, timeZone: string, locale?: string): string {
  // "9:30 AM" in 12-hour locales, "09:30" in 24-hour ones: each reads as the locale writes times.
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  const hour = cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour,
    minute: '2-digit',
  }).format(dueAt);
}
