import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type CallOutcome, type ContactPreferences } from '../../../src/shared/model.ts';
import { contactTimeStatus, formatWeekdayClock, fromWallTime, nextGoodContactTime, suggestFollowUp, tomorrowAt, wallClock } from '../../../src/shared/time/index.ts';

const NY = 'America/New_York';
const BERLIN = 'Europe/Berlin';
const at = (local: string, zone: string) => fromWallTime(local.slice(0, 10), local.slice(11), zone);
const SYDNEY = 'Australia/Sydney';
const GB = 'en-GB';
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
const prefs = (p: Partial<ContactPreferences>): ContactPreferences => ({ ...DEFAULT_PREFERENCES, ...p });
const EMPTY: ContactPreferences = { channels: [], bestDays: [], bestWindows: [], worstWindows: [], retryAfterHours: 0 };

describe('the wall clock in a zone', () => {
  it.each([
    [BERLIN, Date.UTC(2026, 10, 23, 13, 5), 'Mon 14:05', 1],
    [NY, Date.UTC(2026, 10, 23, 13, 5), 'Mon 08:05', 1],
    ['Asia/Tokyo', Date.UTC(2026, 10, 23, 16, 0), 'Tue 01:00', 2],
    ['Australia/Sydney', Date.UTC(2026, 0, 4, 14, 30), 'Mon 01:30', 1],
  ])('%s at %s is %s', (zone, now, label, weekday) => {
    expect(formatWeekdayClock(now, zone, GB)).toBe(label);
    expect(wallClock(now, zone).weekday).toBe(weekday);
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
    const status = contactTimeStatus(DEFAULT_PREFERENCES, NY, at(local, NY), undefined, GB);
    expect(status.goodNow).toBe(goodNow);
    expect(status.reason).toBe(reason);
    expect(iso(status.next?.at)).toBe(next);
  });

  it('labels the next good time in their zone and how far away it is', () => {
    const status = contactTimeStatus(DEFAULT_PREFERENCES, NY, at('2026-11-23T18:00', NY), undefined, GB);
    expect(status.next).toMatchObject({ label: 'Tue 09:00 their time (New York)', inLabel: 'in 15 hours' });
    const us = contactTimeStatus(DEFAULT_PREFERENCES, NY, at('2026-11-23T18:00', NY), undefined, 'en-US');
    // ICU writes a narrow no-break space before AM in some versions, a plain one in others.
    const plain = (s: string | undefined) => s?.replace(/\s/gu, ' ');
    expect(plain(us.next?.label)).toBe('Tue 9:00 AM their time (New York)');
    expect(plain(us.reason)).toBe('outside their best hours (9:00 AM–5:00 PM)');
  });
});

