/**
 * Detection on another core. On a big page the scanner hands what it reads to the background in
 * batches while it goes on reading, and marks the answers after reading (scanner.ts): the page's main
 * thread then reads and marks, and libphonenumber-js's parsing (half the main thread's work on the
 * 10,000-row table, and most of what it allocated) runs in the extension's own process.
 *
 * Entries that cannot go (a call link, a group read with its members, text over the size limit) and
 * every batch the background does not answer are detected here, as before. Page text goes out and
 * positions come back: nothing about customers is in either.
 */
import type { PhoneMatch } from '../detect/detect.ts';
import type { TextsFound } from '../shared/protocol/detect.ts';
import { MAX_TEXT_LENGTH, MAX_TEXTS_PER_BATCH } from '../shared/protocol/detect-limits.ts';
import { isText, type Pending } from './pending-units.ts';
import { askBackground, NoAnswerError } from './runtime.ts';

/** A batch holds this many entries (the last of a round may hold fewer), and a round of fewer is
 *  detected here: each request costs the page's main thread about half a millisecond to send and take
 *  back (batches of 200 cost the 10,000-row table 90 ms of it under the profiler, Chromium 156). */
export const BATCH_SIZE = 1000;

/**
 * Batches a page has sent and not had answered yet, at most. The background answers requests in
 * order, so a card's lookup waits for those queued before it: with a big page's forty batches sent at
 * once, a card opened on it while it was read took up to 0.9 s instead of 0.3 s. Two keep the
 * background busy (one detected, one waiting) and the wait to two batches (tens of milliseconds).
 */
export const MAX_IN_FLIGHT = 2;

/** Long enough for a worker that is starting; after it, the batch is detected here. */
const ANSWER_TIMEOUT_MS = 10_000;

/** What the detector reads for `entry` (the text before it, then its own), or null when it is detected here. */
export function sendableText(entry: Pending): string | null {
  if (!isText(entry) && (entry.link || entry.members.length)) return null;
  const text = isText(entry) ? entry.data : entry.before + entry.rendered.text;
  return text.length <= MAX_TEXT_LENGTH ? text : null;
}

/** A batch sent: its entries in reading order, the texts sent for them, and the answer to come. */
export class SentBatch {
  /** Entries handled so far (marking may stop for a view pass and go on later). */
  next = 0;
  /** True once the background answered (or did not, and the batch is detected here). */
  settled = false;
  /** Per entry, the numbers found in its text (holes: none); null when detected here instead. */
  readonly answer: Promise<Array<PhoneMatch[] | undefined> | null>;

  constructor(
    readonly entries: readonly Pending[],
    readonly texts: ReadonlyArray<string | null>,
    region: string | undefined,
    onRefused: (error: Error) => void,
  ) {
    // Entries detected here go as empty text, so that the answer's indexes are the entries'.
    const sent = texts.map((text) => text ?? '');
    this.answer = askBackground('detect/texts', { texts: sent, region }, ANSWER_TIMEOUT_MS).then(byIndex, (error: unknown) => {
      // No answer: the extension is being reloaded or the worker did not start in time. A refusal is a
      // bug (both sides share detect-limits.ts) and is reported. Either way the batch is detected here.
      if (!(error instanceof NoAnswerError)) onRefused(error instanceof Error ? error : new Error(String(error)));
      return null;
    });
    void this.answer.then(() => (this.settled = true));
  }
}

const byIndex = (found: TextsFound): Array<PhoneMatch[] | undefined> => {
  const matches: Array<PhoneMatch[] | undefined> = [];
  for (const [index, numbers] of found) matches[index] = numbers;
  return matches;
};

/** Sends `entries` (at most MAX_TEXTS_PER_BATCH, which the background accepts) to be detected there. */
export function sendBatch(entries: readonly Pending[], region: string | undefined, onRefused: (error: Error) => void): SentBatch {
  if (entries.length > MAX_TEXTS_PER_BATCH) throw new RangeError(`a batch of ${entries.length} texts is over the ${MAX_TEXTS_PER_BATCH} the background accepts`);
  return new SentBatch(entries, entries.map(sendableText), region, onRefused);
}
