/**
 * The cheap test the content-script core runs on page text before loading the detector.
 * It must never say "no" where detectPhoneNumbers could find a number, so the detector builds its
 * candidate scanner from the same character classes and minimum digit count.
 * No libphonenumber-js here: this file ships in the tiny start-up bundle.
 */

/** Any decimal digit, in any script (full-width, Arabic-Indic …): which of them libphonenumber-js
 *  reads is its business (fold.ts asks it), so none is listed here. */
export const DIGIT = '\\p{Nd}';

/** "+" and its full-width form "＋" (Japanese and Chinese pages). */
export const PLUS = '[+\\uFF0B]';

/** Characters allowed between the digits of one number: any space (no-break, thin, narrow,
 *  ideographic), any dash (hyphen, non-breaking hyphen, en and em dash, minus, full-width), dots,
 *  slashes and parentheses with their full-width forms. fold.ts reads each as its ASCII form. */
export const SEPARATOR_CLASS = '[\\p{Zs}\\p{Pd}\\u2212\\u30FC.\\uFF0E/\\uFF0F()\\uFF08\\uFF09]';

/** Middle dots and bullets join digits only on their own ("06·12·34·56·78"): spaced, they separate
 *  the items of a line ("Tel. 030 1234567 · Fax …"). */
export const DOT_SEPARATOR = '[\\u00B7\\u2022\\u30FB]';

/** At most this many separator characters in a row still join two digit groups ("030 / 123", "(0) 20"). */
export const MAX_SEPARATOR_RUN = 3;

/** A national number shorter than this is not looked for (postcodes, house numbers, amounts). */
export const MIN_DIGITS = 6;

/** What may stand between two digits of one number. */
export const JOINER = `(?:${SEPARATOR_CLASS}{0,${MAX_SEPARATOR_RUN}}|${DOT_SEPARATOR})`;

/** Flags of every regular expression built from these classes (\p{…} needs "u"). */
export const CLASS_FLAGS = 'u';

const LIKELY_NUMBER = new RegExp(`${PLUS}[\\s(]{0,2}${DIGIT}|${DIGIT}(?:${JOINER}${DIGIT}){${MIN_DIGITS - 1}}`, CLASS_FLAGS);

export function mayContainPhoneNumber(text: string): boolean {
  return LIKELY_NUMBER.test(text);
}

const ANY_DIGIT = new RegExp(DIGIT, CLASS_FLAGS);

/**
 * False for text without a single digit: it holds no number, and where it is a piece of one split by
 * markup ("+", "(", a dash in an element of its own) that number is read from its digits' own text,
 * whose group (content/inline-group.ts) takes this piece in.
 */
export function mayBePartOfPhoneNumber(text: string): boolean {
  return ANY_DIGIT.test(text);
}
