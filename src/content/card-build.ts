/**
 * One card as the page holds it: a `callprep-card` element on <html> with a closed shadow root, the
 * extension's card page in an iframe inside, its grip, its guard and its private channel. Made hidden
 * (the host shows it); its size is the same for every number, so what the page can measure of it says
 * nothing about the customer (issue 9).
 */
import { cardPagePath, type CardParams } from '../shared/card-frame.ts';
import { t } from '../shared/i18n/messages.ts';
import type { CardPlace } from '../shared/settings.ts';
import { openCardChannel, type CardChannel } from './card-channel.ts';
import { addCardGrip, GRIP_HEIGHT, type CardGrip } from './card-grip.ts';
import { CardHostGuard } from './card-host-guard.ts';
import type { Box } from './card-position.ts';
import { extensionUrl } from './runtime.ts';
import { CARD_HOST_TAG } from './skip-rules.ts';

export const CARD_WIDTH = 380;
/** The card's height on any page tall enough: its content scrolls inside. */
export const CARD_HEIGHT = 760;
/** The least height the card is comfortable at: a frame lower than this docks it in the top page. */
export const SMALLEST_HEIGHT = 520;
const MIN_HEIGHT = 120;
/** The host's look while prewarmed or not yet placed: no box at all. */
const HIDDEN_STYLE = 'all: initial !important; display: none !important;';

const IFRAME_STYLE = [
  'display: block',
  'border: 0',
  `width: ${CARD_WIDTH}px`,
  'border-radius: 12px',
  'box-shadow: 0 12px 32px rgba(15, 23, 42, 0.24), 0 2px 6px rgba(15, 23, 42, 0.12)',
  'background: transparent',
  'color-scheme: normal',
].join(';');

export interface OpenCard {
  params: CardParams;
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  /** Beside a number (document coordinates), or docked at the viewport's right edge. */
  anchor: Box | 'docked';
  /** The number's row (document coordinates), which the card stays clear of when there is room. */
  row?: Box;
  /** Where the user put it (the site's choice, or a drag now): overrides the anchor while set. */
  choice?: CardPlace;
  grip: CardGrip;
  height: number;
  guard: CardHostGuard;
  channel: CardChannel;
  /** Ends the guard's watch and listeners when the card closes. */
  done: AbortController;
  loaded: boolean;
  shown: boolean;
}

/** What the user does to a card, for the host to answer (it knows whether this card is the open one). */
export interface CardEvents {
  /** The grip is dragged: the card follows the pointer to `to` (viewport coordinates). */
  moved(card: OpenCard, to: CardPlace): void;
  /** The grip is let go after a drag. */
  dropped(card: OpenCard): void;
  toggleDock(card: OpenCard): void;
  /** Escape or ✕ inside the card. */
  closeAsked(card: OpenCard): void;
  /** The card's page was reloaded (the extension updated): it is no longer trusted. */
  reloaded(card: OpenCard): void;
}

/** The same for every card: what the page can measure of it says nothing about the customer. */
export function cardHeight(win: Window): number {
  return Math.round(Math.max(MIN_HEIGHT, Math.min(CARD_HEIGHT, win.innerHeight * 0.9)));
}

/** The card's host and frame, appended to the document but hidden; the host reveals it. */
export function buildCard(doc: Document, origin: string, params: CardParams, session: { token: string; key: string }, events: CardEvents, signal: AbortSignal): OpenCard {
  const host = doc.createElement(CARD_HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const iframe = doc.createElement('iframe');
  iframe.style.cssText = IFRAME_STYLE;
  iframe.title = t('cardFrameTitle');
  iframe.src = extensionUrl(cardPagePath(session.token));
  shadow.append(iframe);
  const done = new AbortController();
  const grip = addCardGrip(shadow, doc, {
    start: () => {
      const box = host.getBoundingClientRect();
      return { left: box.left, top: box.top };
    },
    move: (to) => events.moved(card, to),
    end: () => events.dropped(card),
    toggleDock: () => events.toggleDock(card),
  }, done.signal);
  signal.addEventListener('abort', () => done.abort(), { once: true, signal: done.signal });
  const channel = openCardChannel(iframe, origin, session.key, {
    onClose: () => events.closeAsked(card),
    onCheck: () => guard.check(),
    onReload: () => events.reloaded(card),
  });
  const guard = new CardHostGuard(host, { size: () => ({ width: CARD_WIDTH, height: card.height + GRIP_HEIGHT }), onVerdict: (visible) => channel.sendVisibility(visible), signal: done.signal });
  const card: OpenCard = { params, host, iframe, anchor: 'docked', grip, height: cardHeight(doc.defaultView ?? window), guard, channel, done, loaded: false, shown: false };
  iframe.addEventListener(
    'load',
    () => {
      card.loaded = true;
      if (card.shown) iframe.focus();
    },
    { once: true },
  );
  guard.setStyle(HIDDEN_STYLE);
  doc.documentElement.append(host);
  return card;
}

/** Takes a card off the page and ends everything it listened to. */
export function discardCard(card: OpenCard): void {
  card.done.abort();
  card.channel.close();
  card.host.remove();
}
