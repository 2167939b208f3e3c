import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../../src/shared/i18n/intl-cache.ts';

describe('Intl formatters made once and reused', () => {
  it('gives the same formatter for the same locale and options, another for other ones', () => {
    const ny = dateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' });
    expect(dateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric' })).toBe(ny);
    const berlin = dateTimeFormat('en-US', { timeZone: 'Europe/Berlin', hour: 'numeric' });
    expect(berlin).not.toBe(ny);
    expect(berlin.format(Date.UTC(2026, 10, 23, 12))).toBe('1 PM');
    expect(numberFormat('de', {}).format(1234.5)).toBe('1.234,5');
  });

  it('refuses an unknown zone every time, keeping nothing for it', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });
});
