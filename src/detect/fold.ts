/**
 * Pages write numbers with more than ASCII: full-width digits and punctuation (Japanese and Chinese
 * pages), Arabic-Indic digits, non-breaking hyphens, minus signs, em dashes. Every rule of
 * the detector reads the folded text instead: each such character replaced by its plain form, one
 * UTF-16 unit for one, so offsets found in the folded text are offsets in the page text (marks are
 * drawn on the original). Digits are folded by libphonenumber-js (parseDigits), the authority on
 * which digits a number may be written in.
 *
 * Folding is lazy: the text is folded once, the first time a run needs it, so pages written in
 * ASCII (with spaces of any kind, which every rule already reads as \s) never pay a second pass.
 */
import { parseDigits } from '../shared/phone.ts';

/** Dashes that read as a range or a break between two things, like the en dash: "2019—2024". */
const LONG_DASH = /[\u2014\u2015\u2E3A\u2E3B\u301C\u3030\uFE31\uFE32\uFE58]/;
/** Any other dash is a hyphen: non-breaking (U+2011), figure dash, minus, full-width, the katakana
 *  prolonged sound mark Japanese typists use for one (libphonenumber-js reads it so too). */
const HYPHEN = /[\p{Pd}\u2212\u30FC]/u;
const DIGIT = /\p{Nd}/u;
/** Full-width ASCII (U+FF01–U+FF5E) lies at a fixed distance from ASCII. */
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;
const EN_DASH = '\u2013';

/** The plain form of one non-ASCII character, or undefined when it has none (letters, spaces, the
 *  middle dots and bullets every rule reads as they are). */
function plainForm(char: string): string | undefined {
  if (DIGIT.test(char)) return parseDigits(char) || undefined;
  const code = char.charCodeAt(0);
  if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  if (char === EN_DASH) return undefined;
  if (LONG_DASH.test(char)) return EN_DASH;
  if (HYPHEN.test(char)) return '-';
  return undefined;
}

const known = new Map<string, string | null>();

function plainFormOf(char: string): string | undefined {
  let plain = known.get(char);
  if (plain === undefined) {
    plain = plainForm(char) ?? null;
    known.set(char, plain);
  }
  return plain ?? undefined;
}

/** Whether the text between `from` and `to` holds a character the rules read only once folded. */
export function needsFolding(text: string, from: number, to: number): boolean {
  for (let index = Math.max(0, from); index < to && index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > 0x7f && code !== 0xa0 && plainFormOf(text[index]!) !== undefined) return true;
  }
  return false;
}

/** Characters that may have a plain form (ASCII and the en dash are plain already): a cheap filter,
 *  so neither ASCII nor the letters of other scripts are looked up one by one. */
const MAY_FOLD = /(?![0-9\-\u2013])[\p{Nd}\p{Pd}\u2212\u30FC\uFF01-\uFF5E]/gu;

/** The text with every foldable character in its plain form; same length, same offsets. */
export function foldText(text: string): string {
  return text.replace(MAY_FOLD, (char) => plainFormOf(char) ?? char);
}