describe('contactTimeStatus says until when a good time lasts', () => {
  const ALL_DAY = prefs({ bestDays: [1, 2, 3, 4, 5, 6, 7], bestWindows: [{ start: '00:00', end: '23:59' }], worstWindows: [] });
  it.each([
    ['before lunch, the worst hour ends it', DEFAULT_PREFERENCES, '2026-11-23T10:00', NY, '12:00 their time (New York)'],
    ['after lunch, the best hours end it', DEFAULT_PREFERENCES, '2026-11-23T15:00', NY, '17:00 their time (New York)'],
    ['a window across midnight ends on the next day', prefs({ bestWindows: [{ start: '20:00', end: '02:00' }], worstWindows: [] }), '2026-11-23T21:00', NY, 'Tue 02:00 their time (New York)'],
    ['every weekday all day ends on Friday night', prefs({ bestWindows: [{ start: '00:00', end: '23:59' }], worstWindows: [] }), '2026-11-25T10:00', NY, 'Sat 00:00 their time (New York)'],
    ['no zone: on the user\'s clock', DEFAULT_PREFERENCES, '2026-11-23T15:00', undefined, '17:00 your time'],
  ])('%s', (_case, preferences, local, zone, label) => {
    const status = contactTimeStatus(preferences, zone, at(local, zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone), undefined, GB);
    expect(status.goodNow).toBe(true);
    expect(status.until?.label).toBe(label);
  });

  it('every day, 00:00–23:59, never ends: any time (23:59 included)', () => {
    for (const local of ['2026-11-23T23:59', '2026-11-28T12:00', '2026-11-29T00:00']) {
      const status = contactTimeStatus(ALL_DAY, NY, at(local, NY), undefined, GB);
      expect({ local, good: status.goodNow, until: status.until }).toEqual({ local, good: true, until: undefined });
    }
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
    expect(wallClock(next!, NY).hhmm >= '03:00').toBe(true);
    expect(wallClock(next!, NY).hhmm < '04:00').toBe(true);
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
    const status = contactTimeStatus(DEFAULT_PREFERENCES, NY, at('2026-11-23T10:00', NY), at('2026-11-23T09:00', NY), GB);
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

describe('DST changes in New York, Berlin and Sydney', () => {
  // Clocks change: New York 8 Mar (fwd) / 1 Nov 2026 (back), Berlin 29 Mar / 25 Oct 2026,
  // Sydney 5 Apr 2026 (back, 03:00 → 02:00) / 4 Oct 2026 (fwd, 02:00 → 03:00).
  const night = prefs({ bestDays: [], bestWindows: [{ start: '01:00', end: '04:00' }], worstWindows: [] });
  it.each([
    ['New York, spring forward', NY, '2026-03-08', '2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z', 2],
    ['New York, fall back', NY, '2026-11-01', '2026-11-01T05:00:00.000Z', '2026-11-01T09:00:00.000Z', 4],
    ['Berlin, spring forward', BERLIN, '2026-03-29', '2026-03-29T00:00:00.000Z', '2026-03-29T02:00:00.000Z', 2],
    ['Berlin, fall back', BERLIN, '2026-10-25', '2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z', 4],
    ['Sydney, fall back', SYDNEY, '2026-04-05', '2026-04-04T14:00:00.000Z', '2026-04-04T18:00:00.000Z', 4],
    ['Sydney, spring forward', SYDNEY, '2026-10-04', '2026-10-03T15:00:00.000Z', '2026-10-03T17:00:00.000Z', 2],
  ])('%s: a 01:00–04:00 window opens at %s 01:00 their time and lasts the real hours of that night', (_name, zone, day, opens, closes, hours) => {
    const opensAt = nextGoodContactTime({ preferences: night, timeZone: zone }, at(`${day}T00:30`, zone));
    expect(iso(opensAt)).toBe(opens);
    // Still good one minute before it closes, bad at the closing minute: the window is 01:00–04:00 on their wall clock.
    const closesAt = Date.parse(closes);
    expect(contactTimeStatus(night, zone, closesAt - 60_000).goodNow).toBe(true);
    expect(contactTimeStatus(night, zone, closesAt).goodNow).toBe(false);
    expect((closesAt - Date.parse(opens)) / 3_600_000).toBe(hours);
  });

  it.each([
    ['New York', NY, '2026-03-07T20:00', '2026-03-08T13:00:00.000Z', 23],
    ['New York', NY, '2026-10-31T20:00', '2026-11-01T14:00:00.000Z', 25],
    ['Berlin', BERLIN, '2026-03-28T20:00', '2026-03-29T07:00:00.000Z', 23],
    ['Sydney', SYDNEY, '2026-04-04T20:00', '2026-04-04T23:00:00.000Z', 25],
    ['Sydney', SYDNEY, '2026-10-03T20:00', '2026-10-03T22:00:00.000Z', 23],
  ])('"tomorrow at 9" from 20:00 the night clocks change in %s is 09:00 there, 13 hours ± the change', (_name, zone, local, expected, hoursFromEight) => {
    const now = at(local, zone);
    const morning = tomorrowAt(now, zone, '09:00');
    expect(iso(morning)).toBe(expected);
    expect(wallClock(morning, zone).hhmm).toBe('09:00');
    expect((morning - now) / 3_600_000).toBe(hoursFromEight - 11);
  });

  it.each([
    // Worst 09:00–11:00 every day; best 08:00–12:00. On the Sunday the clocks change, the slot after the worst window is 11:00 local, not 10:00 or 12:00.
    [NY, '2026-03-08T09:30', '2026-03-08T15:00:00.000Z'],
    [NY, '2026-11-01T09:30', '2026-11-01T16:00:00.000Z'],
    [BERLIN, '2026-03-29T09:30', '2026-03-29T09:00:00.000Z'],
    [BERLIN, '2026-10-25T09:30', '2026-10-25T10:00:00.000Z'],
    [SYDNEY, '2026-04-05T09:30', '2026-04-05T01:00:00.000Z'],
    [SYDNEY, '2026-10-04T09:30', '2026-10-04T00:00:00.000Z'],
  ])('next good slot in %s from %s skips the worst window to 11:00 local (%s)', (zone, local, expected) => {
    const p = prefs({ bestDays: [], bestWindows: [{ start: '08:00', end: '12:00' }], worstWindows: [{ start: '09:00', end: '11:00' }] });
    const next = contactTimeStatus(p, zone, at(local, zone)).next?.at;
    expect(iso(next)).toBe(expected);
    expect(wallClock(next!, zone).hhmm).toBe('11:00');
  });
});

describe('the next good moment is the first good minute, found without trying every minute', () => {
  // The rule restated on its own (best day, inside a best window, outside the worst ones), for windows
  // that do not cross midnight, and checked minute by minute (in 5-minute steps: every window and
  // start below is on one) from the moment asked about.
  const STEP = 5 * 60_000;
  const inside = (windows: ContactPreferences['bestWindows'], minute: number) =>
    windows.some((w) => {
      const [sh = 0, sm = 0] = w.start.split(':').map(Number);
      const [eh = 0, em = 0] = w.end.split(':').map(Number);
      return minute >= sh * 60 + sm && minute < eh * 60 + em;
    });
  const good = (p: ContactPreferences, zone: string, t: number) => {
    const wall = wallClock(t, zone);
    return p.bestDays.includes(wall.weekday) && inside(p.bestWindows, wall.minute) && !inside(p.worstWindows, wall.minute);
  };
  const firstWhere = (from: number, test: (t: number) => boolean) => {
    for (let t = from; t < from + 8 * 24 * 3_600_000; t += STEP) if (test(t)) return t;
    return undefined;
  };
  const EVENINGS = prefs({ bestDays: [2, 4, 6], bestWindows: [{ start: '07:30', end: '09:00' }, { start: '18:00', end: '20:30' }], worstWindows: [{ start: '08:00', end: '08:15' }] });
  // Good stretches that run through midnight and start in the small hours, where a clock change falls.
  const NIGHTS = prefs({ bestDays: [1, 3, 5, 7], bestWindows: [{ start: '00:00', end: '03:00' }, { start: '21:00', end: '23:59' }], worstWindows: [{ start: '02:00', end: '02:30' }] });
  const zones = [NY, BERLIN, SYDNEY, 'America/Santiago', 'Pacific/Chatham'];

  it.each(zones)('%s, over the weeks the clocks change, for three sets of preferences', (zone) => {
    let checked = 0;
    for (const p of [DEFAULT_PREFERENCES, EVENINGS, NIGHTS]) {
      for (const first of [Date.UTC(2026, 2, 3), Date.UTC(2026, 8, 29)]) {
        // Every 31 h 5 min over five weeks: each hour of the day and each weekday comes up.
        for (let now = first; now < first + 35 * 24 * 3_600_000; now += 31 * 3_600_000 + STEP) {
          const status = contactTimeStatus(p, zone, now);
          expect(status.goodNow, `${zone} ${new Date(now).toISOString()}`).toBe(good(p, zone, now));
          if (status.goodNow) expect(iso(status.until?.at)).toBe(iso(firstWhere(now + STEP, (t) => !good(p, zone, t))));
          else expect(iso(status.next?.at)).toBe(iso(firstWhere(now, (t) => good(p, zone, t))));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
