import { describe, expect, it } from 'vitest';
import { zoneOfCountry, zoneOfNumber } from '../../src/shared/number-zone.ts';

describe('the clock a number’s country keeps', () => {
  it.each([
    ['+4930901820', { zone: 'Europe/Berlin', country: 'DE' }],
    ['+442079460958', { zone: 'Europe/London', country: 'GB' }],
    ['+81312345678', { zone: 'Asia/Tokyo', country: 'JP' }],
  ])('%s → its country’s one zone', (e164, expected) => {
    expect(zoneOfNumber(e164)).toEqual(expected);
  });

  it('names a country’s zone as the country does, not by the neighbour the tz database merged it into', () => {
    expect(zoneOfCountry('NL')).toBe('Europe/Amsterdam');
    expect(zoneOfCountry('LU')).toBe('Europe/Luxembourg');
  });

  it.each([
    ['the US (several clocks)', '+12127368410'],
    ['Spain (the Canaries an hour behind)', '+34912345678'],
    ['Russia (eleven zones)', '+74951234567'],
    ['no number at all', 'not a number'],
  ])('none for %s', (_what, e164) => {
    expect(zoneOfNumber(e164)).toBeUndefined();
  });
});
