/**
 * Validates the second detection corpus (corpus2.jsonl) and prints what it holds.
 *   npx tsx tests/detect/corpus2/check-corpus2.ts      exit code 1 on any error
 * Every expected number must be valid for libphonenumber-js (the project's authority) and equal
 * to what it parses from `raw` with the item's region, so a label cannot drift from its text.
 */
import { pathToFileURL } from 'node:url';
import { isSupportedCountry, parseDigits, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CorpusItem, ExpectedNumber } from '../corpus/corpus-item.ts';
import { loadCorpus } from '../corpus/score.ts';

export const CORPUS2_FOLDER = new URL('./', import.meta.url);

/** The kinds of page a snippet is modelled on; the second part of every id. */
export const FAMILIES = ['crm', 'sig', 'imprint', 'stores', 'invoice', 'mail'] as const;

const MINIMUM = { items: 440, regions: 32, negativeOrDistractorShare: 0.5 };

/** Phone keypad letters (ITU E.161), for vanity numbers such as 1-844-NO-LEAKS. */
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, index) =>
    [...letters].map((letter) => [letter, String(index + 2)]),
  ),
);

const digitsOf = (text: string) => [...text].map((char) => parseDigits(char)).join('');

/**
 * What a reader dials for `raw`: page spaces (thin, narrow, figure) read as spaces, the written
 * extension label ("poste", "Durchwahl", "内線", "доб.") set aside, vanity letters on the keypad.
 */
export function numberOfRaw(raw: string, region: string, ext?: string): { e164?: string; ext?: string; problem?: string } {
  let part = raw.replace(/\p{Zs}/gu, ' ');
  if (ext !== undefined) {
    if (!digitsOf(part).endsWith(ext) || parseDigits(part.slice(-ext.length)) !== ext) return { problem: `raw does not end with its extension ${ext}` };
    part = part.slice(0, -ext.length).replace(/[^\p{Nd})）]+$/u, '');
  }
  part = part.replace(/[A-Z]/g, (letter) => KEYPAD[letter] ?? letter);
  if (!isSupportedCountry(region)) return { problem: `region ${region} unknown to libphonenumber-js` };
  const parsed = parsePhoneNumberFromString(part, region);
  if (!parsed) return { problem: 'libphonenumber-js cannot parse it' };
  if (!parsed.isValid()) return { problem: `not a valid number (${parsed.number})` };
  return { e164: parsed.number, ext: parsed.ext };
}

/** Digit runs (any script, single separators inside) of 5+ digits outside the labelled numbers. */
export function lookAlikes(item: CorpusItem): string[] {
  let text = item.text;
  for (const { raw } of item.expected) if (raw) text = text.replace(raw, ' '.repeat(raw.length));
  return (text.match(/\p{Nd}(?:\p{Nd}|[ .\-/\u00A0\u2009\u202F](?=\p{Nd}))*/gu) ?? []).filter((run) => digitsOf(run).replace(/\D/g, '').length >= 5);
}

function checkNumber(item: CorpusItem, number: ExpectedNumber, from: number): { errors: string[]; end: number } {
  const errors: string[] = [];
  const where = `${item.id}: ${JSON.stringify(number.raw)}`;
  if (typeof number.e164 !== 'string' || typeof number.raw !== 'string' || number.raw === '') return { errors: [`${item.id}: every expected number needs e164 and raw`], end: from };
  if (number.ext !== undefined && !/^\d+$/.test(number.ext)) errors.push(`${where}: ext must be ASCII digits`);
  const at = item.text.indexOf(number.raw, from);
  if (at < 0) errors.push(`${where}: not found in the text after the previous number`);
  const read = numberOfRaw(number.raw, item.region, number.ext);
  if (read.problem) errors.push(`${where}: ${read.problem}`);
  else {
    if (read.e164 !== number.e164) errors.push(`${where}: labelled ${number.e164}, libphonenumber-js reads ${read.e164}`);
    if (read.ext !== undefined && read.ext !== number.ext) errors.push(`${where}: raw carries extension ${read.ext}, labelled ${number.ext ?? 'none'}`);
  }
  return { errors, end: at < 0 ? from : at + number.raw.length };
}

export function checkCorpus2(items: CorpusItem[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const family = /^[a-z]{2}-([a-z]+)-\d{2,}$/.exec(item.id)?.[1];
    if (!family || !(FAMILIES as readonly string[]).includes(family) || item.id.slice(0, 2) !== item.region?.toLowerCase())
      errors.push(`${item.id}: id must be <region>-<${FAMILIES.join('|')}>-<nn>`);
    if (seen.has(item.id)) errors.push(`${item.id}: duplicate id`);
    seen.add(item.id);
    if (typeof item.text !== 'string' || item.text.trim() === '') errors.push(`${item.id}: empty text`);
    if (!Array.isArray(item.expected)) {
      errors.push(`${item.id}: expected must be an array`);
      continue;
    }
    let from = 0;
    for (const number of item.expected) {
      const result = checkNumber(item, number, from);
      errors.push(...result.errors);
      from = result.end;
    }
  }
  return errors;
}

