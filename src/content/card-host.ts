/**
 * The card beside a number: one `callprep-card` element on <html> with a closed shadow root holding
 * the extension's card page in an iframe, so neither the page's CSS nor its scripts reach into it.
 * The card reports its height and asks to close by postMessage (src/shared/card-frame.ts); those
 * messages count only from that iframe's window and the extension's origin. Escape and a click
 * outside close it too, and closing removes the element: the page's DOM is as it was.
 * In a tab's top frame the card can also open docked at the right edge of the viewport, for a number
 * clicked in an embedded frame too small to hold it (card-request.ts): the top frame does not know
 * where in that frame the number is.
 * The card takes the focus once loaded, so keys go to it (Tab reaches its first control, Escape
 * closes it). Closed from inside (Escape or ✕), it gives the focus back to where it was: the page
 * element, or the embedded frame the docked card was opened for.
 */
import { CARD_PAGE_PATH, cardParamsToQuery, isCardToHost, type CardParams } from '../shared/card-frame.ts';
import { deepActiveElement } from './active-element.ts';
import { dockCard, placeCard, type Box } from './card-position.ts';
import { extensionUrl } from './runtime.ts';
import { CARD_HOST_TAG } from './skip-rules.ts';

export const CARD_WIDTH = 380;
export const INITIAL_HEIGHT = 520;
const MIN_HEIGHT = 120;

const IFRAME_STYLE = [
  'display: block',
  'border: 0',
  `width: ${CARD_WIDTH}px`,
  'max-height: 80vh',
  'border-radius: 12px',
  'box-shadow: 0 12px 32px rgba(15, 23, 42, 0.24), 0 2px 6px rgba(15, 23, 42, 0.12)',
  'background: transparent',
  'color-scheme: normal',
].join(';');

export class CardHost {
  private host: HTMLElement | undefined;
  private iframe: HTMLIFrameElement | undefined;
  /** Beside a number (document coordinates), or docked at the viewport's right edge. */
  private anchor: Box | 'docked' | undefined;
  private height = INITIAL_HEIGHT;
  /** What had the focus before the card took it. */
  private returnFocusTo: Element | null = null;
  private readonly origin: string;

  constructor(
    private readonly signal: AbortSignal,
    private readonly doc: Document = document,
  ) {
    this.origin = /^[a-z-]+:\/\/[^/]+/i.exec(extensionUrl(''))?.[0] ?? '';
    const win = doc.defaultView ?? window;
    win.addEventListener('message', (e) => this.onMessage(e), { signal });
    win.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(), { capture: true, signal });
    win.addEventListener('pointerdown', (e) => this.host && !e.composedPath().includes(this.host) && this.close(), { capture: true, signal });
    win.addEventListener('resize', () => this.place(), { signal });
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  get isOpen(): boolean {
    return Boolean(this.host);
  }

  /** False once its run ended (site switched off, frame taken over): it then opens nothing. */
  get isActive(): boolean {
    return !this.signal.aborted;
  }

  /** Opens the card for a number whose box (viewport coordinates) is `anchor`; closes any other. */
  open(params: CardParams, anchor: Box): void {
    const win = this.doc.defaultView ?? window;
    // Kept in document coordinates: the page may scroll before the card reports its height.
    this.show(params, shiftBox(anchor, win.scrollX, win.scrollY));
  }

  /** Opens the card at the top right of the viewport, fixed there while the page scrolls; closes any other. */
  openDocked(params: CardParams): void {
    this.show(params, 'docked');
  }

  private show(params: CardParams, anchor: Box | 'docked'): void {
    if (!this.isActive) return;
    // A card replacing one that has the focus returns it to where the first one found it.
    const active = deepActiveElement(this.doc);
    const returnFocusTo = this.host && active === this.host ? this.returnFocusTo : active;
    this.close();
    this.returnFocusTo = returnFocusTo;
    const host = this.doc.createElement(CARD_HOST_TAG);
    host.style.cssText = 'all: initial !important; display: block !important; position: absolute !important; z-index: 2147483647 !important;';
    const shadow = host.attachShadow({ mode: 'closed' });
    const iframe = this.doc.createElement('iframe');
    iframe.style.cssText = IFRAME_STYLE;
    iframe.title = 'Callprep customer card';
    iframe.src = `${extensionUrl(CARD_PAGE_PATH)}?${cardParamsToQuery(params)}`;
    iframe.addEventListener('load', () => iframe.focus(), { once: true });
    shadow.append(iframe);
    this.host = host;
    this.iframe = iframe;
    this.anchor = anchor;
    this.height = INITIAL_HEIGHT;
    this.place();
    this.doc.documentElement.append(host);
  }

  /** Closes the card if it is the docked one (asked by the embedded frame it was opened for); true if it did. */
  closeDocked(): boolean {
    if (this.anchor !== 'docked') return false;
    this.close();
    return true;
  }

  close(): void {
    this.host?.remove();
    this.host = undefined;
    this.iframe = undefined;
    this.anchor = undefined;
    this.returnFocusTo = null;
  }

  /** Closes the card as it asked (Escape or ✕ in it), and gives the focus back to where it was. */
  private closeFromInside(): void {
    const target = this.returnFocusTo;
    // Only when the card has it: after ✕ clicked while the user was typing elsewhere, that stays.
    if (this.iframe && deepActiveElement(this.doc) === this.host) {
      // Moved before the iframe goes: a focused iframe removed leaves no element of the page
      // focused, and keys then go nowhere until the user clicks (Chromium 156).
      if (target?.isConnected && target !== this.doc.body && target !== this.doc.documentElement) (target as HTMLElement).focus?.({ preventScroll: true });
      else this.iframe.blur();
    }
    this.close();
  }

  private onMessage(event: MessageEvent): void {
    if (!this.iframe || event.source !== this.iframe.contentWindow || event.origin !== this.origin) return;
    if (!isCardToHost(event.data)) return;
    if (event.data.kind === 'close') return this.closeFromInside();
    this.height = event.data.height;
    this.place();
  }

  private place(): void {
    if (!this.host || !this.iframe || !this.anchor) return;
    const win = this.doc.defaultView ?? window;
    const height = Math.round(Math.max(MIN_HEIGHT, Math.min(this.height, win.innerHeight * 0.8)));
    this.iframe.style.height = `${height}px`;
    const view = { width: this.doc.documentElement.clientWidth || win.innerWidth, height: win.innerHeight, scrollX: win.scrollX, scrollY: win.scrollY };
    const docked = this.anchor === 'docked';
    const { left, top } = docked
      ? dockCard({ width: CARD_WIDTH }, view)
      : placeCard(shiftBox(this.anchor as Box, -win.scrollX, -win.scrollY), { width: CARD_WIDTH, height }, view);
    this.host.style.setProperty('position', docked ? 'fixed' : 'absolute', 'important');
    this.host.style.setProperty('left', `${left}px`, 'important');
    this.host.style.setProperty('top', `${top}px`, 'important');
  }
}

const shiftBox = (b: Box, dx: number, dy: number): Box => ({ left: b.left + dx, right: b.right + dx, top: b.top + dy, bottom: b.bottom + dy });
