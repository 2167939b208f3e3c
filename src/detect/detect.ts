/**
 * Phone numbers in plain text: the pure detector shared by the content script and `npm run detect`.
 * A cheap regex finds digit runs (in any script, with any dash or space: read folded, see fold.ts);
 * each run's surroundings, label and shape are judged, and only the survivors are parsed and
 * validated by libphonenumber-js (memoized per digits + region).
 */
import { bidiReorderCheck } from './bidi.ts';
import { afterFirstGroup, digitRuns, piecesOf, type Candidate } from './candidates.ts';
import { extensionAfter } from './extension.ts';
import { labelBefore } from './labels.ts';
import { BoundedMemo } from './memo.ts';
import { mayContainPhoneNumber } from './precheck.ts';
import { judgeShape } from './shapes.ts';
import { hasHashBefore, isPartOfSomethingElse } from './surroundings.ts';
import { checkNumber, knownRegion, type CheckedNumber } from './check-number.ts';
import type { PhoneMatch } from '../shared/phone.ts';

export type { PhoneMatch };

export interface DetectOptions {
  /** Default region for numbers written in national format ("US", "de"); unknown ones are ignored. */
  region?: string;
}

const checked = new BoundedMemo<CheckedNumber | undefined>(20_000);
/** Memo key prefix per region, so the digits (a flat string already) need no concatenation. */
const INTERNATIONAL = '+';

/** Forget memoized results (benchmarks measure a cold start; a page's text is otherwise served warm). */
export function clearDetectionCache(): void {
  checked.clear();
}

function check(candidate: Candidate, region: string | undefined): CheckedNumber | undefined {
  const scope = candidate.international ? INTERNATIONAL : (region ?? '');
  return checked.get(scope, candidate.digits, () => {
    const number = checkNumber(candidate.digits, candidate.international, region);
    // "0044 20 7946 0958" on a US page: 00 is the international prefix of most of the world, so a
    // number that is valid after it is read that way even where the region dials 011.
    if (number?.valid || candidate.international || !candidate.digits.startsWith('00')) return number;
    const abroad = checkNumber(candidate.digits.slice(2), true, undefined);
    return abroad?.valid ? abroad : number;
  });
}

/** A match, or why not:
 * - "other": something else as a whole (a date range, a card number): nothing in it is looked at;
 * - "taken": claimed by a label or glued to an identifier, though a strong separator may end that
 *   value ("V94 R2F3 – 061 418 227");
 * - "refused": digits of a possible number that is not accepted here (invalid, or written without
 *   the national prefix its country requires); its pieces may be numbers;
 * - "invalid": digits that are no number at all; its pieces or its tail may be. */
type Verdict = PhoneMatch | 'other' | 'taken' | 'refused' | 'invalid';

/** A number of this many digits or fewer, written without "+", is a phone number only with a phone
 *  label: bare, it is more often a PO box, a booking reference, a postcode or a train number. */
const SHORT_DIGITS = 7;
/** What may join two numbers of one list: "+971 4 234 5678 or 800 4663", "…, 800 4663". */
const LIST_GAP = /^[^\d\n\r\t]{1,6}$/;

function listedAfter(text: string, start: number, previous: PhoneMatch | undefined): boolean {
  return previous !== undefined && previous.end < start && LIST_GAP.test(text.slice(previous.end, start));
}

/** The tail of a run ("18001 0345 600 4471") is a number of its own only when it is valid and
 *  written as one: with a prefix or an area code in brackets, not as the last groups of a longer
 *  ID ("4411 8273 3012"); a label read before the run does not make it one. */
function standsAlone(text: string, tail: Candidate, number: CheckedNumber): boolean {
  return number.valid && (!number.bare || text[tail.start] === '(');
}

function judge(text: string, candidate: Candidate, region: string | undefined, found: PhoneMatch[]): Verdict {
  // Cheapest tests first: prose has amounts and tables have a date and an invoice ID per number.
  const extension = extensionAfter(text, candidate.end);
  const end = extension?.end ?? candidate.end;
  if (isPartOfSomethingElse(text, candidate.start, end)) return 'taken';
  // The shape of what is inside brackets: "(1-844-665-3257)".
  const opened = text[candidate.start] === '(' ? 1 : 0;
  const closed = text[candidate.end - 1] === ')' ? 1 : 0;
  const shape = judgeShape(text.slice(candidate.start + opened, candidate.end - closed), candidate.digits);
  if (shape === 'hard') return 'other';
  const number = check(candidate, region);
  if (!number?.plausible) return 'invalid';
  const labelAt = candidate.labelAt ?? candidate.start;
  const label = labelBefore(text, labelAt);
  if (label === 'other') return 'taken';
  const labelled = label === 'phone';
  if (shape === 'soft' && !labelled) return 'other';
  if (!labelled && hasHashBefore(text, labelAt)) return 'taken';
  const short = !candidate.international && candidate.digits.length <= SHORT_DIGITS;
  if (short && !labelled && !listedAfter(text, candidate.start, found.at(-1))) return 'taken';
  // Written without the national prefix its country requires ("(212) 736-8410" on a German page is
  // not 0212 …): a label does not make it a number of that country.
  const accepted = !number.prefixMissing && (number.valid || labelled) && (candidate.labelAt === undefined || standsAlone(text, candidate, number));
  if (!accepted) return 'refused';
  const match: PhoneMatch = { start: candidate.start, end, raw: text.slice(candidate.start, end), e164: number.e164 };
  if (extension) match.ext = extension.digits;
  return match;
}

/** Records a match; says whether the candidate's tail may still be a number. */
function record(verdict: Verdict, found: PhoneMatch[]): boolean {
  if (typeof verdict !== 'string') found.push(verdict);
  return verdict === 'invalid';
}

/** The candidate, or when its digits are no number at all, what follows its first group: "18001
 *  0345 600 4471" (a relay prefix), "15.03.2024 030 1234567", "NY 10017 (212) 555-0147". */
function judgeWithTail(text: string, candidate: Candidate, verdict: Verdict, region: string | undefined, found: PhoneMatch[]): void {
  if (!record(verdict, found)) return;
  const tail = afterFirstGroup(text, candidate);
  if (tail) record(judge(text, tail, region, found), found);
}

/** The run, or when it is no number as a whole, its pieces between strong separators ("030 1234567 /
 *  0171 7654321"), or its tail. */
function judgeRun(text: string, run: Candidate, region: string | undefined, found: PhoneMatch[]): void {
  const whole = judge(text, run, region, found);
  if (typeof whole !== 'string' || whole === 'other') {
    record(whole, found);
    return;
  }
  const pieces = piecesOf(text, run);
  for (const piece of pieces) judgeWithTail(text, piece, judge(text, piece, region, found), region, found);
  if (pieces.length === 0) judgeWithTail(text, run, whole, region, found);
}

export function detectPhoneNumbers(text: string, options: DetectOptions = {}): PhoneMatch[] {
  if (!mayContainPhoneNumber(text)) return [];
  const region = knownRegion(options.region);
  const found: PhoneMatch[] = [];
  let folded = false;
  digitRuns(text, (run, readable) => {
    folded ||= readable !== text;
    judgeRun(readable, run, region, found);
  });
  // Judged in the folded text when the page needed it (fold.ts); the raw text is the page's own.
  if (folded) for (const match of found) match.raw = text.slice(match.start, match.end);
  // Shown in another order than written (bidi controls): we would dial what the page hides.
  const reordered = bidiReorderCheck(text);
  return reordered ? found.filter((match) => !reordered(match.start, match.end)) : found;
}
