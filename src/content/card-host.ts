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
import { CARD_PAGE_PATH, type CardParams } from '../shared/card-frame.ts';
import { clipCardParams } from '../shared/protocol/card-params-check.ts';
import type { CardPlace } from '../shared/settings.ts';
import { deepActiveElement } from './active-element.ts';
import { buildCard, CARD_WIDTH, cardHeight, discardCard, type CardEvents, type OpenCard } from './card-build.ts';
import { GRIP_HEIGHT } from './card-grip.ts';
import { hostStyle } from './card-host-guard.ts';
import { dockCard, keepInView, placeCard, type Box } from './card-position.ts';
import { CardSitePlace } from './card-site-place.ts';
import { askBackground, extensionUrl } from './runtime.ts';

/** Waking the background worker can take a moment; past this the click opens nothing. */
const SESSION_TIMEOUT_MS = 5000;
/** How long a prewarmed card waits for its click. */
export const WARM_MS = 4000;

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
  private readonly sitePlace = new CardSitePlace(SESSION_TIMEOUT_MS);
  /** What the user does to a card; only the open one answers. */
  private readonly events: CardEvents = {
    moved: (card, to) => card === this.card && this.choose(card, to, false),
    dropped: (card) => card === this.card && card.choice && this.sitePlace.keep(card.choice),
    toggleDock: (card) => card === this.card && this.toggleDock(card),
    closeAsked: (card) => card === this.card && this.closeFromInside(),
    reloaded: (card) => (card === this.card ? this.close() : this.discardIfWarm(card)),
  };

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
    if (click.request !== this.opening) return discardCard(card);
    this.close();
    this.reveal(card, click.anchor, click.returnFocusTo, click.row);
  }

  /** Drops the warm card, if any. */
  private dropWarm(): void {
    const warm = this.warm;
    this.warm = undefined;
    if (!warm) return;
    clearTimeout(warm.timer);
    if (warm.card) discardCard(warm.card);
  }

  /** The card's host and frame, in the document but hidden; reveal() shows it. */
  private build(params: CardParams, token: string, key: string): OpenCard {
    // With the first card made in this frame: where the user keeps it on this site. A card already
    // open beside its number (not moved since) goes there when the answer comes.
    this.sitePlace.load((place) => {
      const card = this.card;
      if (card && card.anchor !== 'docked' && card.choice === undefined) this.choose(card, place, false);
    });
    return buildCard(this.doc, this.origin, params, { token, key }, this.events, this.signal);
  }

  private discardIfWarm(card: OpenCard): void {
    if (this.warm?.card !== card) return;
    this.warm = undefined;
    discardCard(card);
  }

  /** Shows a built card beside `anchor` (or docked), above everything of the page. */
  private reveal(card: OpenCard, anchor: Box | 'docked', returnFocusTo: Element | null, row?: Box): void {
    this.returnFocusTo = returnFocusTo;
    card.anchor = anchor;
    card.row = row;
    // A card opened for a small frame stays docked; any other goes where the user keeps it on this site.
    card.choice = anchor === 'docked' ? undefined : (this.sitePlace.current ?? undefined);
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
    if (card) discardCard(card);
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
    if (keep) this.sitePlace.keep(card.choice ?? null);
  }

  /** Docks a card that sits beside its number; puts a docked or dragged one back beside it. */
  private toggleDock(card: OpenCard): void {
    this.choose(card, card.choice ? undefined : { docked: true }, true);
  }

  private place(): void {
    const card = this.card;
    if (!card) return;
    const win = this.doc.defaultView ?? window;
    card.height = cardHeight(win);
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
