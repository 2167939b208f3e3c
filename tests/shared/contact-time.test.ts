import { fromZonedTime } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { contactTimeStatus, inLabel, localNow, suggestFollowUp } from '../../src/shared/contact-time.ts';
import { DEFAULT_PREFERENCES, type CallOutcome, type ContactPreferences } from '../../src/shared/model.ts';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (local: string, zone: string) => fromZonedTime(local, zone).getTime();
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const prefs = (p: Partial<ContactPreferences>): ContactPreferences => ({ ...DEFAULT_PREFERENCES, ...p });
const EMPTY: ContactPreferences = { channels: [], bestDays: [], bestWindows: [], worstWindows: [], retryAfterHours: 0 };

describe('localNow', () => {
  it.each([
    [BERLIN, Date.UTC(2026, 10, 23, 13, 5), 'Mon 14:05', 1],
    [NY, Date.UTC(2026, 10, 23, 13, 5), 'Mon 08:05', 1],
    ['Asia/Tokyo', Date.UTC(2026, 10, 23, 16, 0), 'Tue 01:00', 2],
    ['Australia/Sydney', Date.UTC(2026, 0, 4, 14, 30), 'Mon 01:30', 1],
  ])('%s at %s is %s', (zone, now, label, weekday) => {
    expect(localNow(zone, now)).toMatchObject({ label, weekday });
  });
});

describe('contactTimeStatus with the default preferences (Mon–Fri 09–17, lunch 12–13)', () => {
  it.each([
    ['2026-11-23T10:00', true, 'inside their best hours', undefined],
    ['2026-11-23T12:30', false, '12:00–13:00 is one of their worst hours', '2026-11-23T18:00:00.000Z'],
    ['2026-11-22T10:00', false, 'Sunday is not a best day', '2026-11-23T14:00:00.000Z'],
    ['2026-11-23T18:00', false, 'outside their best hours (09:00–17:00)', '2026-11-24T14:00:00.000Z'],
    ['2026-11-23T08:59', false, 'outside their best hours (09:00–17:00)', '2026-11-23T14:00:00.000Z'],
    ['2026-11-23T17:00', false, 'outside their best hours (09:00–17:00)', '2026-11-24T14:00:00.000Z'],
  ])('New York %s → good %s (%s)', (local, goodNow, reason, next) => {
    const status = contactTimeStatus(DEFAULT_PREFERENCES, NY, at(local, NY));
    expect(status.goodNow).toBe(goodNow);
    expect(status.reason).toBe(reason);
    expect(iso(status.next?.at)).toBe(next);
  });

  it('labels the next good time in their zone and how far away it is', () => {
    const status = contactTimeStatus(DEFAULT_PREFERENCES, NY, at('2026-11-23T18:00', NY));
    expect(status.next).toMatchObject({ label: 'Tue 09:00 their time', inLabel: 'in 15 h' });
  });
});

describe('contactTimeStatus across DST changes', () => {
  it.each([
    // New York springs forward on Sunday 8 March 2026: Monday 09:00 is EDT (UTC-4).
    [NY, '2026-03-06T18:00', '2026-03-09T13:00:00.000Z'],
    // …and falls back on Sunday 1 November 2026: Monday 09:00 is EST (UTC-5).
    [NY, '2026-10-30T18:00', '2026-11-02T14:00:00.000Z'],
    // Berlin: summer time starts Sunday 29 March, ends Sunday 25 October 2026.
    [BERLIN, '2026-03-27T18:00', '2026-03-30T07:00:00.000Z'],
    [BERLIN, '2026-10-23T18:00', '2026-10-26T08:00:00.000Z'],
  ])('%s from %s the next good time is %s', (zone, local, next) => {
    expect(iso(contactTimeStatus(DEFAULT_PREFERENCES, zone, at(local, zone)).next?.at)).toBe(next);
  });

  it('a window crossing the spring-forward gap opens at the first real minute after it', () => {
    const night = prefs({ bestDays: [], bestWindows: [{ start: '02:30', end: '04:00' }], worstWindows: [] });
    const next = contactTimeStatus(night, NY, at('2026-03-08T00:00', NY)).next?.at;
    expect(next).toBeDefined();
    expect(localNow(NY, next!).time >= '03:00').toBe(true);
    expect(localNow(NY, next!).time < '04:00').toBe(true);
  });
});

describe('contactTimeStatus with other preferences', () => {
  const nightShift = prefs({ bestDays: [5], bestWindows: [{ start: '22:00', end: '02:00' }], worstWindows: [] });
  it.each([
    ['Friday 23:00 inside a window crossing midnight', nightShift, '2026-11-27T23:00', true],
    ['Saturday 01:00 still in Friday’s window', nightShift, '2026-11-28T01:00', true],
    ['Saturday 23:00 is not a best day', nightShift, '2026-11-28T23:00', false],
    ['empty preferences: any time is fine', EMPTY, '2026-11-22T03:00', true],
    ['a worst hour inside the best hours', prefs({ worstWindows: [{ start: '10:00', end: '10:30' }] }), '2026-11-23T10:15', false],
    ['just after that worst hour', prefs({ worstWindows: [{ start: '10:00', end: '10:30' }] }), '2026-11-23T10:30', true],
  ])('%s', (_name, p, local, goodNow) => {
    expect(contactTimeStatus(p, BERLIN, at(local, BERLIN)).goodNow).toBe(goodNow);
  });

  it('after no answer, waits the retry time and says until when', () => {
    const status = contactTimeStatus(DEFAULT_PREFERENCES, NY, at('2026-11-23T10:00', NY), at('2026-11-23T09:00', NY));
    expect(status).toMatchObject({ goodNow: false, reason: 'retry wait until 13:00' });
    expect(iso(status.next?.at)).toBe('2026-11-23T18:00:00.000Z');
  });

  it('without a known time zone uses the user’s and says so', () => {
    const status = contactTimeStatus(EMPTY, 'Mars/Olympus_Mons', Date.now());
    expect(status.reason).toMatch(/time zone unknown/);
  });

  it('has no next time when no slot exists in 14 days', () => {
    const never = prefs({ worstWindows: [{ start: '00:00', end: '00:00' }] });
    const status = contactTimeStatus(never, NY, at('2026-11-23T10:00', NY));
    expect(status.goodNow).toBe(false);
    expect(status.next).toBeUndefined();
  });
});

describe('suggestFollowUp', () => {
  it.each<[CallOutcome, string, string]>([
    ['no-answer', '2026-11-23T10:00', '2026-11-23T14:00'], // 4 h retry wait lands in the afternoon
    ['busy', '2026-11-23T16:00', '2026-11-24T09:00'], // 20:00 is out of hours: next morning
    ['voicemail', '2026-11-23T08:00', '2026-11-23T13:00'], // 12:00 is lunch
    ['callback-requested', '2026-11-23T10:00', '2026-11-23T11:00'],
    ['connected', '2026-11-23T15:00', '2026-11-24T15:00'], // one business day later
    ['connected', '2026-11-27T15:00', '2026-11-30T15:00'], // Friday → Monday
  ])('after %s at %s suggests %s', (outcome, local, expected) => {
    expect(iso(suggestFollowUp(DEFAULT_PREFERENCES, NY, at(local, NY), outcome))).toBe(iso(at(expected, NY)));
  });
});

describe('inLabel', () => {
  it.each([
    [0, 'now'],
    [25 * 60_000, 'in 25 min'],
    [14 * 3_600_000, 'in 14 h'],
    [3 * 86_400_000, 'in 3 days'],
  ])('%i ms → %s', (ms, label) => expect(inLabel(ms, 0)).toBe(label));
});