const rawsOf = (item: CorpusItem) => item.expected.map((number) => number.raw).join('\n');
const FEATURES: [string, RegExp, (item: CorpusItem) => string][] = [
  ['tab-separated cells', /\t/, (item) => item.text],
  ['non-breaking hyphen U+2011 in a number', /\u2011/, rawsOf],
  ['other dashes (U+2010, U+2012-2015, U+2212) in a number', /[\u2010\u2012-\u2015\u2212]/, rawsOf],
  ['number written without separators', /^\+?\d{8,}$/m, rawsOf],
  ['NBSP in a number', /\u00A0/, rawsOf],
  ['thin or narrow space in a number', /[\u2009\u202F]/, rawsOf],
  ['full-width digits', /[\uFF10-\uFF19]/, (item) => item.text],
  ['Arabic-Indic digits', /[\u0660-\u0669]/, (item) => item.text],
  ['Eastern Arabic-Indic digits', /[\u06F0-\u06F9]/, (item) => item.text],
  ['middle dot or bullet separators', /[\u00B7\u2022]/, (item) => item.text],
];

export function summarize(items: CorpusItem[]): string {
  const regions = new Map<string, { positive: number; negative: number }>();
  const families = new Map<string, { positive: number; negative: number; regions: Set<string> }>();
  let negatives = 0;
  let distractorHeavy = 0;
  let multi = 0;
  let numbers = 0;
  let extensions = 0;
  for (const item of items) {
    const positive = item.expected.length > 0;
    const region = regions.get(item.region) ?? { positive: 0, negative: 0 };
    region[positive ? 'positive' : 'negative']++;
    regions.set(item.region, region);
    const familyName = item.id.split('-')[1] ?? '?';
    const family = families.get(familyName) ?? { positive: 0, negative: 0, regions: new Set<string>() };
    family[positive ? 'positive' : 'negative']++;
    family.regions.add(item.region);
    families.set(familyName, family);
    if (!positive) negatives++;
    else if (lookAlikes(item).length >= 2) distractorHeavy++;
    if (item.expected.length > 1) multi++;
    numbers += item.expected.length;
    extensions += item.expected.filter((number) => number.ext !== undefined).length;
  }
  const share = (negatives + distractorHeavy) / items.length;
  const lines = [
    `${items.length} snippets, ${regions.size} regions, ${numbers} numbers (${extensions} with an extension)`,
    `${items.length - negatives} with numbers (${multi} with several, ${((100 * multi) / items.length).toFixed(1)}%), ${negatives} without`,
    `negatives + distractor-heavy positives (2+ digit runs of 5+ digits besides the numbers): ${negatives} + ${distractorHeavy} = ${(100 * share).toFixed(1)}%`,
    'families (with numbers / without / regions):',
    ...[...families].map(([name, f]) => `  ${name.padEnd(8)} ${f.positive} / ${f.negative} / ${f.regions.size}`),
    'regions (with numbers / without):',
    `  ${[...regions].map(([name, r]) => `${name} ${r.positive}/${r.negative}`).join(', ')}`,
    'writing features (snippets):',
    ...FEATURES.map(([name, pattern, part]) => `  ${name}: ${items.filter((item) => pattern.test(part(item))).length}`),
  ];
  const short: string[] = [];
  if (items.length < MINIMUM.items) short.push(`fewer than ${MINIMUM.items} snippets`);
  if (regions.size < MINIMUM.regions) short.push(`fewer than ${MINIMUM.regions} regions`);
  if (share < MINIMUM.negativeOrDistractorShare) short.push('less than half negatives or distractor-heavy');
  for (const [name, r] of regions) if (r.positive < 2 || r.negative < 2) short.push(`${name} needs several positives and negatives`);
  return [...lines, ...short.map((line) => `SHORT: ${line}`)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const items = loadCorpus(CORPUS2_FOLDER);
  const errors = checkCorpus2(items);
  console.log(summarize(items));
  if (errors.length > 0) {
    console.error(`\n${errors.length} errors:\n${errors.join('\n')}`);
    process.exitCode = 1;
  } else if (/^SHORT:/m.test(summarize(items))) process.exitCode = 1;
  else console.log('\ncorpus2 is well-formed');
}
