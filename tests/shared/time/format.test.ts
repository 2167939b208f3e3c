import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay, formatDuration, formatRelative, formatWhen, formatWindow, weekdayName } from '../../../src/shared/time/index.ts';

const NY = 'America/New_York';
// ICU writes a narrow no-break space before AM/PM in some versions, a plain one in others.
const plain = (s: string) => s.replace(/\s/gu, ' ');

describe('relative times', () => {
  const now = Date.UTC(2026, 10, 23, 20, 0); // Monday 15:00 in New York
  it.each([
    [now + 20_000, 'now'],
    [now - 20_000, 'now'],
    [now + 5 * 60_000, 'in 5 minutes'],
    [now - 110 * 60_000, '1 hour ago'],
    [now + 3 * 3_600_000, 'in 3 hours'],
    [now + 26 * 3_600_000, 'tomorrow'],
    [now - 3 * 86_400_000, '3 days ago'],
    // Saturday 10:00 → Monday 09:00 is 47 hours: two calendar days, not "tomorrow".
    [Date.UTC(2026, 10, 30, 14, 0), 'in 7 days'],
  ])('%s reads "%s"', (dueAt, expected) => {
    expect(formatRelative(dueAt, now, NY, 'en')).toBe(expected);
  });

  it('counts calendar days in the zone, not blocks of 24 hours', () => {
    const saturday = Date.UTC(2026, 10, 28, 15, 0); // Sat 10:00 New York
    const monday = Date.UTC(2026, 10, 30, 14, 0); // Mon 09:00 New York
    expect(formatRelative(monday, saturday, NY, 'en')).toBe('in 2 days');
    expect(formatRelative(monday, saturday, NY, 'de')).toBe('übermorgen');
  });
});

describe('absolute times follow the locale, 12- or 24-hour as it writes them', () => {
  const now = Date.UTC(2026, 10, 23, 20, 0);
  it.each([
    [NY, 'en-GB', 'Mon 23 Nov, 15:00'],
    ['Asia/Tokyo', 'en-GB', 'Tue 24 Nov, 05:00'],
    ['America/Los_Angeles', 'en-US', 'Mon, Nov 23, 12:00 PM'],
    ['Europe/Berlin', 'de-DE', 'Mo., 23. Nov., 21:00'],
    ['Europe/Paris', 'fr-FR', 'lun. 23 nov., 21:00'],
  ])('in %s, %s: %s', (zone, locale, expected) => {
    expect(plain(formatDateTime(now, zone, locale))).toBe(expected);
  });

  it('says today, tomorrow and yesterday in the locale’s words, by the calendar of the zone', () => {
    const lateEvening = Date.UTC(2026, 10, 24, 3, 30); // Mon 22:30 New York
    expect(formatWhen(lateEvening + 2 * 3_600_000, lateEvening, NY, 'en-GB')).toBe('Tomorrow 00:30');
    expect(formatWhen(lateEvening - 20 * 3_600_000, lateEvening, NY, 'de-DE')).toBe('Heute 02:30');
    expect(plain(formatWhen(lateEvening - 24 * 3_600_000, lateEvening, NY, 'en-US'))).toBe('Yesterday 10:30 PM');
    expect(formatWhen(Date.UTC(2025, 2, 3, 14, 30), lateEvening, NY, 'en-GB')).toBe('3 Mar 2025, 09:30');
    expect(formatDay(lateEvening + 3 * 86_400_000, lateEvening, NY, 'en-GB')).toBe('Thu 26 Nov');
    expect(formatDay(lateEvening, lateEvening, NY, 'fr')).toBe('Aujourd’hui');
  });

  it('writes windows and weekdays in the locale', () => {
    expect(formatWindow({ start: '09:00', end: '17:30' }, 'en-GB')).toBe('09:00–17:30');
    expect(plain(formatWindow({ start: '09:00', end: '17:30' }, 'en-US'))).toBe('9:00 AM–5:30 PM');
    expect(weekdayName(1, 'long', 'en')).toBe('Monday');
    expect(weekdayName(7, 'short', 'de')).toMatch(/^So/);
  });
});

describe('durations', () => {
  it.each([
    [0, false, '00:00'],
    [65_400, false, '01:05'],
    [3_723_000, false, '1:02:03'],
    [65_400, true, '0:01:05'],
  ])('%d ms (hours always: %s) → %s', (ms, withHours, text) => expect(formatDuration(ms, withHours)).toBe(text));
});
