import { describe, expect, it } from 'vitest';
import { mergeText } from '../../src/shared/text-merge.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean);
/** Every word a side typed (one not in the base) is in the merged text, whole or as the start of the word it became. */
const keepsTyped = (merged: string, base: string, side: string) =>
  words(side)
    .filter((w) => !words(base).includes(w))
    .every((w) => words(merged).some((m) => m.startsWith(w)));

describe('mergeText(base, theirs, ours)', () => {
  it.each([
    ['two tabs typing into empty notes', '', 'Alpha from tab one.', 'Bravo from tab two.', 'Alpha from tab one. Bravo from tab two.'],
    ['both adding a sentence at the end', 'Refund confirmed.', 'Refund confirmed. Wants 45 seats.', 'Refund confirmed. Budget approved.', 'Refund confirmed. Wants 45 seats. Budget approved.'],
    ['both adding after a label', 'Notes:', 'Notes: Alpha', 'Notes: Bravo', 'Notes: Alpha Bravo'],
    ['edits in different places of one sentence', 'Call on Tuesday about the quote.', 'Call on Wednesday about the quote.', 'Call on Tuesday about the new quote.', 'Call on Wednesday about the new quote.'],
    ['edits on different lines', 'a\nb\nc', 'a\nB\nc', 'a\nb\nC', 'a\nB\nC'],
    ['the same word changed two ways: both kept', 'Price is 100', 'Price is 120', 'Price is 150', 'Price is 120 150'],
    ['a retried save that had already landed', 'N', 'N Wants a quote.', 'N Wants a quote.', 'N Wants a quote.'],
    ['a draft sent again, then the longer text it grew into', 'N', 'N Wants a', 'N Wants a quote.', 'N Wants a quote.'],
    ['a sentence added while the other tab was still finishing a word', 'Bravo f', 'Bravo f Alpha from tab one.', 'Bravo from tab two.', 'Bravo from tab two. Alpha from tab one.'],
    ['a draft cut mid-word, sent again after the full text was saved', '', 'Callback on Friday about 45 seats.', 'Callback on Friday about 45 se', 'Callback on Friday about 45 seats.'],
    ['only theirs changed', 'Hello', 'Hello world', 'Hello', 'Hello world'],
    ['only ours changed', 'Hello', 'Hello', 'Hello there', 'Hello there'],
    ['ours deleted a word nobody else touched', 'one two three. Four.', 'one two three. Four. Five.', 'one three. Four.', 'one three. Four. Five.'],
    ['multi-line clash keeps a line break between versions', 'Start', 'Start\nfrom tab one', 'Start\nfrom tab two', 'Start\nfrom tab one\nfrom tab two'],
  ])('%s', (_case, base, theirs, ours, merged) => {
    const result = mergeText(base, theirs, ours);
    expect(result).toBe(merged);
    expect(keepsTyped(result, base, theirs) && keepsTyped(result, base, ours)).toBe(true);
  });

  it('keeps both whole texts when two edits far apart land in one endless sentence (too long to merge word by word)', () => {
    const base = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const merged = mergeText(base, `Start ${base}`, `${base} end`);
    expect(merged.startsWith(`Start ${base}`)).toBe(true);
    expect(merged.endsWith(`${base} end`)).toBe(true);
  });

  it('merges long notes with sentences quickly enough to answer a keystroke save', () => {
    const sentences = Array.from({ length: 600 }, (_, i) => `Sentence ${i} about the renewal and invoice ${i % 37}.`);
    const base = sentences.join(' ');
    const theirs = `Intro. ${base}`;
    const ours = sentences.map((s, i) => (i === 300 ? `${s} Inserted here.` : s)).join(' ') + ' Outro.';
    const merged = mergeText(base, theirs, ours);
    expect(merged).toBe(`Intro. ${sentences.map((s, i) => (i === 300 ? `${s} Inserted here.` : s)).join(' ')} Outro.`);
  });
});
