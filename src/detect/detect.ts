/**
 * Phone numbers in plain text: the pure detector shared by the content script and `npm run detect`.
 * A cheap regex finds digit runs; each run's surroundings, label and shape are judged, and only the
 * survivors are parsed and validated by libphonenumber-js (memoized per digits + region).
 */
import { bidiReorderCheck } from './bidi.ts';
import { digitRuns, piecesOf, toCandidate, type Candidate } from './candidates.ts';
import { extensionAfter } from './extension.ts';
import { labelBefore } from './labels.ts';
import { BoundedMemo } from './memo.ts';
import { mayContainPhoneNumber } from './precheck.ts';
import { judgeShape, leadingDate } from './shapes.ts';
import { hasHashBefore, isPartOfSomethingElse } from './surroundings.ts';
import { checkNumber, knownRegion, type CheckedNumber } from './check-number.ts';

export interface PhoneMatch {
  start: number;
  end: number;
  raw: string;
  e164: string;
  ext?: string;
}

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

/** A match, or why not: "other" runs are something else whole (a date range, an IBAN, an order
 *  number), "invalid" ones may still hold numbers in their pieces. */
type Verdict = PhoneMatch | 'other' | 'invalid';

function judge(text: string, candidate: Candidate, region: string | undefined): Verdict {
  // Cheapest tests first: prose has amounts and tables have a date and an invoice ID per number.
  const extension = extensionAfter(text, candidate.end);
  const end = extension?.end ?? candidate.end;
  if (isPartOfSomethingElse(text, candidate.start, end)) return 'other';
  const raw = text.slice(candidate.start, candidate.end);
  const shape = judgeShape(raw.startsWith('(') || raw.endsWith(')') ? raw.replace(/^\(|\)$/g, '') : raw, candidate.digits);
  if (shape === 'hard') return 'other';
  const number = check(candidate, region);
  if (!number?.plausible) return 'invalid';
  const label = labelBefore(text, candidate.start);
  if (label === 'other') return 'other';
  const labelled = label === 'phone';
  if (shape === 'soft' && !labelled) return 'other';
  if (!labelled && hasHashBefore(text, candidate.start)) return 'other';
  // Written without the national prefix its country requires ("(212) 736-8410" on a German page is
  // not 0212 …): a label does not make it a number of that country.
  const accepted = !number.prefixMissing && (labelled || number.valid);
  if (!accepted) return 'invalid';
  const match: PhoneMatch = { start: candidate.start, end, raw: text.slice(candidate.start, end), e164: number.e164 };
  if (extension) match.ext = extension.digits;
  return match;
}

function pushMatch(verdict: Verdict, found: PhoneMatch[]): boolean {
  if (typeof verdict === 'string') return false;
  found.push(verdict);
  return true;
}

/** The run, or when it is no number as a whole, its pieces: "15.03.2024 030 1234567",
 *  "030 1234567 / 0171 7654321". */
function judgeRun(text: string, run: Candidate, region: string | undefined, found: PhoneMatch[]): void {
  const whole = judge(text, run, region);
  if (whole !== 'invalid') {
    pushMatch(whole, found);
    return;
  }
  const dateLength = leadingDate(text.slice(run.start, run.end));
  const afterDate = dateLength > 0 ? toCandidate(text, run.start + dateLength, run.end) : undefined;
  if (afterDate && pushMatch(judge(text, afterDate, region), found)) return;
  for (const piece of piecesOf(text, afterDate ?? run)) pushMatch(judge(text, piece, region), found);
}

export function detectPhoneNumbers(text: string, options: DetectOptions = {}): PhoneMatch[] {
  if (!mayContainPhoneNumber(text)) return [];
  const region = knownRegion(options.region);
  const found: PhoneMatch[] = [];
  digitRuns(text, (run) => judgeRun(text, run, region, found));
  // Shown in another order than written (bidi controls): we would dial what the page hides.
  const reordered = bidiReorderCheck(text);
  return reordered ? found.filter((match) => !reordered(match.start, match.end)) : found;
}
