/**
 * The one phone module: every context reads, writes and checks phone numbers through libphonenumber-js
 * here, over one metadata set. Detection (src/detect), lookup and search (src/db), import, settings
 * and display (src/ui) all import it, so a number one of them accepts reads the same in the others.
 *
 * Why the "max" metadata: it carries the per-type patterns (fixed line, mobile, toll free …) that
 * tell a real number from a digit run of the right length. With "min" only the country-wide pattern
 * is checked, and order numbers or dates that happen to have 10 digits pass as US or German numbers.
 * The content script's start-up bundle never imports this module: detection loads it lazily
 * (content/detector-loader.ts), and the region rule it needs lives apart (./phone-region.ts).
 */
import { Metadata } from 'libphonenumber-js/core';
import {
  getCountries,
  isSupportedCountry,
  parseDigits,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import metadataJson from 'libphonenumber-js/metadata.max.json';

export { parseDigits, parsePhoneNumberFromString, type CountryCode, type PhoneNumber };

/** The metadata the parse calls above use, for the few questions only its classes answer. */
export const phoneMetadata = new Metadata(metadataJson);

/** A region the metadata knows ("DE"), upper case; undefined for anything else ("", "ZZ", "Germany"). */
export function knownRegion(region: string | undefined): CountryCode | undefined {
  const upper = region?.trim().toUpperCase();
  return upper && isSupportedCountry(upper) ? upper : undefined;
}

/** Every region numbers can be read for, as two-letter codes. */
export const phoneRegions = (): readonly CountryCode[] => getCountries();

/** A phone number found in text: where (UTF-16 offsets, end exclusive), as written, and what it dials. */
export interface PhoneMatch {
  start: number;
  end: number;
  raw: string;
  e164: string;
  ext?: string;
}

export interface ParsedNumber {
  e164: string;
  ext?: string;
}

/** "(212) 736-8410 x204" with region US → { e164: "+12127368410", ext: "204" }; undefined when not a valid number. */
export function parseNumber(text: string, region: string): ParsedNumber | undefined {
  const parsed = parsePhoneNumberFromString(text.trim(), { defaultCountry: knownRegion(region), extract: false });
  if (!parsed?.isValid()) return undefined;
  return parsed.ext ? { e164: parsed.number, ext: parsed.ext } : { e164: parsed.number };
}

/** How a stored E.164 number reads on screen: "+1 212 736 8410", or the raw form when it does not parse. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
