/**
 * The contract between the card page and whoever opens it: the content script, which hosts it in an
 * iframe beside a number, or the popup, which opens it in a tab.
 *
 * - The card URL carries only a session token (protocol/card.ts): never a number, a name or anything
 *   else a page framing card.html could set or read.
 * - Host and card talk over a MessageChannel the content script creates. It hands one end to the card
 *   once, by window.postMessage aimed at the extension's origin, with a key only the background, the
 *   content script and the card know (the background gives it to both with the session). Everything
 *   after goes over that port: a page can neither read nor forge it, which window messages it could.
 * - Nothing the card sends depends on the customer: the host sizes the card itself, the card only
 *   asks to close and to have its visibility checked.
 */
export const CARD_PAGE_PATH = 'src/ui/card/card.html';

/** The card's Element Timing identifier on the customer's name: when the name was first painted, in
 *  the card's own frame (the page cannot read it), which `npm run bench` reads as the card's open time. */
export const NAME_PAINT_TIMING = 'customer-name';

/** A performance mark the card makes in the first animation frame that shows the customer's name:
 *  the open time `npm run bench` reads in Firefox, which has no Element Timing. A card prepared out of
 *  sight (display: none) runs no animation frames, so it marks when it is shown. */
export const NAME_FRAME_MARK = 'callprep:card-name-frame';

export type { CardParams } from './protocol/card-params.ts';

/** The card page for a session, relative to the extension root. */
export const cardPagePath = (token: string): string => `${CARD_PAGE_PATH}?session=${encodeURIComponent(token)}`;

export const sessionTokenFromQuery = (search: string): string | null => new URLSearchParams(search).get('session');

/** The host hands the card its end of the channel (in the message's `ports`). */
export interface PortHandoff {
  callprep: 'card-port';
  key: string;
}

/** Host → card, over the port: whether the user can see the card as Callprep drew it (card-host-guard.ts). */
export interface VisibilityVerdict {
  callprep: 'host';
  kind: 'visibility';
  visible: boolean;
}
export type HostToCard = VisibilityVerdict;

/** Card → host, over the port: close the card; or check at once that it is visible (the user pressed in it). */
export type CardToHost = { callprep: 'card'; kind: 'close' } | { callprep: 'card'; kind: 'check' };

/** Exactly these keys, no others: a message that carries more is not one of ours. */
function shaped(data: unknown, keys: string[]): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const own = Object.keys(data);
  return own.length === keys.length && own.every((k) => keys.includes(k));
}

export const isPortHandoff = (data: unknown): data is PortHandoff =>
  shaped(data, ['callprep', 'key']) && data.callprep === 'card-port' && typeof data.key === 'string';

export const isHostToCard = (data: unknown): data is HostToCard =>
  shaped(data, ['callprep', 'kind', 'visible']) && data.callprep === 'host' && data.kind === 'visibility' && typeof data.visible === 'boolean';

export const isCardToHost = (data: unknown): data is CardToHost =>
  shaped(data, ['callprep', 'kind']) && data.callprep === 'card' && (data.kind === 'close' || data.kind === 'check');
