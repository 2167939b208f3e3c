/**
 * CardParams as the content script handles them, without valibot: this module runs in every frame of
 * every page, and valibot (one module, so one shared chunk) would add about 10 KB to the start-up
 * bundle there. The background checks the same params against the schema in card-params.ts, built
 * from the same limits; tests/shared/protocol/push.test.ts runs both over one table of cases.
 */
import type { CardParams } from './card-params.ts';
import { E164_PATTERN } from '../records/limits.ts';

/** The card URL keeps at most 300 characters of any value (cardParamsToQuery); a sender clips to these. */
export const CARD_PARAM_LIMITS = { raw: 100, ext: 6, pageTitle: 300, nearbyName: 80, nearbyCompany: 80 } as const;

// Line breaks and tabs are allowed: a number wrapped over two source lines keeps them in `raw`.
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
export const EXT_DIGITS = /^\d{1,6}$/;

const pageText = (max: number) => (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= max && !CONTROL.test(value);
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);

const RULES: Record<keyof CardParams, (value: unknown) => boolean> = {
  e164: (value) => typeof value === 'string' && E164_PATTERN.test(value),
  raw: pageText(CARD_PARAM_LIMITS.raw),
  ext: optional((value) => typeof value === 'string' && EXT_DIGITS.test(value)),
  pageTitle: optional(pageText(CARD_PARAM_LIMITS.pageTitle)),
  nearbyName: optional(pageText(CARD_PARAM_LIMITS.nearbyName)),
  nearbyCompany: optional(pageText(CARD_PARAM_LIMITS.nearbyCompany)),
};

/** Exactly CardParams: every field within its limits, no other key. */
export function isCardParams(value: unknown): value is CardParams {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Record<string, unknown>;
  return Object.keys(fields).every((key) => key in RULES) && Object.entries(RULES).every(([key, ok]) => ok(fields[key]));
}

/** The same params clipped to the limits above, as a sender prepares them (a page title can be long). */
export function clipCardParams(params: CardParams): CardParams {
  const clip = (value: string | undefined, max: number) => value?.replace(CONTROLS, ' ').trim().slice(0, max) || undefined;
  return {
    e164: params.e164,
    raw: clip(params.raw, CARD_PARAM_LIMITS.raw) ?? params.e164,
    ext: params.ext,
    pageTitle: clip(params.pageTitle, CARD_PARAM_LIMITS.pageTitle),
    nearbyName: clip(params.nearbyName, CARD_PARAM_LIMITS.nearbyName),
    nearbyCompany: clip(params.nearbyCompany, CARD_PARAM_LIMITS.nearbyCompany),
  };
}
