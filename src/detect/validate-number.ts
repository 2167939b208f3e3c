/**
 * Digits → E.164 with validity, following libphonenumber-js parse() + isValid() step by step
 * (extractCountryCallingCode, stripIddPrefix, extractNationalNumber, getCountryByCallingCode,
 * getNumberType) but with the compiled patterns of number-plans.ts.
 * tests/detect/validate-number.test.ts checks it against the library itself.
 */
import { planFor, plansForCallingCode, type NumberPlan } from './number-plans.ts';

export interface CheckedNumber {
  e164: string;
  /** Matches a number type of its country: what libphonenumber's isValid() says. */
  valid: boolean;
  /** Has a length its country uses: what isPossible() says. */
  possible: boolean;
  /** Written in national format without the national prefix its format requires ("20240315" read
   *  as a German number): libphonenumber's findNumbers rejects these at its "valid" leniency. */
  prefixMissing: boolean;
}

function prefixRequired(nationalNumber: string, plan: NumberPlan): boolean {
  const format = plan.formats.find(
    (candidate) => (!candidate.leadingDigits || candidate.leadingDigits.test(nationalNumber)) && candidate.pattern.test(nationalNumber),
  );
  return format?.prefixRequired ?? false;
}

const MAX_CALLING_CODE_LENGTH = 3;
const MIN_NATIONAL_LENGTH = 2;
const MAX_NATIONAL_LENGTH = 17;

type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

function checkLength(nationalNumber: string, plan: NumberPlan): LengthCheck {
  const lengths = plan.lengths;
  const length = nationalNumber.length;
  const min = lengths[0] ?? 0;
  if (min === length) return 'IS_POSSIBLE';
  if (min > length) return 'TOO_SHORT';
  if ((lengths[lengths.length - 1] ?? 0) < length) return 'TOO_LONG';
  return lengths.includes(length) ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

function matchesType(nationalNumber: string, plan: NumberPlan): boolean {
  if (!plan.nationalPattern.test(nationalNumber)) return false;
  if (plan.types.length === 0) return true;
  return plan.types.some((type) => type !== undefined && type.lengths.includes(nationalNumber.length) && type.pattern.test(nationalNumber));
}

/** Which of the regions sharing a calling code a national number belongs to. */
function regionOf(plans: NumberPlan[], nationalNumber: string): NumberPlan | undefined {
  if (plans.length === 1) return plans[0];
  return plans.find((plan) => (plan.leadingDigits ? plan.leadingDigits.test(nationalNumber) : matchesType(nationalNumber, plan)));
}

function stripNationalPrefix(number: string, plan: NumberPlan): string {
  const match = plan.prefixForParsing?.exec(number);
  if (!match) return number;
  const lastGroup = match.length > 1 ? match[match.length - 1] : undefined;
  if (plan.transformRule && lastGroup) return number.replace(plan.prefixForParsing!, plan.transformRule);
  return number.slice(match[0].length);
}

/** National (significant) number: national prefix and carrier code removed when that leaves a
 *  number of a possible length. `selected` is the plan libphonenumber has selected at this point. */
function nationalNumberOf(number: string, selected: NumberPlan, callingCodePlans: NumberPlan[]): string {
  const stripped = stripNationalPrefix(number, selected);
  if (stripped === number) return number;
  if (selected.nationalPattern.test(number) && !selected.nationalPattern.test(stripped)) return number;
  const lengthPlan = regionOf(callingCodePlans, stripped) ?? selected;
  const length = checkLength(stripped, lengthPlan);
  return length === 'TOO_SHORT' || length === 'INVALID_LENGTH' ? number : stripped;
}

interface Split {
  callingCode: string;
  rest: string;
  /** The region libphonenumber falls back on when no region of the calling code claims the number. */
  defaultRegion?: NumberPlan;
}

function splitInternational(digits: string): Split | undefined {
  if (digits[0] === '0') return undefined;
  for (let length = 1; length <= MAX_CALLING_CODE_LENGTH && length < digits.length; length++) {
    const callingCode = digits.slice(0, length);
    if (plansForCallingCode(callingCode).length > 0) return { callingCode, rest: digits.slice(length) };
  }
  return undefined;
}

function splitNational(digits: string, home: NumberPlan): Split | undefined {
  const idd = home.idd.exec(digits);
  if (idd) {
    const rest = digits.slice(idd[0].length);
    if (rest[0] !== '0') return splitInternational(rest);
  }
  // "1 212 555 0123" typed in the US: a calling code without "+", taken off when that fits better.
  const callingCode = home.callingCode;
  if (digits.startsWith(callingCode)) {
    const shorter = digits.slice(callingCode.length);
    const sharing = plansForCallingCode(callingCode);
    const shorterNational = nationalNumberOf(shorter, home, sharing);
    const fullNational = nationalNumberOf(digits, home, sharing);
    if (
      (!home.nationalPattern.test(fullNational) && home.nationalPattern.test(shorterNational)) ||
      checkLength(fullNational, home) === 'TOO_LONG'
    ) {
      return { callingCode, rest: shorter };
    }
  }
  return { callingCode, rest: digits, defaultRegion: home };
}

/**
 * @param digits the number's digits only
 * @param international whether it was written with "+"
 * @param region default region for national formats (a known one, upper case) or undefined
 */
export function checkNumber(digits: string, international: boolean, region: string | undefined): CheckedNumber | undefined {
  const home = region ? planFor(region) : undefined;
  const split = international ? splitInternational(digits) : home ? splitNational(digits, home) : undefined;
  if (!split) return undefined;
  const callingCodePlans = plansForCallingCode(split.callingCode);
  const selected = split.defaultRegion ?? callingCodePlans[0];
  if (!selected) return undefined;
  const nationalNumber = nationalNumberOf(split.rest, selected, callingCodePlans);
  if (nationalNumber.length < MIN_NATIONAL_LENGTH || nationalNumber.length > MAX_NATIONAL_LENGTH) return undefined;
  const plan = regionOf(callingCodePlans, nationalNumber) ?? selected;
  const writtenNationally = split.defaultRegion !== undefined;
  return {
    e164: `+${split.callingCode}${nationalNumber}`,
    valid: matchesType(nationalNumber, plan),
    possible: checkLength(nationalNumber, plan) === 'IS_POSSIBLE',
    prefixMissing: writtenNationally && nationalNumber === split.rest && prefixRequired(nationalNumber, plan),
  };
}
