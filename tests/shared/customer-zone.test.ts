import { describe, expect, it } from 'vitest';
import { customerZone } from '../../src/shared/customer-zone.ts';
import { userTimeZone } from '../../src/shared/time/zone.ts';

const BERLIN_NUMBER = { zone: 'Europe/Berlin', country: 'DE' };

describe('whose clock a customer lives on', () => {
  it('the zone on their file first, whatever their number says', () => {
    expect(customerZone({ timeZone: 'America/New_York' }, BERLIN_NUMBER)).toEqual({ zone: 'America/New_York', known: true });
  });

  it('else the clock their number’s country keeps, saying it was taken from the number', () => {
    expect(customerZone({}, BERLIN_NUMBER)).toEqual({ zone: 'Europe/Berlin', known: true, fromNumberOf: 'DE' });
    expect(customerZone({ timeZone: 'Mars/Olympus' }, BERLIN_NUMBER)).toEqual({ zone: 'Europe/Berlin', known: true, fromNumberOf: 'DE' });
    expect(customerZone(undefined, BERLIN_NUMBER)).toEqual({ zone: 'Europe/Berlin', known: true, fromNumberOf: 'DE' });
  });

  it('else the user’s own, marked as not theirs', () => {
    expect(customerZone({}, null)).toEqual({ zone: userTimeZone(), known: false });
    expect(customerZone(undefined, undefined)).toEqual({ zone: userTimeZone(), known: false });
  });
});
