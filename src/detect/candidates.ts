/**
 * The cheap first pass: digit runs joined by separators, found with one regex over the text.
 * A candidate finder, not phone metadata: whether a run is a number is decided later.
 */
import { MAX_SEPARATOR_RUN, MIN_DIGITS, SEPARATOR_CLASS } from './precheck.ts';

export interface Candidate {
  start: number;
  end: number;
  /** The digits only, without "+" or a leading international prefix interpretation. */
  digits: string;
  /** Written with a leading "+". */
  international: boolean;
}

/** "+49 (0)30 1234-56", "(212) 555-0123", "01.23.45.67.89": a run starts at "+", "(" or a digit
 *  and ends at a digit. */
const JOINED_DIGIT = `(?:${SEPARATOR_CLASS}{0,${MAX_SEPARATOR_RUN}}\\d)`;
/** Runs of MIN_DIGITS or more are matched in full; shorter ones (years, amounts) only as a failed
 *  attempt, which keeps the scan of long prose cheap. */
const RUN = new RegExp(`\\d${JOINED_DIGIT}{${MIN_DIGITS - 1},}`, 'g');
/** What may open a run before its first digit: "+49", "+ 49", "(+49)", "(030)". Checked by hand
 *  behind each match rather than in RUN, whose scan of long prose is cheaper starting on a digit. */
const OPENING = /(?:\+[ \u00A0(]{0,2}|\(\+?)$/;

/** Separators that usually sit between two numbers rather than inside one: "030 123 / 0171 456",
 *  "2019 – 2024", wide gaps. */
const STRONG_SEPARATOR = /\/|\u2013|\s-|-\s|\s{2,}/;
const DIGIT_GROUP = /\d+/g;

export function toCandidate(text: string, start: number, end: number): Candidate | undefined {
  let digits = '';
  let international = false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) digits += text[index];
    else if (code === 43 && digits === '') international = true;
  }
  if (digits.length < MIN_DIGITS) return undefined;
  return { start, end, digits, international };
}

/** Calls `visit` with every digit run in the text that has enough digits to be a number. */
export function digitRuns(text: string, visit: (run: Candidate) => void): void {
  // One shared regex (no per-call construction: the content script calls this per text node);
  // `visit` never scans runs itself, so the loop is not re-entered.
  const run = RUN;
  run.lastIndex = 0;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    let start = match.index;
    const before = text.charCodeAt(start - 1);
    // 43 "+", 40 "(", 32 space, 160 no-break space: only then can an opening stand before the digit.
    if (before === 43 || before === 40 || before === 32 || before === 160) {
      start -= OPENING.exec(text.slice(Math.max(0, start - 4), start))?.[0].length ?? 0;
    }
    const candidate = toCandidate(text, start, match.index + match[0].length);
    if (candidate) visit(candidate);
  }
}

/** The run cut at its strong separators, each piece a candidate of its own (tried when the whole
 *  run is not a number). */
export function piecesOf(text: string, run: Candidate): Candidate[] {
  const pieces: Candidate[] = [];
  const raw = text.slice(run.start, run.end);
  let pieceStart = -1;
  let previousEnd = -1;
  DIGIT_GROUP.lastIndex = 0;
  for (let group = DIGIT_GROUP.exec(raw); group; group = DIGIT_GROUP.exec(raw)) {
    const between = previousEnd < 0 ? '' : raw.slice(previousEnd, group.index);
    if (pieceStart < 0) pieceStart = group.index;
    else if (STRONG_SEPARATOR.test(between)) {
      pushPiece(text, run.start + pieceStart, run.start + previousEnd, pieces);
      pieceStart = between.endsWith('+') ? group.index - 1 : group.index;
    }
    previousEnd = group.index + group[0].length;
  }
  if (pieceStart >= 0 && pieces.length > 0) pushPiece(text, run.start + pieceStart, run.start + previousEnd, pieces);
  return pieces;
}

function pushPiece(text: string, start: number, end: number, pieces: Candidate[]): void {
  // Keep a "+" or "(" that opens the piece: "(030) 123456 / (0171) 765432".
  while (start > 0 && /[+(]/.test(text[start - 1] ?? '') && !/\d/.test(text[start - 2] ?? '')) start--;
  const candidate = toCandidate(text, start, end);
  if (candidate) pieces.push(candidate);
}
