/** Real-format numbers for the corpus: each country's example mobile number from libphonenumber-js,
 *  variants of it, and a fixed line per country written the way its directories do. */
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';

/** Fixed lines (offices, switchboards): national format. */
const FIXED_LINES: Record<string, string[]> = {
  US: ['(212) 555-0134', '(415) 555-0172', '(312) 555-0198'], CA: ['(416) 555-0143', '(604) 555-0119'],
  GB: ['020 7946 0958', '0161 496 0312', '0131 496 0811'], IE: ['01 234 5678', '021 423 4567'],
  DE: ['030 12345678', '089 1234567', '0221 9876543', '040 30301234'], AT: ['01 5123456', '0316 123456'],
  CH: ['044 668 18 00', '031 310 11 11'], FR: ['01 42 68 53 00', '04 91 12 34 56'], BE: ['02 512 34 56', '03 231 45 67'],
  LU: ['26 12 34 56'], NL: ['020 123 4567', '010 234 5678'], ES: ['912 34 56 78', '933 12 34 56'],
  PT: ['213 456 789', '225 123 456'], IT: ['06 1234 5678', '02 8765 4321'], SE: ['08-123 456 78', '031-123 45 67'],
  NO: ['22 12 34 56'], DK: ['33 12 34 56'], FI: ['09 1234 5678'], PL: ['22 123 45 67'], CZ: ['212 345 678'],
  AU: ['(02) 9876 5432', '(03) 9123 4567'], NZ: ['09 300 1234'], SG: ['6123 4567'], HK: ['2123 4567'],
  IN: ['011 2345 6789', '022 2345 6789'], ZA: ['021 123 4567'], JP: ['03-1234-5678', '06-6123-4567'],
  CN: ['010 6552 9988', '021 6123 4567'], KR: ['02-312-3456'], BR: ['(11) 3456-7890', '(21) 2345-6789'],
  MX: ['55 1234 5678'], AR: ['011 4123-4567'], CO: ['601 2345678'], CL: ['2 2123 4567'], RU: ['8 (495) 123-45-67'],
  TR: ['0212 345 67 89'], IL: ['03-123-4567'], AE: ['04 234 5678', '02 612 3456'], KE: ['020 2012345'],
  EG: ['02 21234567'], PH: ['02 8123 4567'], MY: ['03-2123 4567'], TH: ['02 123 4567'],
};

export interface SampleNumber {
  phone: PhoneNumber;
  national: string;
  international: string;
}

function sample(phone: PhoneNumber | undefined): SampleNumber | undefined {
  if (!phone?.isValid()) return undefined;
  return { phone, national: phone.formatNational(), international: phone.formatInternational() };
}

/** Mobile example with its last digits changed, kept only where libphonenumber calls it valid. */
function mobileVariants(region: CountryCode, count: number, random: () => number): SampleNumber[] {
  const example = getExampleNumber(region, examples);
  if (!example) return [];
  const found: SampleNumber[] = [];
  const base = example.nationalNumber;
  for (let tries = 0; tries < count * 8 && found.length < count; tries++) {
    const tail = String(Math.floor(random() * 10_000)).padStart(4, '0');
    const variant = sample(parsePhoneNumberFromString(`+${example.countryCallingCode}${base.slice(0, -4)}${tail}`));
    if (variant && variant.phone.getType() === example.getType()) found.push(variant);
  }
  return found;
}

export function sampleNumbers(region: CountryCode, random: () => number): SampleNumber[] {
  const fixed = (FIXED_LINES[region] ?? []).map((text) => sample(parsePhoneNumberFromString(text, region)));
  const invalid = (FIXED_LINES[region] ?? []).filter((_text, index) => !fixed[index]);
  if (invalid.length > 0) console.warn(`${region}: not valid, left out: ${invalid.join(', ')}`);
  return [...fixed.filter((number) => number !== undefined), ...mobileVariants(region, 6, random)];
}
