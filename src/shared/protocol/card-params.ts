/**
 * The run-time check for CardParams when they cross contexts: a frame asking the background to open
 * the card in its tab's top frame, and the background's push to that top frame. Only what the card
 * page needs travels (a number and page text, never customer data), and each field is bounded so a
 * hostile page cannot push an oversized or odd value through the background into another frame.
 */
import type { CardParams } from '../card-frame.ts';
import { e164, GuardError, object, optional, type Guard } from '../guard.ts';

/** The card URL keeps at most 300 characters of any value (cardParamsToQuery); a sender clips to these. */
export const CARD_PARAM_LIMITS = { raw: 100, ext: 6, pageTitle: 300, nearbyName: 80 } as const;

// Line breaks and tabs are allowed: a number wrapped over two source lines keeps them in `raw`.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

const text =
  (max: number): Guard<string> =>
  (v, p = '') => {
    if (typeof v !== 'string' || v.length === 0 || v.length > max) throw new GuardError(`${p || 'value'} must be text of 1 to ${max} characters`);
    if (CONTROL.test(v)) throw new GuardError(`${p || 'value'} must not contain control characters`);
    return v;
  };

/** Extension digits as the detector reads them: 1 to 6 digits. */
const extDigits: Guard<string> = (v, p = '') => {
  if (typeof v === 'string' && /^\d{1,6}$/.test(v)) return v;
  throw new GuardError(`${p || 'value'} must be 1 to 6 digits`);
};

const shape = object({
  e164,
  raw: text(CARD_PARAM_LIMITS.raw),
  ext: optional(extDigits),
  pageTitle: optional(text(CARD_PARAM_LIMITS.pageTitle)),
  nearbyName: optional(text(CARD_PARAM_LIMITS.nearbyName)),
});

const KNOWN = new Set(['e164', 'raw', 'ext', 'pageTitle', 'nearbyName']);

/** CardParams with every field checked; unlike `object()` an unknown key is refused, not dropped. */
export const cardParams: Guard<CardParams> = (v, p = '') => {
  const checked = shape(v, p);
  const extra = Object.keys(v as object).find((key) => !KNOWN.has(key));
  if (extra !== undefined) throw new GuardError(`${p ? `${p}.` : ''}${extra.slice(0, 40)} is not a card parameter`);
  return checked;
};

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
