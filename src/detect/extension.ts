/**
 * Extensions written after a number: "x123", "ext. 45", ";ext=12", "/x12", "#9", ",,45" are read by
 * libphonenumber-js, which knows those labels; the labels it does not know ("poste", "w.", "内線",
 * "内线", "转", "내선", "تحويلة" …) are listed here. Either way an extension is a label, then 1–6
 * digits that are not part of an amount or a longer number.
 */
import { parsePhoneNumberFromString } from '../shared/phone.ts';
import { BoundedMemo } from './memo.ts';

export interface Extension {
  /** Offset just after the extension (its closing parenthesis included when it opened one). */
  end: number;
  digits: string;
}

/** Extension labels libphonenumber-js does not read, in the languages that write them. */
const OWN_LABELS = [
  'poste', 'durchwahl', 'durchw\\.', 'dw\\.', 'app\\.', 'apt\\.', 'interno', 'ramal', 'extens[ãa]o', 'wew\\.', 'w\\.',
  'toestel', 'tst\\.', 'lokal', 'kl\\.', 'dahili', 'linka', 'klapka', 'mellék', 'anknytning', 'вн\\.', 'внутр\\.',
  'шлюз', '内線', '内线', '分機', '分机', '转', '轉', '내선', 'تحويلة', 'داخلي', 'שלוחה',
];
const OWN_LABEL = new RegExp(`^[,/]?\\s*(?:${OWN_LABELS.join('|')})\\s*[:.]?\\s*$`, 'iu');
/** A lone comma lists the next thing ("212 555 0147, 24 hours"), though libphonenumber-js would
 *  read digits after it as an extension. */
const LIST_COMMA = /^\s*,?\s*$/;

/** Right after the number: spaces, an optional "(", a label of 1–14 characters without digits on
 *  the same line, the digits, and the ")" that closes the "(". */
const SPAN = /\p{Zs}{0,3}(\(\s*)?([^\d\n\r\t]{1,14}?)(\d{1,6})(?!\d|[.,]\d)(\s*\))?/uy;

/** A number libphonenumber-js reads an extension after; only its extension grammar is asked. */
const PROBE = '+12125550147';
const labelVerdicts = new BoundedMemo<boolean>(2_000);

function isExtensionLabel(label: string): boolean {
  if (OWN_LABEL.test(label)) return true;
  if (LIST_COMMA.test(label)) return false;
  return labelVerdicts.get('', label.toLowerCase(), () => parsePhoneNumberFromString(`${PROBE}${label}1`, { extract: false })?.ext === '1');
}

/** The extension right after a number that ends at `end`, if there is one. */
export function extensionAfter(text: string, end: number): Extension | undefined {
  // Most numbers end a line or a cell: no regex for them.
  const next = text.charCodeAt(end);
  if (Number.isNaN(next) || next === 10 || next === 9 || next === 13) return undefined;
  SPAN.lastIndex = end;
  const match = SPAN.exec(text);
  if (!match || !isExtensionLabel(match[2]!)) return undefined;
  // "(ext. 12)" keeps its closing parenthesis; an unopened ")" is left to the sentence.
  const length = match[1] ? match[0].length : match[0].length - (match[4]?.length ?? 0);
  return { end: end + length, digits: match[3]! };
}
