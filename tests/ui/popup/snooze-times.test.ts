import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type ContactPreferences } from '../../../src/shared/model.ts';
import { formatShortWhen, nextGoodContactTime, toDateTimeInput, userTimeZone } from '../../../src/shared/time/index.ts';
import { readLocalInput } from '../../../src/ui/popup/snooze-pick.tsx';
import { tomorrowMorning } from '../../../src/ui/popup/snooze-times.ts';

const at = (iso: string) => Date.parse(iso);
const contact = (timeZone: string, preferences: ContactPreferences = DEFAULT_PREFERENCES) => ({ preferences, timeZone });

describe('Tomorrow', () => {
  it.each([
    ['late evening in New York', '2026-11-23T23:30:00-05:00', 'America/New_York', '2026-11-24T09:00:00-05:00'],
    ['after midnight UTC but still Monday in Los Angeles', '2026-11-24T03:00:00Z', 'America/Los_Angeles', '2026-11-24T09:00:00-08:00'],
    ['the night clocks go forward in New York', '2026-03-07T22:00:00-05:00', 'America/New_York', '2026-03-08T09:00:00-04:00'],
    ['the last day of the year in Tokyo', '2026-12-31T18:00:00+09:00', 'Asia/Tokyo', '2027-01-01T09:00:00+09:00'],
  ])('%s is 09:00 the next day', (_case, now, zone, expected) => {
    expect(tomorrowMorning(at(now), zone)).toBe(at(expected));
  });
});

describe('Next good time', () => {
  const berlinMornings = { ...DEFAULT_PREFERENCES, bestWindows: [{ start: '08:00', end: '11:00' }], worstWindows: [] };
  it.each([
    ['outside their hours: the next good moment', '2026-11-23T21:00:00+01:00', contact('Europe/Berlin'), '2026-11-24T09:00:00+01:00'],
    ['inside their hours: the start of their next good stretch', '2026-11-23T15:00:00-05:00', contact('America/New_York'), '2026-11-24T09:00:00-05:00'],
    ['before their lunch hour: right after it', '2026-11-23T11:00:00-05:00', contact('America/New_York'), '2026-11-23T13:00:00-05:00'],
    ['on a Friday afternoon: Monday morning', '2026-11-27T18:00:00-05:00', contact('America/New_York'), '2026-11-30T09:00:00-05:00'],
    ['in their own zone, not the user\'s', '2026-11-23T07:30:00+01:00', contact('Europe/Berlin', berlinMornings), '2026-11-23T08:00:00+01:00'],
  ])('%s', (_case, now, who, expected) => {
    expect(nextGoodContactTime(who, at(now))).toBe(at(expected));
  });

  it('is none when every moment is good (nothing to wait for)', () => {
    const always = { ...DEFAULT_PREFERENCES, bestDays: [], bestWindows: [], worstWindows: [] };
    expect(nextGoodContactTime(contact('America/New_York', always), at('2026-11-23T15:00:00-05:00'))).toBeUndefined();
  });

  it('uses the default preferences in the user\'s zone for a number without a customer, as the wrap-up does', () => {
    const now = at('2026-11-23T20:00:00Z');
    expect(nextGoodContactTime(null, now)).toBe(nextGoodContactTime(contact(userTimeZone()), now));
  });
});

describe('choice times and the picker', () => {
  const now = at('2026-11-23T15:00:00-05:00');
  it.each([
    [at('2026-11-23T16:00:00-05:00'), '16:00'],
    [at('2026-11-24T09:00:00-05:00'), 'Tue 09:00'],
    [at('2026-12-10T09:00:00-05:00'), 'Thu 10 Dec, 09:00'],
  ])('%s reads "%s"', (when, expected) => {
    expect(formatShortWhen(when, now, 'America/New_York', 'en-GB')).toBe(expected);
  });

  it.each([
    ['2026-11-24T09:00', at('2026-11-24T09:00:00-05:00')],
    ['2026-11-23T14:59', 'Choose a time in the future.'],
    ['', 'Choose a date and a time.'],
    ['2026-11-24', 'Choose a date and a time.'],
  ])('the picked "%s" is %s', (value, expected) => {
    expect(readLocalInput(value, now, 'America/New_York')).toBe(expected);
  });

  it('starts the picker on the local wall-clock time', () => {
    expect(toDateTimeInput(now, 'America/New_York')).toBe('2026-11-23T15:00');
    expect(toDateTimeInput(now, 'Asia/Tokyo')).toBe('2026-11-24T05:00');
  });
});
