import * as v from 'valibot';
import type { PhoneMatch } from '../phone.ts';
import { MAX_TEXT_LENGTH, MAX_TEXTS_PER_BATCH } from './detect-limits.ts';
import { listOf, text } from '../records/fields.ts';
import { answer, message } from './define.ts';

/** The numbers in `texts[index]`, for the texts that hold any (most hold none). */
export type TextsFound = Array<[index: number, matches: PhoneMatch[]]>;

/** A region code as the page's config gives it ("US"), or none: detect.ts ignores one it does not know. */
const region = v.optional(text(8));

export const detectMessages = {
  /**
   * A content script hands the text it read on a big page to the background, which detects in it on
   * a core of its own while the page's main thread goes on reading (src/content/remote-detect.ts).
   * Page text in, positions and numbers out: nothing about customers is in either.
   */
  'detect/texts': message('content', v.object({ texts: listOf(text(MAX_TEXT_LENGTH), MAX_TEXTS_PER_BATCH), region }), answer<TextsFound>()),
};
