/** Reading a phone number typed or imported in any common form, with the user's default region. */
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export const asRegion = (region: string): CountryCode | undefined =>
  region && isSupportedCountry(region) ? (region as CountryCode) : undefined;

export interface ParsedNumber {
  e164: string;
  ext?: string;
}

/** "(212) 736-8410 x204" with region US → { e164: "+12127368410", ext: "204" }; undefined when not a valid number. */
export function parseNumber(text: string, region: string): ParsedNumber | undefined {
  const parsed = parsePhoneNumberFromString(text.trim(), { defaultCountry: asRegion(region), extract: false });
  if (!parsed?.isValid()) return undefined;
  return parsed.ext ? { e164: parsed.number, ext: parsed.ext } : { e164: parsed.number };
}
