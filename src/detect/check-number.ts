/**
 * Digits → E.164 with validity, answered by libphonenumber-js itself (parse + isValid/isPossible),
 * through the one phone module (shared/phone.ts says why its "max" metadata). The cost (about 55 KB
 * gzip) is paid in the lazy chunk only.
 */
import { knownRegion, parsePhoneNumberFromString, phoneMetadata as metadata, type CountryCode, type PhoneNumber } from '../shared/phone.ts';

export { knownRegion };

export interface CheckedNumber {
  e164: string;
  /** Matches a number type of its country: what libphonenumber's isValid() says. */
  valid: boolean;
  /** Valid, or at least of a length its country uses (isPossible()): enough when a label or a
   *  tel: link says "phone number". */
  plausible: boolean;
  /** Written in national format without the national prefix its format requires ("20240315" read
   *  as a German number, "(212) 736-8410" on a German page): libphonenumber's findNumbers rejects
   *  these at its strict leniencies, and dialling them with the region's code would be wrong. */
  prefixMissing: boolean;
  /** Written without any prefix: no "+", international or national prefix was taken off the digits. */
  bare: boolean;
}

const NON_DIGIT = /\D/g;

/** The parts of the library's Metadata class read here: public at run time in libphonenumber-js
 *  core (Leniency.js uses them), though its typings list fewer methods. */
interface FormatRules {
  nationalPrefixIsMandatoryWhenFormattingInNationalFormat(): boolean;
}
interface PlanFormats {
  formats(): FormatRules[];
}

const mayRequirePrefix = new Map<string, boolean>();

/** Whether any national format of the region requires its national prefix: most regions that
 *  share the NANP "+1" have none, so their numbers skip the formatting call below. */
function regionMayRequirePrefix(region: CountryCode): boolean {
  let known = mayRequirePrefix.get(region);
  if (known === undefined) {
    metadata.selectNumberingPlan(region);
    const plan = metadata.numberingPlan as unknown as PlanFormats | undefined;
    known = plan?.formats().some((format) => format.nationalPrefixIsMandatoryWhenFormattingInNationalFormat()) ?? true;
    mayRequirePrefix.set(region, known);
  }
  return known;
}

/**
 * Whether the library writes a national prefix for this number that may not be left out.
 * formatNational({ nationalPrefix: false }) drops the prefix only where the format marks it
 * optional, so digits beyond the national number in that output are a mandatory prefix
 * (Format.nationalPrefixIsMandatoryWhenFormattingInNationalFormat, reached through public calls).
 */
function requiresNationalPrefix(number: PhoneNumber): boolean {
  if (number.country && !regionMayRequirePrefix(number.country)) return false;
  return number.formatNational({ nationalPrefix: false }).replace(NON_DIGIT, '') !== number.nationalNumber;
}

function parse(digits: string, international: boolean, region: CountryCode | undefined): PhoneNumber | undefined {
  if (international) return parsePhoneNumberFromString(`+${digits}`, { extract: false });
  return region ? parsePhoneNumberFromString(digits, { defaultCountry: region, extract: false }) : undefined;
}

/**
 * @param digits the number's digits only
 * @param international whether it was written with "+"
 * @param region default region for national formats (a known one, upper case) or undefined
 */
export function checkNumber(digits: string, international: boolean, region: string | undefined): CheckedNumber | undefined {
  const number = parse(digits, international, region as CountryCode | undefined);
  if (!number) return undefined;
  const valid = number.isValid();
  const plausible = valid || number.isPossible();
  // Nothing was taken off the digits (no calling code, international or national prefix): the
  // number was written the way its own country writes it without the prefix.
  const writtenBare = !international && number.nationalNumber === digits;
  return { e164: number.number, valid, plausible, prefixMissing: plausible && writtenBare && requiresNationalPrefix(number), bare: writtenBare };
}
