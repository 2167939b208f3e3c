/**
 * The card beside a number: one `callprep-card` element on <html> with a closed shadow root holding
 * the extension's card page in an iframe, so neither the page's CSS nor its scripts reach into it.
 * Escape and a click outside close it, and closing removes the element: the page's DOM is as it was.
 * In a tab's top frame the card can also open docked at the right edge of the viewport, for a number
 * clicked in an embedded frame too small to hold it (card-request.ts): the top frame does not know
 * where in that frame the number is.
 *
 * What a page can learn or do to it (issue 9):
 * - The card opens only under a session the background issued to this frame (protocol/card.ts); its
 *   URL carries only the session's token, and the card's line back is a private port (card-channel.ts).
 * - Its size is the host's choice, the same for every number: the page sees the host's box, and a
 *   height from the card's content told which numbers were customers.
 * - Its look is guarded, and its buttons wait until it has been visible a moment (card-host-guard.ts).
 *
 * Prewarmed (prewarm()): when the pointer rests on a number, its card is made at once, hidden (no
 * box, out of the top layer, so not visible and its buttons wait), and a click on that number only
 * shows it: the session, the frame's load and the customer's lookup happen while the user aims.
 * A prewarmed card nobody clicks goes after WARM_MS.
 *
 * The card takes the focus once loaded, so keys go to it (Tab reaches its first control, Escape
 * closes it). Closed from inside (Escape or ✕), it gives the focus back to where it was: the page
 * element, or the embedded frame the docked card was opened for.
 */
import { CARD_PAGE_PATH, cardPagePath, type CardParams } from '../shared/card-frame.ts';
import { clipCardParams } from '../shared/protocol/card-params-check.ts';
import { deepActiveElement } from './active-element.ts';
import { openCardChannel, type CardChannel } from './card-channel.ts';
import { CardHostGuard, hostStyle } from './card-host-guard.ts';
import { addCardGrip, GRIP_HEIGHT, type CardGrip } from './card-grip.ts';
import { dockCard, keepInView, placeCard, type Box } from './card-position.ts';
import type { CardPlace } from '../shared/settings.ts';
import { askBackground, extensionUrl } from './runtime.ts';
import { CARD_HOST_TAG } from './skip-rules.ts';
import { t } from '../shared/i18n/messages.ts';

export const CARD_WIDTH = 380;
/** The card's height on any page tall enough: its content scrolls inside. */
export const CARD_HEIGHT = 760;
/** The least height the card is comfortable at: a frame lower than this docks it in the top page. */
export const SMALLEST_HEIGHT = 520;
const MIN_HEIGHT = 120;
/** Waking the background worker can take a moment; past this the click opens nothing. */
const SESSION_TIMEOUT_MS = 5000;
/** How long a prewarmed card waits for its click. */
export const WARM_MS = 4000;
/** The host's look while prewarmed: no box at all. */
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

interface OpenCard {
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

/** A card made ahead of its click; `card` once its session came, `click` once the user clicked. */
interface WarmCard {
  params: CardParams;
  card?: OpenCard;
  click?: { request: number; anchor: Box | 'docked'; returnFocusTo: Element | null; row?: Box };
  timer: ReturnType<typeof setTimeout>;
}

const sameParams = (a: CardParams, b: CardParams) =>
  a.e164 === b.e164 && a.raw === b.raw && a.ext === b.ext && a.pageTitle === b.pageTitle && a.nearbyName === b.nearbyName && a.nearbyCompany === b.nearbyCompany;

export class CardHost {
  private card: OpenCard | undefined;
  private warm: WarmCard | undefined;
  /** The card a click is waiting for the session of. */
  private coming: CardParams | undefined;
  /** What had the focus before the card took it. */
  private returnFocusTo: Element | null = null;
  /** Counts opening requests: a session that arrives after a newer request opens nothing. */
  private opening = 0;
  private readonly origin: string;
  /** Where the user keeps the card on this site (asked once; null: beside the number). */
  private sitePlace: CardPlace | null = null;
  private sitePlaceAsked = false;

  constructor(
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    this.origin = new URL(extensionUrl(CARD_PAGE_PATH)).origin;
    const win = doc.defaultView ?? window;
    win.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(), { capture: true, signal });
    win.addEventListener('pointerdown', (e) => this.card && !e.composedPath().includes(this.card.host) && this.close(), { capture: true, signal });
    win.addEventListener('resize', () => this.place(), { signal });
    signal.addEventListener('abort', () => (this.close(), this.dropWarm()), { once: true });
  }

  /**
   * Asks once, with the first card made in this frame (not at start: most frames never open one),
   * where the user keeps the card on this site; a card already open moves there when the answer comes.
   */
  private loadSitePlace(): void {
    if (this.sitePlaceAsked) return;
    this.sitePlaceAsked = true;
    askBackground('page/card-place', {}, SESSION_TIMEOUT_MS).then(
      (place) => {
        this.sitePlace = place;
        const card = this.card;
        if (place && card && card.anchor !== 'docked' && card.choice === undefined) this.choose(card, place, false);
      },
      // No answer (the worker waking slowly): cards open beside their number until the user moves one.
      (error: unknown) => console.warn('Callprep: where to open the card on this site is not known', error),
    );
  }

