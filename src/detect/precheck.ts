/**
 * The cheap test the content-script core runs on page text before loading the detector.
 * It must never say "no" where detectPhoneNumbers could find a number, so the detector builds its
 * candidate scanner from the same separator class and minimum digit count.
 * No libphonenumber-js here: this file ships in the tiny start-up bundle.
 */

/** Characters allowed between the digits of one number: spaces (incl. no-break, narrow no-break,
 *  thin), dots, hyphens, en dash, slashes and parentheses. */
export const SEPARATOR_CLASS = '[ \\u00A0\\u202F\\u2009.\\-\\u2013/()]';

/** At most this many separator characters in a row still join two digit groups ("030 / 123", "(0) 20"). */
export const MAX_SEPARATOR_RUN = 3;

/** A national number shorter than this is not looked for (postcodes, house numbers, amounts). */
export const MIN_DIGITS = 6;

const LIKELY_NUMBER = new RegExp(
  `\\+[\\s(]{0,2}\\d|\\d(?:${SEPARATOR_CLASS}{0,${MAX_SEPARATOR_RUN}}\\d){${MIN_DIGITS - 1}}`,
);

export function mayContainPhoneNumber(text: string): boolean {
  return LIKELY_NUMBER.test(text);
}
