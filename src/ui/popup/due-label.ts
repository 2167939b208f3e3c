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

/** "9:30 AM" in 12-hour locales, "09:30" in 24-hour ones: each reads as the locale writes times. */
function hourStyle(locale?: string): '2-digit' | 'numeric' {
  const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  return cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric';
}

export function absoluteDue(dueAt: number, timeZone: string, locale?: string): string {
  const hour = hourStyle(locale);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour,
    minute: '2-digit',
  }).format(dueAt);
}

/** A short "when" for a choice: "16:30" later today, "Tue 09:00" within a week, else with the date. */
export function shortDue(at: number, now: number, timeZone: string, locale?: string): string {
  const hour = hourStyle(locale);
  const day = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(t);
  const options: Intl.DateTimeFormatOptions =
    day(at) === day(now)
      ? { timeZone, hour, minute: '2-digit' }
      : at - now < 6 * 86_400_000
        ? { timeZone, weekday: 'short', hour, minute: '2-digit' }
        : { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour, minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}
