/**
 * The cheap first pass: digit runs joined by separators, found with one regex over the text.
 * A candidate finder, not phone metadata: whether a run is a number is decided later.
 */
import { foldText, needsFolding } from './fold.ts';
import { CLASS_FLAGS, DIGIT, JOINER, MIN_DIGITS } from './precheck.ts';

export interface Candidate {
  start: number;
  end: number;
  /** The digits only (ASCII), without "+" or a leading international prefix interpretation. */
  digits: string;
  /** Written with a leading "+". */
  international: boolean;
  /** Where the label of the value it belongs to is read, when not at its start: the tail of a run
   *  ("Billetnummer 4411 8273 3012" → "8273 3012") is still that run's value. */
  labelAt?: number;
}

/** "+49 (0)30 1234-56", "(212) 555-0123", "01.23.45.67.89", "０３－１２３４－５６７８": a run starts
 *  at a digit and ends at one. Runs of MIN_DIGITS or more are matched in full; shorter ones (years,
 *  amounts) only as a failed attempt, which keeps the scan of long prose cheap. */
const RUN = new RegExp(`${DIGIT}(?:${JOINER}${DIGIT}){${MIN_DIGITS - 1},}`, `g${CLASS_FLAGS}`);
/** What may open a run before its first digit: "+49", "+ 49", "(+49)", "(030)". Checked by hand
 *  behind each match rather than in RUN, whose scan of long prose is cheaper starting on a digit. */
const OPENING = /(?:\+[\s(]{0,2}|\(\+?)$/;
/** How far around a run characters are looked at to decide whether it must be read folded: its
 *  opening ("＋", "（") before it, an extension ("　内線２１４") after it. */
const FOLD_BEFORE = 4;
const FOLD_AFTER = 12;

/** Separators that usually sit between two numbers rather than inside one: "030 123 / 0171 456",
 *  "2019 – 2024", wide gaps. */
const STRONG_SEPARATOR = /\/|\u2013|\s-|-\s|\s{2,}/;
/** Whether the run has a character every strong separator has ("/", "–", a space): runs without
 *  one (most IDs and dates) are not cut, and not even copied. */
function mayBeCut(text: string, run: Candidate): boolean {
  for (let index = run.start; index < run.end; index++) {
    const code = text.charCodeAt(index);
    if (code === 47 || code === 0x2013 || code === 32 || SPACE.test(text[index]!)) return true;
  }
  return false;
}
const DIGIT_GROUP = /\d+/g;
const SPACE = /\s/;

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

/** Where the run whose first digit is at `first` starts: at its "+" or "(" if it has one. A "+" right
 *  after another ("+++118/4471/22093+++", a Belgian payment reference) is no international prefix,
 *  and a "(" with no ")" in the run wraps the number rather than its area code: "(1-844-665-3257)". */
function runStart(text: string, first: number, end: number): number {
  const before = text[first - 1] ?? '';
  if (before !== '+' && before !== '(' && !SPACE.test(before)) return first;
  const opening = OPENING.exec(text.slice(Math.max(0, first - 4), first))?.[0] ?? '';
  let start = first - opening.length;
  if (text[start - 1] === '+') return first;
  if (text[start] === '(' && !text.slice(first, end).includes(')')) start++;
  return start;
}

/**
 * Calls `visit` with every digit run in the text that has enough digits to be a number, and the
 * text to read it in: the text itself, or its folded form (fold.ts) once any run needs it.
 */
export function digitRuns(text: string, visit: (run: Candidate, readable: string) => void): void {
  // One shared regex (no per-call construction: the content script calls this per text node);
  // `visit` never scans runs itself, so the loop is not re-entered.
  const run = RUN;
  run.lastIndex = 0;
  let folded: string | undefined;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const end = match.index + match[0].length;
    if (folded === undefined && needsFolding(text, match.index - FOLD_BEFORE, end + FOLD_AFTER)) folded = foldText(text);
    const readable = folded ?? text;
    const candidate = toCandidate(readable, runStart(readable, match.index, end), end);
    if (candidate) visit(candidate, readable);
  }
}

/** The run cut at its strong separators, each piece a candidate of its own (tried when the whole
 *  run is not a number); empty when the run has no strong separator. */
export function piecesOf(text: string, run: Candidate): Candidate[] {
  const pieces: Candidate[] = [];
  if (!mayBeCut(text, run)) return pieces;
  const raw = text.slice(run.start, run.end);
  let pieceStart = -1;
  let previousEnd = -1;
  let cut = false;
  DIGIT_GROUP.lastIndex = 0;
  for (let group = DIGIT_GROUP.exec(raw); group; group = DIGIT_GROUP.exec(raw)) {
    const between = previousEnd < 0 ? '' : raw.slice(previousEnd, group.index);
    if (pieceStart < 0) pieceStart = group.index;
    else if (STRONG_SEPARATOR.test(between)) {
      pushPiece(text, run.start + pieceStart, run.start + previousEnd, pieces);
      pieceStart = between.endsWith('+') ? group.index - 1 : group.index;
      cut = true;
    }
    previousEnd = group.index + group[0].length;
  }
  if (cut) pushPiece(text, run.start + pieceStart, run.start + previousEnd, pieces);
  return pieces;
}

function pushPiece(text: string, start: number, end: number, pieces: Candidate[]): void {
  // Keep a "+" or "(" that opens the piece: "(030) 123456 / (0171) 765432".
  while (start > 0 && /[+(]/.test(text[start - 1] ?? '') && !/\d/.test(text[start - 2] ?? '')) start--;
  const candidate = toCandidate(text, start, end);
  if (candidate) pieces.push(candidate);
}

/** The run without its first space-separated group: "18001 0345 600 4471" (a relay prefix),
 *  "15.03.2024 030 1234567" (a date), "PO Box 4471 0345 …" (tried when the whole run is no number). */
export function afterFirstGroup(text: string, run: Candidate): Candidate | undefined {
  let index = run.start;
  while (index < run.end && !SPACE.test(text[index]!)) index++;
  while (index < run.end && !/[\d+(]/.test(text[index]!)) index++;
  const tail = index < run.end ? toCandidate(text, index, run.end) : undefined;
  if (tail) tail.labelAt = run.labelAt ?? run.start;
  return tail;
}
