import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { checkNumber, knownRegion } from '../../src/detect/check-number.ts';
import { detectPhoneNumbers } from '../../src/detect/detect.ts';

describe('the detector reads numbers as libphonenumber-js does', () => {
  it.each<[text: string, region: CountryCode]>([
    ['(212) 555-0147', 'US'],
    ['1-800-555-0199', 'US'],
    ['+1 416 555 0123', 'DE'],
    ['030 1234567', 'DE'],
    ['+49 (0)30 12345678', 'FR'],
    ['0044 20 7946 0321', 'DE'],
    ['011 44 20 7946 0321', 'US'],
    ['020 7946 0321', 'GB'],
    ['07781 123456', 'GB'],
    ['01 42 68 53 00', 'FR'],
    ['06 12 34 56 78', 'FR'],
    ['06 1234 5678', 'IT'],
    ['03-1234-5678', 'JP'],
    ['(11) 91234-5678', 'BR'],
    ['8 (495) 123-45-67', 'RU'],
    ['044 668 18 00', 'CH'],
    ['(02) 9876 5432', 'AU'],
    ['098765 43210', 'IN'],
    ['011 15-2345-6789', 'AR'],
    ['55 1234 5678', 'MX'],
    ['+82 2-312-3456', 'KR'],
  ])('%s in %s', (text, region) => {
    const [match] = detectPhoneNumbers(text, { region });
    const library = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false });
    expect(library?.isValid()).toBe(true);
    expect(match?.e164).toBe(library?.number);
  });
});

describe('checkNumber', () => {
  it.each<[digits: string, international: boolean, region: string | undefined, e164: string | undefined, valid: boolean, prefixMissing: boolean]>([
    ['2125550147', false, 'US', '+12125550147', true, false],
    ['12125550147', false, 'US', '+12125550147', true, false],
    ['301234567', false, 'DE', '+49301234567', true, true],
    ['0301234567', false, 'DE', '+49301234567', true, false],
    ['20240315', false, 'DE', '+4920240315', true, true],
    ['7781123456', false, 'GB', '+447781123456', true, true],
    ['0612345678', false, 'IT', '+390612345678', true, false],
    ['142685300', false, 'FR', '+33142685300', true, true],
    ['33142685300', true, 'US', '+33142685300', true, false],
    ['2125550147', false, undefined, undefined, false, false],
    ['0000000', true, 'US', undefined, false, false],
  ])('%s (+%s) in %s', (digits, international, region, e164, valid, prefixMissing) => {
    const number = checkNumber(digits, international, region);
    expect(number?.e164).toBe(e164);
    expect(number?.valid ?? false).toBe(valid);
    expect(number?.prefixMissing ?? false).toBe(prefixMissing);
  });

  it('knows the regions the metadata knows', () => {
    expect([' de ', 'us', 'XX', '', undefined].map(knownRegion)).toEqual(['DE', 'US', undefined, undefined, undefined]);
  });
});
