/**
 * Where a clicked number's card opens. In the top frame, or in an embedded frame with room for it,
 * beside the number as always. In an embedded frame too small for the card (a 300 px preview pane, a
 * sidebar widget) it would be clipped, so the frame asks the background to open it in its tab's top
 * frame, docked at the right edge, the page the user is looking at. Only the CardParams travel, and
 * if the top frame does not open it (no content script there, Callprep switched off for that site, no
 * answer) the frame opens the card itself after all. Clicks and keys inside a frame never reach the top
 * page, so the frame itself asks to close that card on a click elsewhere in it or on Escape.
 */
import type { CardParams } from '../shared/card-frame.ts';
import { clipCardParams } from '../shared/protocol/card-params-check.ts';
import type { OpenCardAnswer } from '../shared/protocol/push.ts';
import { CARD_WIDTH, SMALLEST_HEIGHT } from './card-build.ts';
import type { CardHost } from './card-host.ts';
import { VIEWPORT_MARGIN, type Box } from './card-position.ts';
import { askBackground, NoAnswerError, RefusedError } from './runtime.ts';

/** The card at the least height it is comfortable at, with the margin placeCard keeps on each side. */
export const ROOM_FOR_CARD = { width: CARD_WIDTH + 2 * VIEWPORT_MARGIN, height: SMALLEST_HEIGHT + 2 * VIEWPORT_MARGIN };

/** Waking the background and asking the top frame takes tens of ms; past this the frame opens the card itself. */
export const TOP_REQUEST_TIMEOUT_MS = 1500;

export interface FrameView {
  isTop: boolean;
  /** The frame's viewport (innerWidth, innerHeight). */
  width: number;
  height: number;
}

export const frameViewOf = (win: Window): FrameView => ({ isTop: win === win.top, width: win.innerWidth, height: win.innerHeight });

/** True when the card opens in this frame: it is the top frame, or its viewport holds the whole card. */
export const cardFitsFrame = (view: FrameView): boolean =>
  view.isTop || (view.width >= ROOM_FOR_CARD.width && view.height >= ROOM_FOR_CARD.height);

export interface CardOpener {
  /** `row`: the box of the number's row (a table row), which the card stays clear of when there is room. */
  open(params: CardParams, anchor: Box, row?: Box): void;
  /** The pointer rests on a number: its card is made hidden now, so the click only shows it (card-host.ts). */
  prewarm(params: CardParams): void;
  /** True once the top page opened a card for this frame (until closeInTop; ✕ in the card does not tell this frame). */
  readonly cardInTop: boolean;
  /** The user clicked elsewhere in this frame or pressed Escape: the card docked in the top page closes. */
  closeInTop(): void;
}

/**
 * The click handler's way to open a card. Only the latest click counts: a slow answer to an earlier
 * request never opens its card over a newer one.
 */
export function cardOpener(card: CardHost, win: Window = window): CardOpener {
  let latest = 0;
  let cardInTop = false;
  return {
    get cardInTop() {
      return cardInTop;
    },
    open(params, anchor, row) {
      const request = ++latest;
      if (cardFitsFrame(frameViewOf(win))) return card.open(params, anchor, row);
      // A card this frame opened before (fallback) goes: the new one opens in the top page.
      card.close();
      askBackground('page/open-card-in-top', clipCardParams(params), TOP_REQUEST_TIMEOUT_MS).then(
        () => void (request === latest && (cardInTop = true)),
        () => void (request === latest && card.open(params, anchor, row)),
      );
    },
    prewarm(params) {
      // A frame too small for the card asks the top page for it on click: nothing to prepare here.
      if (cardFitsFrame(frameViewOf(win))) card.prewarm(params);
    },
    closeInTop() {
      if (!cardInTop) return;
      cardInTop = false;
      askBackground('page/close-card-in-top', {}, TOP_REQUEST_TIMEOUT_MS).catch(cardStaysUntilClosedInTop);
    },
  };
}

/** Nothing to do when closing the docked card fails: it is still closed by ✕, Escape in it, or a click in the top page. */
const cardStaysUntilClosedInTop = (error: unknown): void => {
  if (!(error instanceof NoAnswerError || error instanceof RefusedError)) throw error;
};

/** The top frame's answer to a `card/open` push: docked card opened, or not (not the top frame, or not running). */
export function openForEmbeddedFrame(card: CardHost | undefined, params: CardParams, win: Window = window): OpenCardAnswer {
  if (win !== win.top || !card?.isActive) return { opened: false };
  card.openDocked(params);
  return { opened: true };
}

/** The top frame's answer to a `card/close` push: the docked card closed, or there was none. */
export function closeForEmbeddedFrame(card: CardHost | undefined, win: Window = window): { closed: boolean } {
  return { closed: win === win.top && Boolean(card?.closeDocked()) };
}
