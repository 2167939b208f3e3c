import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { checkNumber } from '../../src/detect/validate-number.ts';

function seeded(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
}

/** What libphonenumber-js itself says about the same digits. */
function library(digits: string, international: boolean, region: CountryCode) {
  const number = parsePhoneNumberFromString((international ? '+' : '') + digits, { defaultCountry: region, extract: false });
  return number ? { e164: number.number, valid: number.isValid(), possible: number.isPossible() } : undefined;
}

function ours(digits: string, international: boolean, region: CountryCode) {
  const number = checkNumber(digits, international, region);
  return number ? { e164: number.e164, valid: number.valid, possible: number.possible } : undefined;
}

describe('checkNumber agrees with libphonenumber-js parse + isValid', () => {
  it('for every region: example numbers in every way of writing them, and random digits', { timeout: 60_000 }, () => {
    const random = seeded(7);
    const mismatches: string[] = [];
    let compared = 0;
    const compare = (digits: string, international: boolean, region: CountryCode) => {
      compared++;
      const theirs = library(digits, international, region);
      const mine = ours(digits, international, region);
      // Only a valid or possible result matters to detection; an impossible one is never used.
      const usable = (result: typeof mine) => (result && (result.valid || result.possible) ? result : undefined);
      if (JSON.stringify(usable(theirs)) !== JSON.stringify(usable(mine))) mismatches.push(`${region} ${international ? '+' : ''}${digits}`);
    };
    for (const region of getCountries()) {
      const example = getExampleNumber(region, examples);
      if (!example) continue;
      const national = example.formatNational().replace(/\D/g, '');
      const international = example.number.slice(1);
      for (const home of [region, 'US', 'DE', 'GB', 'BR'] as CountryCode[]) {
        compare(national, false, home);
        compare(international, true, home);
        compare(international, false, home);
        compare(`00${international}`, false, home);
        compare(`011${international}`, false, home);
      }
      for (let index = 0; index < 20; index++) {
        const digits = String(Math.floor(random() * 1e12)).slice(0, 6 + Math.floor(random() * 7));
        compare(digits, false, region);
        compare(digits, true, region);
        compare(national.slice(0, -3) + digits.slice(0, 3), false, region);
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});
