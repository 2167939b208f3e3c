/**
 * Best and worst hours are typed in the user's clock: a 12-hour locale reads and writes "9:00 AM",
 * a 24-hour one "09:00", and what the field shows is what it reads back.
 */
import { describe, expect, it } from 'vitest';
import { formatWindowsText, parseWallTime, parseWindowsText } from '../../../src/shared/time/index.ts';

/** The refusal, with Intl's no-break spaces (which ICU versions differ on) read as spaces. */
function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as Error).message.replace(/[\u00a0\u202f]/g, ' ');
  }
  throw new Error('was not refused');
}

describe('a time typed as text, in the locale the user reads times in', () => {
  it.each([
    ['en-US', '9:30 AM', '09:30'],
    ['en-US', '9:30 pm', '21:30'],
    ['en-US', '12 AM', '00:00'],
    ['en-US', '12:15 PM', '12:15'],
    ['en-US', '9:30\u202fPM', '21:30'],
    ['en-US', '2 p.m.', '14:00'],
    ['en-US', '14:30', '14:30'],
    ['de-DE', '14:30', '14:30'],
    ['de-DE', '9.30', '09:30'],
    ['de-DE', '9', '09:00'],
    ['fr-FR', '9h30', '09:30'],
    ['fr-FR', '14 h 05', '14:05'],
    ['es-ES', '0930', '09:30'],
    ['es-US', '3:00 p. m.', '15:00'],
  ])('%s reads %j as %s', (locale, text, hhmm) => expect(parseWallTime(text, locale)).toBe(hhmm));

  it.each([
    ['en-US', '25:00', '“25:00” is not a time like 9:30 AM'],
    ['en-US', '13 PM', '“13 PM” is not a time like 9:30 AM'],
    ['de-DE', 'morgens', '“morgens” is not a time like 09:30'],
    ['de-DE', '9:75', '“9:75” is not a time like 09:30'],
  ])('%s refuses %j, with an example in its own clock', (locale, text, message) => expect(refusal(() => parseWallTime(text, locale))).toBe(message));
});

describe('windows typed as text', () => {
  it.each([
    ['de-DE', '09:00-12:00, 14:00–17:30', [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:30' }]],
    ['en-US', '9 am - 12 pm; 2:00 PM–5:30 PM', [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '17:30' }]],
    ['en-US', '9 to 5 pm', [{ start: '09:00', end: '17:00' }]],
    ['en-GB', '22:00–02:00', [{ start: '22:00', end: '02:00' }]],
    ['en-US', '', []],
  ])('%s reads %j', (locale, text, windows) => expect(parseWindowsText(text, locale)).toEqual(windows));

  it('refuses a part that is not a window, naming an example in the user’s clock', () => {
    expect(refusal(() => parseWindowsText('morning', 'en-US'))).toBe('“morning” is not a window like 9:00 AM–12:00 PM');
    expect(refusal(() => parseWindowsText('morning', 'de-DE'))).toBe('“morning” is not a window like 09:00–12:00');
  });

  it.each([['en-US'], ['en-GB'], ['de-DE'], ['fr-FR'], ['es-ES'], ['es-US']])('%s reads back what it shows', (locale) => {
    const windows = [{ start: '09:00', end: '12:30' }, { start: '13:00', end: '17:45' }, { start: '22:00', end: '00:00' }];
    const shown = formatWindowsText(windows, locale);
    expect(parseWindowsText(shown, locale)).toEqual(windows);
  });

  it('shows 12-hour locales on a 12-hour clock and 24-hour ones on a 24-hour clock', () => {
    expect(formatWindowsText([{ start: '14:00', end: '17:00' }], 'en-US')).toMatch(/^2:00\sPM–5:00\sPM$/);
    expect(formatWindowsText([{ start: '14:00', end: '17:00' }], 'de-DE')).toBe('14:00–17:00');
  });
});