  get isOpen(): boolean {
    return Boolean(this.card);
  }

  /** False once its run ended (site switched off, frame taken over): it then opens nothing. */
  get isActive(): boolean {
    return !this.signal.aborted;
  }

  /** Opens the card for a number whose box (viewport coordinates) is `anchor`, in `row`; closes any other. */
  open(params: CardParams, anchor: Box, row?: Box): void {
    const win = this.doc.defaultView ?? window;
    // Kept in document coordinates: the page may scroll before the card shows.
    this.show(params, shiftBox(anchor, win.scrollX, win.scrollY), row && shiftBox(row, win.scrollX, win.scrollY));
  }

  /** Opens the card at the top right of the viewport, fixed there while the page scrolls; closes any other. */
  openDocked(params: CardParams): void {
    this.show(params, 'docked');
  }

  /**
   * Makes the card for `params` now, hidden, so that a click on its number only has to show it.
   * Nothing when that card is open or warm already; replaces another warm card.
   */
  prewarm(params: CardParams): void {
    const already = [this.card?.params, this.warm?.params, this.coming];
    if (!this.isActive || already.some((other) => other && sameParams(other, params))) return;
    this.dropWarm();
    const warm: WarmCard = { params, timer: setTimeout(() => this.warm === warm && !warm.click && this.dropWarm(), WARM_MS) };
    this.warm = warm;
    this.askSession(params).then(
      ({ token, key }) => {
        if (this.warm !== warm || !this.isActive) return;
        warm.card = this.build(params, token, key);
        if (warm.click) this.showWarm(warm);
      },
      (error: unknown) => {
        if (this.warm === warm) this.warm = undefined;
        // Clicked meanwhile: the click is answered as if there had been no prewarm.
        if (warm.click?.request === this.opening) this.openCold(params, warm.click.anchor, warm.click.returnFocusTo, warm.click.row);
        else console.warn('Callprep: the card could not be prepared', error);
      },
    );
  }

  private show(params: CardParams, anchor: Box | 'docked', row?: Box): void {
    if (!this.isActive) return;
    // A card replacing one that has the focus returns it to where the first one found it.
    const active = deepActiveElement(this.doc);
    const returnFocusTo = this.card && active === this.card.host ? this.returnFocusTo : active;
    this.close();
    const warm = this.warm;
    if (warm && sameParams(warm.params, params)) {
      warm.click = { request: ++this.opening, anchor, returnFocusTo, row };
      if (warm.card) this.showWarm(warm);
      return;
    }
    this.dropWarm();
    this.openCold(params, anchor, returnFocusTo, row);
  }

  private openCold(params: CardParams, anchor: Box | 'docked', returnFocusTo: Element | null, row?: Box): void {
    const request = ++this.opening;
    this.coming = params;
    this.askSession(params).finally(() => request === this.opening && (this.coming = undefined)).then(
      ({ token, key }) => {
        if (request !== this.opening || !this.isActive) return;
        this.close();
        this.reveal(this.build(params, token, key), anchor, returnFocusTo, row);
      },
      // The extension is being reloaded or the worker did not answer: the click opens nothing.
      (error: unknown) => console.warn('Callprep: the card could not be opened', error),
    );
  }

  private askSession(params: CardParams) {
    return askBackground('page/open-card-session', clipCardParams(params), SESSION_TIMEOUT_MS);
  }

  /** The clicked warm card, once both the click and its session are there. */
  private showWarm(warm: WarmCard): void {
    const { card, click } = warm;
    if (!card || !click) return;
    clearTimeout(warm.timer);
    this.warm = undefined;
    // A newer click (another number) came first: this one is not wanted any more.
    if (click.request !== this.opening) return this.discard(card);
    this.close();
    this.reveal(card, click.anchor, click.returnFocusTo, click.row);
  }

  /** Drops the warm card, if any. */
  private dropWarm(): void {
    const warm = this.warm;
    this.warm = undefined;
    if (!warm) return;
    clearTimeout(warm.timer);
    if (warm.card) this.discard(warm.card);
  }

  private discard(card: OpenCard): void {
    card.done.abort();
    card.channel.close();
    card.host.remove();
  }

