/**
 * The schema for CardParams when they cross contexts: a frame asking the background to open the card
 * in its tab's top frame, and the background's push to that top frame. Only what the card page needs
 * travels (a number and page text, never customer data), and each field is bounded so a hostile page
 * cannot push an oversized or odd value through the background into another frame.
 */
import * as v from 'valibot';
import { e164 } from '../records/fields.ts';
import { CARD_PARAM_LIMITS, CONTROL, EXT_DIGITS } from './card-params-check.ts';

const pageText = (max: number) => {
  const size = `must be text of 1 to ${max} characters`;
  return v.pipe(
    v.string(size),
    v.minLength(1, size),
    v.maxLength(max, size),
    v.check((text) => !CONTROL.test(text), 'must not contain control characters'),
  );
};

/** Unlike a record, an unknown key is refused, not dropped. */
export const CardParamsSchema = v.strictObject(
  {
    /** E.164 number that was clicked. */
    e164,
    /** The text as the page shows it, e.g. "(212) 736-8410". */
    raw: pageText(CARD_PARAM_LIMITS.raw),
    /** Extension digits as the detector reads them: 1 to 6 digits. */
    ext: v.optional(v.pipe(v.string('must be 1 to 6 digits'), v.regex(EXT_DIGITS, 'must be 1 to 6 digits'))),
    /** The page's title (where the number was found); never used as the customer's name or company. */
    pageTitle: v.optional(pageText(CARD_PARAM_LIMITS.pageTitle)),
    /** The name and the company shown with this very number (its row, card or signature), to prefill "create customer". */
    nearbyName: v.optional(pageText(CARD_PARAM_LIMITS.nearbyName)),
    nearbyCompany: v.optional(pageText(CARD_PARAM_LIMITS.nearbyCompany)),
  },
  'is not a card parameter',
);

export type CardParams = v.InferOutput<typeof CardParamsSchema>;
