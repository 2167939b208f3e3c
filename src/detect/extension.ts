/** Extensions written after a number: "x123", "ext. 45", "#9", "poste 12", "Durchwahl 12". */

export interface Extension {
  /** Offset just after the extension digits. */
  end: number;
  digits: string;
}

const EXTENSION = new RegExp(
  String.raw`^[ \u00A0\u202F\u2009]*,?[ \u00A0\u202F\u2009]*(?:\(\s*)?` +
    String.raw`(?:ext(?:ension|n)?\.?|x\.?|#|poste|durchwahl|durchw\.|dw\.|app\.|apt\.|int\.|interno|anexo|ramal|доб\.?|wew\.|toestel|lokal|kl\.|dahili|内線)` +
    String.raw`[ \u00A0\u202F\u2009]*[:.]?[ \u00A0\u202F\u2009]*(\d{1,6})(?![\d.,]\d)(\s*\))?`,
  'iu',
);

/** The extension right after a number that ends at `end`, if there is one. */
/** Characters an extension word or sign can start with: a cheap test before the regex. */
const MAY_START = /[,(xe#pdairдwtlk内]/i;
const SPACE = /[ \u00A0\u202F\u2009]/;

export function extensionAfter(text: string, end: number): Extension | undefined {
  let first = end;
  while (first < end + 4 && SPACE.test(text[first] ?? '')) first++;
  if (!MAY_START.test(text[first] ?? '')) return undefined;
  const match = EXTENSION.exec(text.slice(end, end + 40));
  if (!match || !match[1]) return undefined;
  // "(ext. 12)" keeps its closing parenthesis; an unopened ")" is left to the sentence.
  const opened = match[0].includes('(');
  const length = opened && match[2] ? match[0].length : match[0].length - (match[2]?.length ?? 0);
  return { end: end + length, digits: match[1] };
}
