/**
 * Three-way merge of free text (call notes, customer notes) edited in two places from one base:
 * what both sides typed ends up in the result, so no word typed in either place disappears.
 *
 * node-diff3 merges the text sentence by sentence (a line break ends a sentence too), then word by
 * word inside the stretches both sides changed. Where both changed the same words, one side is
 * kept when its words already hold every word of the other (a retried save that had landed, a draft
 * sent again after a crash, a sentence one side only carried on); otherwise both versions are kept,
 * the other place's first, then ours. The background applies it to decide what is stored; the card
 * uses it to put what the user typed meanwhile on top of a merged text it received.
 */
import { diff3Merge, type MergeRegion } from 'node-diff3';

const sentences = (text: string): string[] => text.match(/[^.!?\n]*(?:[.!?]+|\n|$)\s*/g)?.filter(Boolean) ?? [];
const wordsAndSpaces = (text: string): string[] => text.match(/\s+|\S+/g) ?? [];
const isSpace = (token: string | undefined): boolean => token !== undefined && /^\s/.test(token);
const wordsOf = (part: readonly string[]): string[] => part.join(' ').split(/\s+/).filter(Boolean);

/**
 * node-diff3's longest-common-subsequence step is quadratic in the tokens it compares: a clash
 * longer than this (two edits far apart in one endless sentence) keeps both versions whole instead
 * of being merged word by word. 4,000 tokens take about 0.1 s on the CI machine.
 */
const MAX_WORD_MERGE_TOKENS = 4000;

/**
 * Whether every word of `inner` appears in `outer`, in the same order; its last word may be the start
 * of one (a draft saved mid-word, "se" of "seats").
 */
function holds(outer: readonly string[], inner: readonly string[]): boolean {
  let i = 0;
  for (const word of outer) {
    const wanted = inner[i];
    if (wanted !== undefined && (word === wanted || (i === inner.length - 1 && word.startsWith(wanted)))) i++;
  }
  return i === inner.length;
}

/** Both sides of a clash; theirs first, with a break between them unless one is already there. */
function keepBoth(theirs: readonly string[], ours: readonly string[]): string[] {
  if (theirs.length === 0 || ours.length === 0 || isSpace(theirs.at(-1)?.at(-1)) || isSpace(ours[0]?.[0])) return [...theirs, ...ours];
  return [...theirs, [...theirs, ...ours].some((t) => t.includes('\n')) ? '\n' : ' ', ...ours];
}

const startsWith = (list: readonly string[], part: readonly string[]) => part.length > 0 && part.every((t, i) => list[i] === t);
const endsWith = (list: readonly string[], part: readonly string[]) => part.length > 0 && part.every((t, i) => list[list.length - part.length + i] === t);

/**
 * Both sides changed the same stretch of the base. A side that kept that stretch and only wrote
 * before or after it (one tab added a sentence while the other was still finishing a word there)
 * is put around the other side's change.
 */
function resolveClash(theirs: readonly string[], base: readonly string[], ours: readonly string[]): string[] {
  const [theirWords, ourWords] = [wordsOf(theirs), wordsOf(ours)];
  if (holds(ourWords, theirWords)) return [...ours];
  if (holds(theirWords, ourWords)) return [...theirs];
  if (startsWith(theirs, base)) return keepBoth(ours, theirs.slice(base.length));
  if (endsWith(theirs, base)) return keepBoth(theirs.slice(0, theirs.length - base.length), ours);
  if (startsWith(ours, base)) return keepBoth(theirs, ours.slice(base.length));
  if (endsWith(ours, base)) return keepBoth(ours.slice(0, ours.length - base.length), theirs);
  return keepBoth(theirs, ours);
}

/** Tokens shared at the start (or, with `fromEnd`, the end) of all three lists. */
function sharedRun(lists: ReadonlyArray<readonly string[]>, fromEnd: boolean): number {
  const shortest = Math.min(...lists.map((l) => l.length));
  const at = (l: readonly string[], n: number) => (fromEnd ? l[l.length - 1 - n] : l[n]);
  let n = 0;
  while (n < shortest && lists.every((l) => at(l, n) === at(lists[0] ?? [], n))) n++;
  return n;
}

/** diff3 over token lists, leaving out what all three share at both ends (most edits touch one spot). */
function mergeTokens(theirs: string[], base: string[], ours: string[], clash: (theirs: string[], base: string[], ours: string[]) => string[]): string {
  const lists = [theirs, base, ours];
  const head = sharedRun(lists, false);
  const tail = Math.min(sharedRun(lists, true), ...lists.map((l) => l.length - head));
  const [a, o, b] = lists.map((l) => l.slice(head, l.length - tail)) as [string[], string[], string[]];
  const regions: Array<MergeRegion<string>> = a.length + o.length + b.length === 0 ? [] : diff3Merge(a, o, b);
  const middle = regions.flatMap((r) => r.ok ?? (r.conflict ? clash(r.conflict.a, r.conflict.o, r.conflict.b) : []));
  return [...theirs.slice(0, head), ...middle, ...theirs.slice(theirs.length - tail)].join('');
}

function mergeWords(theirs: string[], base: string[], ours: string[]): string[] {
  const [t, o, b] = [theirs.join(''), base.join(''), ours.join('')].map(wordsAndSpaces) as [string[], string[], string[]];
  if (t.length + o.length + b.length > MAX_WORD_MERGE_TOKENS) return resolveClash(theirs, base, ours);
  return [mergeTokens(t, o, b, resolveClash)];
}

/**
 * `base` is the text both sides started from, `theirs` what is stored now (saved from elsewhere),
 * `ours` the text being saved.
 */
export function mergeText(base: string, theirs: string, ours: string): string {
  if (theirs === base || theirs === ours) return ours;
  if (ours === base) return theirs;
  return mergeTokens(sentences(theirs), sentences(base), sentences(ours), mergeWords);
}
