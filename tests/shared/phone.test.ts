import { describe, expect, test } from 'vitest';
import { formatPhone, knownRegion, parseNumber } from '../../src/shared/phone.ts';

describe('the phone module', () => {
  test.each([
    ['(212) 736-8410 x204', 'US', { e164: '+12127368410', ext: '204' }],
    ['030 901820', 'DE', { e164: '+4930901820' }],
    ['+44 20 7946 0958', '', { e164: '+442079460958' }],
    // A national number needs a region; "ZZ" is none.
    ['(212) 736-8410', 'ZZ', undefined],
    // Ten digits, but no US number: an exchange never starts with 0.
    ['(212) 000-0000', 'US', undefined],
  ])('reads %j with region %j as %j', (text, region, parsed) => expect(parseNumber(text, region)).toEqual(parsed));

  test.each([
    ['+12127368410', '+1 212 736 8410'],
    ['+4930901820', '+49 30 901820'],
    ['not a number', 'not a number'],
  ])('shows %j as %j', (e164, shown) => expect(formatPhone(e164)).toBe(shown));

  test.each([
    ['de', 'DE'],
    [' gb ', 'GB'],
    ['ZZ', undefined],
    ['Germany', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('knows region %j as %j', (region, known) => expect(knownRegion(region)).toBe(known));
});
