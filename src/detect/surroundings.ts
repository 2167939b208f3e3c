/**
 * What touches a digit run on either side and makes it part of something else: an ID glued to
 * letters ("INV-2024-000123", "DE123456789", "1Z999AA1…"), a URL or e-mail address, an amount, a
 * "+" frame ("+++118/4471/22093+++"). Labels glued to a number are no identifier: "Tel030 …",
 * "at+44 …", and "…9463-218-Fax:+49 …", "…44 20/F:+41 …" are lists of numbers.
 */
import { phoneLabelAt, phoneLabelEndsAt } from './labels.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;
/** Scripts written without spaces, where a label touches its number: "電話03-1234-5678". */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
/** Joiners inside identifiers and paths: "INV-2024", "orders/123", "id=123", "ref_123". */
const ID_JOINER = /[-_/#=&?@%~\\]/;
const CURRENCY_BEFORE = /(?:[$€£¥₹₽₩₪₺฿₫₱]|\b(?:EUR|USD|GBP|CHF|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|AUD|CAD|NZD|INR|BRL|MXN|ZAR|R\$|Rs\.?|Fr\.|kr\.?|zł))\s?$/iu;
const CURRENCY_AFTER = /^\s?(?:[$€£¥₹₽₩₪₺฿₫₱%‰°′″]|(?:EUR|USD|GBP|CHF|JPY|CNY|SEK|NOK|DKK|PLN|CZK|HUF|AUD|CAD|NZD|INR|BRL|MXN|ZAR|kr|zł|Kč|Ft|lei|руб|€)(?![\p{L}]))/iu;
const WHITESPACE = /\s/;
const CURRENCY_SIGN = /[$€£¥₹₽₩₪₺฿₫₱]/;

function touchesWord(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char) && !UNSPACED_SCRIPT.test(char);
}

/** The whole whitespace-delimited token around [start, end). */
function tokenAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 200 && !WHITESPACE.test(text[from - 1] ?? ' ')) from--;
  let to = end;
  while (to < text.length && to - end < 200 && !WHITESPACE.test(text[to] ?? ' ')) to++;
  return text.slice(from, to);
}

/** Part of an identifier, URL, e-mail address or amount: never a phone number, whatever the label. */
export function isPartOfSomethingElse(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined && CURRENCY_SIGN.test(before)) return true;
  const beforeThat = text[start - 2];
  // A "+" opens a number whatever touches it; a word glued to digits is their label or their ID.
  if (touchesWord(before) && text[start] !== '+' && !phoneLabelEndsAt(text, start)) return true;
  if (before !== undefined && ID_JOINER.test(before) && touchesWord(beforeThat)) return true;
  const after = text[end];
  const afterThat = text[end + 1];
  if (touchesWord(after) || after === '+') return true;
  if (after !== undefined && /[-_/@.:,]/.test(after) && afterThat !== undefined && /[\p{L}\p{N}]/u.test(afterThat)) {
    // "030 1234567, 030 …" and "…567,Fax" are lists; ",00" after digits is a decimal amount.
    if (after === ',' ? /\d/.test(afterThat) : !(/[-/]/.test(after) && phoneLabelAt(text, end + 1))) return true;
  }
  if (after === '@' || before === '@') return true;
  const standsAlone = (before === undefined || WHITESPACE.test(before)) && (after === undefined || WHITESPACE.test(after));
  const token = standsAlone ? '' : tokenAround(text, start, end);
  if (token.includes('://') || /(?:^|[^\p{L}])www\./iu.test(token) || token.includes('@')) return true;
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  return CURRENCY_AFTER.test(text.slice(end, end + 6));
}

/** "#1234567", "№ 1234567": a numbering sign right before the run marks a reference unless a phone
 *  label says otherwise. */
export function hasHashBefore(text: string, start: number): boolean {
  return /[#№]\s?$/.test(text.slice(Math.max(0, start - 2), start));
}