  /** The card's host and frame, in the document but hidden; reveal() shows it. */
  private build(params: CardParams, token: string, key: string): OpenCard {
    this.loadSitePlace();
    const host = this.doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    const iframe = this.doc.createElement('iframe');
    iframe.style.cssText = IFRAME_STYLE;
    iframe.title = t('cardFrameTitle');
    iframe.src = extensionUrl(cardPagePath(token));
    shadow.append(iframe);
    const done = new AbortController();
    const grip = addCardGrip(shadow, this.doc, {
      start: () => {
        const box = host.getBoundingClientRect();
        return { left: box.left, top: box.top };
      },
      move: (to) => card === this.card && this.choose(card, to, false),
      end: () => card === this.card && card.choice && this.keep(card.choice),
      toggleDock: () => card === this.card && this.toggleDock(card),
    }, done.signal);
    this.signal.addEventListener('abort', () => done.abort(), { once: true, signal: done.signal });
    const channel = openCardChannel(iframe, this.origin, key, {
      onClose: () => card === this.card && this.closeFromInside(),
      onCheck: () => guard.check(),
      onReload: () => (card === this.card ? this.close() : this.discardIfWarm(card)),
    });
    const guard = new CardHostGuard(host, { size: () => ({ width: CARD_WIDTH, height: card.height + GRIP_HEIGHT }), onVerdict: (visible) => channel.sendVisibility(visible), signal: done.signal });
    const card: OpenCard = { params, host, iframe, anchor: 'docked', grip, height: this.height(), guard, channel, done, loaded: false, shown: false };
    iframe.addEventListener(
      'load',
      () => {
        card.loaded = true;
        if (card.shown) iframe.focus();
      },
      { once: true },
    );
    guard.setStyle(HIDDEN_STYLE);
    this.doc.documentElement.append(host);
    return card;
  }

  private discardIfWarm(card: OpenCard): void {
    if (this.warm?.card !== card) return;
    this.warm = undefined;
    this.discard(card);
  }

  /** Shows a built card beside `anchor` (or docked), above everything of the page. */
  private reveal(card: OpenCard, anchor: Box | 'docked', returnFocusTo: Element | null, row?: Box): void {
    this.returnFocusTo = returnFocusTo;
    card.anchor = anchor;
    card.row = row;
    // A card opened for a small frame stays docked; any other goes where the user keeps it on this site.
    card.choice = anchor === 'docked' ? undefined : (this.sitePlace ?? undefined);
    card.shown = true;
    this.card = card;
    this.place();
    card.guard.raise();
    if (card.loaded) card.iframe.focus();
  }

  /** Closes the card if it is the docked one (asked by the embedded frame it was opened for); true if it did. */
  closeDocked(): boolean {
    if (this.card?.anchor !== 'docked') return false;
    this.close();
    return true;
  }

  close(): void {
    const card = this.card;
    this.card = undefined;
    this.returnFocusTo = null;
    if (card) this.discard(card);
  }

  /** Closes the card as it asked (Escape or ✕ in it), and gives the focus back to where it was. */
  private closeFromInside(): void {
    const target = this.returnFocusTo;
    // Only when the card has it: after ✕ clicked while the user was typing elsewhere, that stays.
    if (this.card && deepActiveElement(this.doc) === this.card.host) {
      // Moved before the iframe goes: a focused iframe removed leaves no element of the page
      // focused, and keys then go nowhere until the user clicks (Chromium 156).
      if (target?.isConnected && target !== this.doc.body && target !== this.doc.documentElement) (target as HTMLElement).focus?.({ preventScroll: true });
      else this.card.iframe.blur();
    }
    this.close();
  }

  /** The user dragged the card (`keep` when they let go) or docked it. */
  private choose(card: OpenCard, place: CardPlace | undefined, keep: boolean): void {
    card.choice = place && 'left' in place ? { left: Math.max(0, Math.round(place.left)), top: Math.max(0, Math.round(place.top)) } : place;
    this.place();
    if (keep) this.keep(card.choice ?? null);
  }

  /** Docks a card that sits beside its number; puts a docked or dragged one back beside it. */
  private toggleDock(card: OpenCard): void {
    this.choose(card, card.choice ? undefined : { docked: true }, true);
  }

  /** The site's choice, for the next card too; the background keeps it (the page never sees it). */
  private keep(place: CardPlace | null): void {
    this.sitePlace = place;
    askBackground('page/set-card-place', { place }, SESSION_TIMEOUT_MS).catch((error: unknown) =>
      console.warn('Callprep: where the card was put could not be kept for this site', error),
    );
  }

  /** The same for every card: what the page can measure of it says nothing about the customer. */
  private height(): number {
    const win = this.doc.defaultView ?? window;
    return Math.round(Math.max(MIN_HEIGHT, Math.min(CARD_HEIGHT, win.innerHeight * 0.9)));
  }

  private place(): void {
    const card = this.card;
    if (!card) return;
    const win = this.doc.defaultView ?? window;
    card.height = this.height();
    card.iframe.style.height = `${card.height}px`;
    const view = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight, scrollX: win.scrollX, scrollY: win.scrollY };
    const size = { width: CARD_WIDTH, height: card.height + GRIP_HEIGHT };
    const choice = card.choice;
    const docked = card.anchor === 'docked' || (choice !== undefined && 'docked' in choice);
    card.grip.setDocked(docked || choice !== undefined, card.anchor !== 'docked');
    const fixed = docked || choice !== undefined;
    const { left, top } = docked
      ? dockCard(size, view)
      : choice && 'left' in choice
        ? keepInView(choice, size, view)
        : placeCard(shiftBox(card.anchor as Box, -win.scrollX, -win.scrollY), size, view, card.row && shiftBox(card.row, -win.scrollX, -win.scrollY));
    card.guard.setStyle(hostStyle(fixed ? 'fixed' : 'absolute', left, top));
    card.guard.check();
  }
}

const shiftBox = (b: Box, dx: number, dy: number): Box => ({ left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy });
