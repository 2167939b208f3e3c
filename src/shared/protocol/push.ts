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
import type { CardParams } from './card-params.ts';
import { isCardParams } from './card-params-check.ts';

export interface ConfigChangedPush {
  callprepPush: 1;
  type: 'page/config-changed';
}

export interface OpenCardPush {
  callprepPush: 1;
  type: 'card/open';
  data: CardParams;
}

export interface CloseCardPush {
  callprepPush: 1;
  type: 'card/close';
}

export interface OpenCardAtSelectionPush {
  callprepPush: 1;
  type: 'card/open-at-selection';
}

export type PushMessage = ConfigChangedPush | OpenCardPush | CloseCardPush | OpenCardAtSelectionPush;
export type PushType = PushMessage['type'];

/** The pushes that carry no data. */
type DataFreePush = Exclude<PushType, 'card/open'>;
const DATA_FREE: readonly string[] = ['page/config-changed', 'card/close', 'card/open-at-selection'] satisfies DataFreePush[];

export const pushMessage = <T extends DataFreePush>(type: T): { callprepPush: 1; type: T } => ({ callprepPush: 1, type });

export const openCardPush = (data: CardParams): OpenCardPush => ({ callprepPush: 1, type: 'card/open', data });

/** What the top frame answers to `card/open`. */
export interface OpenCardAnswer {
  opened: boolean;
}

export const isOpenCardAnswer = (value: unknown): value is OpenCardAnswer =>
  typeof value === 'object' && value !== null && typeof (value as { opened?: unknown }).opened === 'boolean';

/**
 * Run-time check for what arrives at a content script: exactly a tagged push of a known type, with
 * exactly its data. Without valibot, like everything the content script loads at start
 * (card-params-check.ts says why).
 */
export function isPushMessage(value: unknown): value is PushMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { callprepPush, type, ...rest } = value as Record<string, unknown>;
  if (callprepPush !== 1) return false;
  const keys = Object.keys(rest);
  if (typeof type === 'string' && DATA_FREE.includes(type)) return keys.length === 0;
  if (type === 'card/open') return keys.length === 1 && keys[0] === 'data' && isCardParams(rest.data);
  return false;
}
