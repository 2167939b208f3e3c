/**
 * Bidirectional control characters can show a number in another order than it is written in:
 * "\u202E0148-637 )212(\u202C" shows as "(212) 736-8410" but its characters, which is what we
 * read and dial, say +1 014-863-7212 (issue 9). A number such characters can reorder is not marked,
 * so Callprep never dials what a page hides behind what it shows. Left-to-right controls, which
 * right-to-left pages put around numbers to keep them in their written order, change nothing.
 *
 * Rules (Unicode Bidirectional Algorithm, UAX #9, explicit levels only; letters are not weighed):
 * - any bidi control between the number's first and last character;
 * - the innermost embedding, override or isolate still open at the number, opened earlier in its
 *   paragraph, is right-to-left (RLE, RLO, RLI) or takes its direction from its text (FSI);
 * - a right-to-left mark (RLM, ALM) before the number with no letter or digit between.
 */
const CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Paragraph separators (bidi class B): an explicit context never reaches past one. */
const PARAGRAPH_END = /[\n\r\u001C-\u001E\u0085\u2029]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const OPENS: Record<string, { rtl: boolean; isolate: boolean }> = {
  '\u202A': { rtl: false, isolate: false }, // LRE
  '\u202D': { rtl: false, isolate: false }, // LRO
  '\u202B': { rtl: true, isolate: false }, // RLE
  '\u202E': { rtl: true, isolate: false }, // RLO
  '\u2066': { rtl: false, isolate: true }, // LRI
  '\u2067': { rtl: true, isolate: true }, // RLI
  '\u2068': { rtl: true, isolate: true }, // FSI: its direction depends on text we do not weigh
};
const POP_FORMATTING = '\u202C'; // PDF
const POP_ISOLATE = '\u2069'; // PDI
const RTL_MARK = /[\u200F\u061C]/;
const LTR_MARK = '\u200E';

type OpenContext = ReadonlyArray<{ rtl: boolean; isolate: boolean }>;

/** The explicit contexts open after reading `char` on top of `open` (a new array when it changes). */
function step(open: OpenContext, char: string): OpenContext {
  if (PARAGRAPH_END.test(char)) return open.length ? [] : open;
  const opened = OPENS[char];
  if (opened) return [...open, opened];
  // PDF closes the last embedding or override, but never one outside an isolate still open.
  if (char === POP_FORMATTING) return open.length && !open[open.length - 1]!.isolate ? open.slice(0, -1) : open;
  if (char === POP_ISOLATE) {
    const last = open.map((o) => o.isolate).lastIndexOf(true);
    return last < 0 ? open : open.slice(0, last);
  }
  return open;
}

function markRightBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const char = text[i]!;
    if (RTL_MARK.test(char)) return true;
    if (char === LTR_MARK || LETTER_OR_DIGIT.test(char) || PARAGRAPH_END.test(char)) return false;
  }
  return false;
}

/**
 * Judges the matches of one text, in order of their start: the explicit contexts are read once,
 * left to right, however many numbers the text holds. Undefined when the text has no bidi control.
 */
export function bidiReorderCheck(text: string): ((start: number, end: number) => boolean) | undefined {
  if (!CONTROL.test(text)) return undefined;
  let read = 0;
  let open: OpenContext = [];
  return (start, end) => {
    // A start before what was read (not expected: matches come in order) reads the text again.
    if (start < read) [read, open] = [0, []];
    for (; read < start; read++) open = step(open, text[read]!);
    if (CONTROL.test(text.slice(start, end))) return true;
    if (open[open.length - 1]?.rtl) return true;
    return markRightBefore(text, start);
  };
}
