/**
 * Digit runs whose shape says they are something else: dates, times, year ranges, IP addresses,
 * card numbers, ISBNs, SSNs, coordinates, grouped amounts.
 * "hard": never a phone number. "soft": a phone label right before it still makes it one
 * ("Tel. 12.34.56" in a small country, "Tel: 06.1234567").
 */
export type ShapeVerdict = 'hard' | 'soft' | undefined;

const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const YEAR = '(?:19|20)\\d\\d';
const FULL_DATE_SOURCE = `${YEAR}[-./]${MONTH}[-./]${DAY}|${DAY}[-./]${MONTH}[-./]${YEAR}|${MONTH}[-./]${DAY}[-./]${YEAR}`;
const DATE_PART = `(?:${FULL_DATE_SOURCE}|${DAY}\\.${MONTH}\\.?|${YEAR})`;
const FULL_DATE = new RegExp(`^(?:${FULL_DATE_SOURCE})$`);
/** Dates or years joined by range marks: "01.03.–15.03.2024", "2024-03-01 - 2024-03-15". */
const DATE_RANGE = new RegExp(`^${DATE_PART}(?:\\s*[-–/]\\s*(?:${DATE_PART}|\\d\\d))+$`);
/** "15.03.24", "03/15/24": six digits that read as a date. */
const SHORT_DATE = new RegExp(`^(?:${DAY}([-./])${MONTH}\\1\\d\\d|${MONTH}([-./])${DAY}\\2\\d\\d)$`);
const TIME_RANGE = /^\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d$/;
/** Dotted quads without leading zeros; four two-digit groups ("34.41.41.23") are how Denmark and
 *  Norway write phone numbers, so those are left to the metadata. */
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const TWO_DIGIT_GROUPS = /^\d\d(?:\.\d\d){3}$/;
const SSN = /^\d{3}-\d\d-\d{4}$/;
/** "1.234.567" (thousands with dots; space-grouped 3-3-3 is a common phone format), "48.856613"
 *  (a coordinate or decimal; "06.12345678" with its leading zero is a Dutch phone number). */
const GROUPED_AMOUNT = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const DECIMAL = /^(?:[1-9]\d{0,2}|0)\.\d{4,}$/;
const YEAR_RANGE = new RegExp(`^${YEAR}\\s*[-–/]\\s*(?:${YEAR}|\\d\\d)$`);

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let value = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) value = value * 2 > 9 ? value * 2 - 9 : value * 2;
    sum += value;
  }
  return sum % 10 === 0;
}

/** Payment cards (issuer digit 3–6, Luhn check digit) and ISBN-13s (978/979). */
function isCardOrIsbn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  return (/^[3-6]/.test(digits) && luhnValid(digits)) || (digits.length === 13 && /^97[89]/.test(digits));
}

export function judgeShape(raw: string, digits: string): ShapeVerdict {
  if (FULL_DATE.test(raw) || DATE_RANGE.test(raw) || YEAR_RANGE.test(raw) || TIME_RANGE.test(raw)) return 'hard';
  if ((IPV4.test(raw) && !TWO_DIGIT_GROUPS.test(raw)) || SSN.test(raw)) return 'hard';
  if (!raw.startsWith('+') && isCardOrIsbn(digits)) return 'hard';
  if (SHORT_DATE.test(raw) || GROUPED_AMOUNT.test(raw) || DECIMAL.test(raw)) return 'soft';
  return undefined;
}
