/**
 * Numbering plans read from libphonenumber-js metadata, with every pattern compiled once.
 *
 * Why the "max" metadata: it carries the per-type patterns (fixed line, mobile, toll free …) that
 * tell a real number from a digit run of the right length. With "min" only the country-wide pattern
 * is checked, and order numbers or dates that happen to have 10 digits pass as US or German numbers;
 * "mobile" drops fixed lines, which most business pages show. The cost (about 55 KB gzip) is paid
 * in the lazy chunk only.
 *
 * Why compile here instead of calling parsePhoneNumberFromString: the library builds a new RegExp for
 * every pattern test (helpers/matchesEntirely), which is most of its run time. Caching them makes
 * validation several times faster; validate-number.ts follows the library's parse rules step by step.
 */
import metadata from 'libphonenumber-js/metadata.max.json';

type TypeJson = [pattern: string, lengths?: number[]];
type FormatJson = [pattern: string, format: string, leadingDigits?: string[] | 0, prefixRule?: string | 0, prefixOptional?: 0 | 1];
type PlanJson = [
  callingCode: string,
  idd: string,
  nationalPattern: string,
  lengths: number[],
  formats: FormatJson[] | 0 | undefined,
  nationalPrefix: string | 0 | undefined,
  prefixRule: string | 0 | undefined,
  prefixForParsing: string | 0 | undefined,
  transformRule: string | 0 | undefined,
  prefixOptional: 0 | 1 | undefined,
  leadingDigits: string | 0 | undefined,
  types: (TypeJson | 0)[] | 0 | undefined,
];

interface MetadataJson {
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, PlanJson>;
  nonGeographic?: Record<string, PlanJson>;
}

export interface NumberType {
  pattern: RegExp;
  lengths: readonly number[];
}

/** How a group of national numbers is written; says whether the national prefix must be written. */
export interface NumberFormat {
  pattern: RegExp;
  leadingDigits?: RegExp;
  /** A national number of this format written without its national prefix is not one people dial. */
  prefixRequired: boolean;
}

export interface NumberPlan {
  region: string;
  callingCode: string;
  idd: RegExp;
  nationalPattern: RegExp;
  lengths: readonly number[];
  prefixForParsing?: RegExp;
  transformRule?: string;
  leadingDigits?: RegExp;
  /** [fixed line, mobile, toll free, premium, personal, voicemail, UAN, pager, VoIP, shared cost]. */
  types: (NumberType | undefined)[];
  formats: NumberFormat[];
}

const json = metadata as unknown as MetadataJson;
const plans = new Map<string, NumberPlan>();

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const text = (value: string | 0 | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);

// A rule that only wraps the first group ("$1", "($1)") writes no national prefix (Leniency.js).
const FIRST_GROUP_ONLY = /^\(?\$1\)?$/;

function compileFormat(format: FormatJson, plan: PlanJson): NumberFormat {
  const leading = format[2] ? format[2][format[2].length - 1] : undefined;
  const rule = text(format[3]) ?? text(plan[6]);
  const optional = Boolean(format[4] || plan[9]);
  return {
    pattern: whole(format[0]),
    leadingDigits: leading ? new RegExp(`^(?:${leading})`) : undefined,
    prefixRequired: rule !== undefined && !optional && !FIRST_GROUP_ONLY.test(rule),
  };
}

function compile(region: string, raw: PlanJson): NumberPlan {
  const lengths = raw[3];
  const prefixForParsing = text(raw[7]) ?? text(raw[5]);
  const leadingDigits = text(raw[10]);
  return {
    region,
    callingCode: raw[0],
    idd: new RegExp(`^(?:${raw[1]})`),
    nationalPattern: whole(raw[2]),
    lengths,
    prefixForParsing: prefixForParsing ? new RegExp(`^(?:${prefixForParsing})`) : undefined,
    transformRule: text(raw[8]),
    leadingDigits: leadingDigits ? new RegExp(`^(?:${leadingDigits})`) : undefined,
    types: (raw[11] || []).map((type) =>
      type && type[0] ? { pattern: whole(type[0]), lengths: type[1] || lengths } : undefined,
    ),
    formats: (raw[4] || []).map((format) => compileFormat(format, raw)),
  };
}

/** The plan of a region ("DE"), or of a non-geographic calling code ("800"); undefined if unknown. */
export function planFor(regionOrCallingCode: string): NumberPlan | undefined {
  let plan = plans.get(regionOrCallingCode);
  if (plan) return plan;
  const raw = json.countries[regionOrCallingCode] ?? json.nonGeographic?.[regionOrCallingCode];
  if (!raw) return undefined;
  plan = compile(regionOrCallingCode, raw);
  plans.set(regionOrCallingCode, plan);
  return plan;
}

const plansByCallingCode = new Map<string, NumberPlan[]>();

/** Regions sharing a calling code, main region first; a non-geographic code gives its own plan. */
export function plansForCallingCode(callingCode: string): NumberPlan[] {
  let found = plansByCallingCode.get(callingCode);
  if (!found) {
    found = compilePlansForCallingCode(callingCode);
    plansByCallingCode.set(callingCode, found);
  }
  return found;
}

function compilePlansForCallingCode(callingCode: string): NumberPlan[] {
  const regions = json.country_calling_codes[callingCode];
  if (!regions) {
    const nonGeographic = json.nonGeographic?.[callingCode] ? planFor(callingCode) : undefined;
    return nonGeographic ? [nonGeographic] : [];
  }
  return regions.map((region) => planFor(region)).filter((plan): plan is NumberPlan => plan !== undefined);
}

export function isKnownRegion(region: string): boolean {
  return region in json.countries;
}

export function allRegions(): string[] {
  return Object.keys(json.countries);
}
