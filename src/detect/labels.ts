/**
 * The words right before a digit run: a phone label ("Tel.", "Mobile:", "☎") makes a borderline run
 * a number; a label of another kind ("Invoice", "IBAN", "Order #") makes a valid-looking run not one.
 * A label speaks for the value right after it only:
 * - the nearest label wins: "Invoice 4711, Tel. 030 1234567";
 * - a phone label reaches over a few words ("Call us on "), never over another number;
 * - a label of another kind stops counting once its own value has begun or a list or sentence break
 *   came: "USt-IdNr. DE 281 445 917 · 0221 9463218", "CVR 31184427, tlf. 33 14 22 80".
 * The words themselves live in label-words.ts.
 */
import {
  LETTER_LABEL, NUMBER_WORDS, OTHER_STRONG, OTHER_TIGHT, OTHER_UNSPACED, OWNERS, PHONE_MARKS, PHONE_WORDS,
} from './label-words.ts';

export type LabelKind = 'phone' | 'other';

/** Longest first, so "ust-idnr" is read before "ust". */
const anyOf = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?!\\p{L})';
const NUMBER_WORD = `(?:\\s*${anyOf(NUMBER_WORDS)}${WORD_END}\\.?)?`;
/** After a phone word: "Tel. no.", "Phone #", "Telefonnummer", "Fax-Nr."; not "id" or "ref". */
const PHONE_NUMBER_WORD = `(?:-?(?:nummer|numero|nr)\\.?|\\s*(?:no|nr|n°|nº|number|#)${WORD_END}\\.?)?`;
const PHONE_WORD = `${WORD_START}${anyOf(PHONE_WORDS)}\\.?${PHONE_NUMBER_WORD}${WORD_END}`;
const PHONE_SOURCE = `${PHONE_WORD}|${LETTER_LABEL}|${anyOf(PHONE_MARKS)}`;
const PHONE = new RegExp(PHONE_SOURCE, 'giu');

/** "N° d'entreprise", "número de pedido", "number of …": a number word naming what it numbers,
 *  unless that is a phone ("numéro de téléphone", "n° de fax"). */
const NUMBER_OF = `${anyOf(NUMBER_WORDS)}\\.?\\s+(?:of|de|d'|d’|di|del|do|da|du|des)\\s*(?!${anyOf(PHONE_WORDS)}${WORD_END})\\p{L}+`;
const OTHER_ANYWHERE = new RegExp(`${WORD_START}(?:${anyOf(OTHER_STRONG)}\\.?|${NUMBER_OF})${NUMBER_WORD}${WORD_END}`, 'giu');

/** A word ending in a number word is a reference label unless it is a phone word (read first):
 *  "Kundennummer", "Billetnummer", "Bestellnr.", "asiakasnumero". */
const COMPOUND = '\\p{L}{3,}-?(?:nummer|numero|nr)\\.?';
/** A tight label only counts directly before the run: "Order #", "Invoice no.: ", "PLZ ". */
const OTHER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${anyOf(OTHER_TIGHT)}\\.?${NUMBER_WORD}|${anyOf(OWNERS)}${NUMBER_WORD.slice(0, -1)}|${COMPOUND})\\s*[:#.-]?\\s*[#№]?\\s*$`,
  'iu',
);
const OTHER_UNSPACED_BEFORE = new RegExp(`${anyOf(OTHER_UNSPACED)}\\s*[:：]?\\s*$`, 'u');

/** What may stand between a label and its number: "Tel.: (", "Fax - ". */
const LABEL_TAIL = /^[\s:.#\-–()/]*$/;
/** Words between a phone label and its number, without another number: "Call us on ", "Tel. (Zentrale): ". */
const PHONE_GAP = /^[^\d]{0,14}$/;
/** Where the value of a label of another kind has ended: a digit (its value began), a list sign,
 *  a sentence break. */
const VALUE_BREAK = /[\p{N}·•・|;,，、。]|[.!?]\s+\p{Lu}\p{Ll}/u;

/** How far back labels are looked for, cut at the start of the line or table cell. */
const WINDOW = 48;
const CELL_BREAK = /[\n\r\t|]/;

/** End of the last match of `pattern` in `text`, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let last = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    last = match.index + match[0].length;
    if (match[0] === '') pattern.lastIndex++;
  }
  return last;
}

export function labelBefore(text: string, start: number): LabelKind | undefined {
  const from = Math.max(0, start - WINDOW);
  let cellStart = start;
  while (cellStart > from && !CELL_BREAK.test(text[cellStart - 1] ?? '')) cellStart--;
  // A number opening its cell or line has no label: the common case of a table column.
  if (cellStart === start || !/[^\s(]/.test(text.slice(cellStart, start))) return undefined;
  const window = text.slice(cellStart, start);
  const phoneAt = lastEnd(PHONE, window);
  if (phoneAt >= 0 && LABEL_TAIL.test(window.slice(phoneAt))) return 'phone';
  if (OTHER_BEFORE.test(window) || OTHER_UNSPACED_BEFORE.test(window)) return 'other';
  const otherAt = lastEnd(OTHER_ANYWHERE, window);
  const otherInScope = otherAt >= 0 && !VALUE_BREAK.test(window.slice(otherAt));
  const phoneNear = phoneAt >= 0 && PHONE_GAP.test(window.slice(phoneAt));
  if (!phoneNear) return otherInScope ? 'other' : undefined;
  return otherInScope && otherAt > phoneAt ? 'other' : 'phone';
}

const PHONE_AT = new RegExp(`(?:${PHONE_SOURCE})(?!\\p{L})`, 'iuy');
const PHONE_ENDING = new RegExp(`(?:${PHONE_SOURCE})$`, 'iu');

/** Whether a phone label starts at `index`: "-Fax:" or "/Mob:" glued after a number is the next
 *  item of a list, not the rest of an identifier. */
export function phoneLabelAt(text: string, index: number): boolean {
  PHONE_AT.lastIndex = index;
  return PHONE_AT.test(text);
}

/** Whether a phone label ends right at `index`, glued to the digits: "Tel030 1234567". */
export function phoneLabelEndsAt(text: string, index: number): boolean {
  return PHONE_ENDING.test(text.slice(Math.max(0, index - 24), index));
}
