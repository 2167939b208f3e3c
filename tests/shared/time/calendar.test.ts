import { describe, expect, it } from 'vitest';
import { atWallTime, calendarDay, fromDateTimeInput, fromWallTime, nextBusinessDay, toDateInput, toTimeInput, uiLocale } from '../../../src/shared/time/index.ts';

const NY = 'America/New_York';

describe('wall-clock arithmetic', () => {
  it('steps calendar days by the zone: 23 and 25 hour days around DST', () => {
    const sat = fromWallTime('2026-03-07', '12:00', NY);
    expect((atWallTime(sat, NY, '12:00', 1) - sat) / 3_600_000).toBe(23);
    const halloween = fromWallTime('2026-10-31', '12:00', NY);
    expect((atWallTime(halloween, NY, '12:00', 1) - halloween) / 3_600_000).toBe(25);
  });

  it('moves a wall time inside the spring-forward gap to the first real minute after it', () => {
    expect(new Date(fromWallTime('2026-03-08', '02:30', NY)).toISOString()).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
  });

  it('keeps the wall time on the next business day across a weekend and a DST change', () => {
    const friday = fromWallTime('2026-03-06', '15:00', NY);
    expect(new Date(nextBusinessDay(friday, NY)).toISOString()).toBe('2026-03-09T19:00:00.000Z'); // Mon 15:00 EDT
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(fromWallTime('2026-02-31', '09:00', NY)).toBeNaN();
    expect(fromWallTime('2026-11-23', '24:00', NY)).toBeNaN();
    expect(fromDateTimeInput('2026-11-24', NY)).toBeNull();
  });

  it('reads inputs in the zone and writes them back the same', () => {
    const at = fromDateTimeInput('2026-11-24T09:05', 'Asia/Tokyo');
    expect(at).toBe(Date.UTC(2026, 10, 24, 0, 5));
    expect([toDateInput(at!, 'Asia/Tokyo'), toTimeInput(at!, 'Asia/Tokyo'), calendarDay(at!, NY)]).toEqual(['2026-11-24', '09:05', '2026-11-23']);
  });
});

describe('the UI locale', () => {
  it('is the browser UI language, written as Intl wants it', () => {
    const chrome = { i18n: { getUILanguage: () => 'de_DE' } };
    Object.assign(globalThis, { chrome });
    try {
      expect(uiLocale()).toBe('de-DE');
    } finally {
      Reflect.deleteProperty(globalThis, 'chrome');
    }
  });
});
