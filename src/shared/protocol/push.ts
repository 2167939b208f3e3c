/**
 * Messages the background pushes to the content scripts of open tabs (tabs.sendMessage), the one
 * direction the request/answer protocol in index.ts does not cover. A tag of their own keeps them
 * apart from request envelopes (`callprep: 1`).
 *
 * - `page/config-changed` carries no data on purpose: every open tab hears it, so each frame asks
 *   `page/config` for its own site and learns nothing about the others.
 * - `card/open` goes to one frame only, the top frame of the tab whose small embedded frame asked for
 *   the card (`page/open-card-in-top`); it carries the CardParams that frame would have put in the
 *   card URL itself, nothing more, and the top frame answers whether it opened the card.
 * - `card/close` (no data) closes that docked card when the user clicks elsewhere in, or presses
 *   Escape in, the frame that asked for it: clicks inside a frame never reach the top page.
 * - `card/open-at-selection` (no data) is the keyboard shortcut (background/commands.ts): it goes to
 *   every frame of the active tab, and only the frame the user is in opens the card for the number
 *   selected there (content/keyboard-open.ts). The background knows nothing of the page, so nothing
 *   travels but the request.
 */
import * as v from 'valibot';
import { CardParamsSchema, type CardParams } from './card-params.ts';

const push = <const T extends string>(type: T) => ({ callprepPush: v.literal(1), type: v.literal(type) });

/** Exactly a tagged push of a known type, with exactly its data: what a content script accepts. */
const PushSchema = v.variant('type', [
  v.strictObject(push('page/config-changed')),
  v.strictObject({ ...push('card/open'), data: CardParamsSchema }),
  v.strictObject(push('card/close')),
  v.strictObject(push('card/open-at-selection')),
]);

export type PushMessage = v.InferOutput<typeof PushSchema>;
export type PushType = PushMessage['type'];
export type ConfigChangedPush = Extract<PushMessage, { type: 'page/config-changed' }>;
export type OpenCardPush = Extract<PushMessage, { type: 'card/open' }>;

/** The pushes that carry no data. */
type DataFreePush = Exclude<PushType, 'card/open'>;

export const pushMessage = <T extends DataFreePush>(type: T): { callprepPush: 1; type: T } => ({ callprepPush: 1, type });

export const openCardPush = (data: CardParams): OpenCardPush => ({ callprepPush: 1, type: 'card/open', data });

/** What the top frame answers to `card/open`. */
const OpenCardAnswerSchema = v.object({ opened: v.boolean() });
export type OpenCardAnswer = v.InferOutput<typeof OpenCardAnswerSchema>;

export const isOpenCardAnswer = (value: unknown): value is OpenCardAnswer => v.is(OpenCardAnswerSchema, value);

/** Run-time check for what arrives at a content script. */
export const isPushMessage = (value: unknown): value is PushMessage => v.is(PushSchema, value);
