/**
 * The schema for CardParams when they cross contexts: a frame asking the background to open the card
 * in its tab's top frame, and the background's push to that top frame. Only what the card page needs
 * travels (a number and page text, never customer data), and each field is bounded so a hostile page
 * cannot push an oversized or odd value through the background into another frame.
 */
import * as v from 'valibot';
import { e164 } from '../records/fields.ts';

/** The card URL keeps at most 300 characters of any value (cardParamsToQuery); a sender clips to these. */
export const CARD_PARAM_LIMITS = { raw: 100, ext: 6, pageTitle: 300, nearbyName: 80 } as const;

// Line breaks and tabs are allowed: a number wrapped over two source lines keeps them in `raw`.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

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
    ext: v.optional(v.pipe(v.string('must be 1 to 6 digits'), v.regex(/^\d{1,6}$/, 'must be 1 to 6 digits'))),
    /** The page's title and a name shown next to the number, to prefill "create customer". */
    pageTitle: v.optional(pageText(CARD_PARAM_LIMITS.pageTitle)),
    nearbyName: v.optional(pageText(CARD_PARAM_LIMITS.nearbyName)),
  },
  'is not a card parameter',
);

export type CardParams = v.InferOutput<typeof CardParamsSchema>;

/** The same params clipped to the limits above, as a sender prepares them (a page title can be long). */
export function clipCardParams(params: CardParams): CardParams {
  const clip = (value: string | undefined, max: number) => value?.replace(CONTROLS, ' ').trim().slice(0, max) || undefined;
  return {
    e164: params.e164,
    raw: clip(params.raw, CARD_PARAM_LIMITS.raw) ?? params.e164,
    ext: params.ext,
    pageTitle: clip(params.pageTitle, CARD_PARAM_LIMITS.pageTitle),
    nearbyName: clip(params.nearbyName, CARD_PARAM_LIMITS.nearbyName),
  };
}
