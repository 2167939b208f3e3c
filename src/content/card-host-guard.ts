/**
 * The card's host element is in the page's DOM, so the page can restyle it, cover it with its own
 * pseudo-elements or draw over it, and have the user click through what they do not see (issue 9).
 * This keeps the host as Callprep drew it and says whether the user can really see it:
 * - the host sits in the top layer (a manual popover): above everything of the page, and out of reach
 *   of its ancestors' opacity, filters, transforms and clipping;
 * - its look is set inline with !important, which no style sheet of the page overrides; a change to
 *   its attributes (only the page's script can make one) is undone at once and counts as tampering;
 * - its computed look, pseudo-elements, size and place are checked every CHECK_MS and whenever the
 *   card asks (the user pressed in it); another element entering the top layer pushes it back on top.
 * The verdict goes to the card (card-channel.ts), whose buttons wait while it is false.
 * Chrome's IntersectionObserver v2 in the card also sees what is drawn over it. Firefox has no such
 * API: a page that puts an element of its own in the top layer from inside a closed shadow root can
 * still draw over the card there (README, "Security and data safety").
 */
/** Often enough that a cover the page draws is seen before a user can have noticed it and clicked. */
export const CHECK_MS = 100;

/** Set on the host's style attribute; every property from `all: initial` on, so nothing of the page's applies. */
export const hostStyle = (position: 'absolute' | 'fixed', left: number, top: number): string =>
  `all: initial !important; display: block !important; position: ${position} !important; left: ${left}px !important; top: ${top}px !important; z-index: 2147483647 !important;`;

/** Computed values the host has exactly as drawn; anything else hides, fades, clips, moves or warps it. */
const AS_DRAWN: ReadonlyArray<[string, string]> = [
  ['opacity', '1'],
  ['visibility', 'visible'],
  ['display', 'block'],
  ['filter', 'none'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['clip-path', 'none'],
  ['mask-image', 'none'],
  ['mix-blend-mode', 'normal'],
  ['content-visibility', 'visible'],
];

/** Why the host is not visible as drawn, or null when it is. */
export function hostProblem(host: HTMLElement, size: { width: number; height: number }): string | null {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!win || !host.isConnected) return 'removed';
  if (!host.matches(':popover-open')) return 'not in the top layer';
  const style = win.getComputedStyle(host);
  // An empty value: a property this browser does not have, so nothing the page can set either.
  const changed = AS_DRAWN.find(([property, value]) => ![value, ''].includes(style.getPropertyValue(property)));
  if (changed) return changed[0];
  for (const pseudo of ['::before', '::after']) {
    if (!['none', 'normal', ''].includes(win.getComputedStyle(host, pseudo).content)) return pseudo;
  }
  const box = host.getBoundingClientRect();
  if (Math.abs(box.width - size.width) > 1 || Math.abs(box.height - size.height) > 1) return 'size';
  if (box.bottom <= 0 || box.right <= 0 || box.top >= win.innerHeight || box.left >= win.innerWidth) return 'off screen';
  if (doc.fullscreenElement && doc.fullscreenElement !== host) return 'another element fullscreen';
  return null;
}

export interface GuardOptions {
  /** The size the host must have (the card's frame). */
  size: () => { width: number; height: number };
  /** Called with each new verdict, and with false at once on tampering. */
  onVerdict: (visible: boolean) => void;
  signal: AbortSignal;
}

export class CardHostGuard {
  private visible: boolean | undefined;
  private style = '';
  /** Until raise(), a prewarmed card's host: kept out of the top layer, as hidden as its style says. */
  private raised = false;
  private readonly observer: MutationObserver;

  constructor(
    private readonly host: HTMLElement,
    private readonly options: GuardOptions,
  ) {
    const { signal } = options;
    const win = host.ownerDocument.defaultView!;
    this.observer = new MutationObserver(() => this.tampered());
    this.observer.observe(host, { attributes: true });
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
    // Hidden by the page's script (hidePopover), or another element entering the top layer above it.
    // Judged by the state now, not the event: our own hide-and-show (showOnTop) also fires a "closed" event.
    host.addEventListener('toggle', () => !host.matches(':popover-open') && this.tampered(), { signal });
    win.addEventListener('toggle', (e) => e.target !== host && (e as ToggleEvent).newState === 'open' && this.tampered(), { capture: true, signal });
    host.ownerDocument.addEventListener('fullscreenchange', () => this.check(), { signal });
    const timer = win.setInterval(() => this.check(), CHECK_MS);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  }

  /** Sets the host's look (placement changes it): the only change to it that is not tampering. */
  setStyle(style: string): void {
    this.style = style;
    this.own(() => this.host.setAttribute('style', style));
  }

  /** Shows the host in the top layer; call once it is in the document. */
  raise(): void {
    this.raised = true;
    this.own(() => this.host.setAttribute('popover', 'manual'));
    this.showOnTop();
    this.check();
  }

  /** Checks now and tells the card if the verdict changed; returns it. */
  check(): boolean {
    const visible = hostProblem(this.host, this.options.size()) === null;
    if (visible !== this.visible) {
      this.visible = visible;
      this.options.onVerdict(visible);
    }
    return visible;
  }

  /** The page changed the host: not visible until the next check, and everything put back as drawn. */
  private tampered(): void {
    if (this.options.signal.aborted) return;
    if (this.visible !== false) {
      this.visible = false;
      this.options.onVerdict(false);
    }
    this.own(() => {
      if (this.host.getAttribute('style') !== this.style) this.host.setAttribute('style', this.style);
      if (!this.raised) this.host.removeAttribute('popover');
      else if (this.host.getAttribute('popover') !== 'manual') this.host.setAttribute('popover', 'manual');
    });
    // Shown again, it is the newest element of the top layer: above whatever the page put there.
    if (this.host.isConnected && this.raised) this.showOnTop();
  }

  /** A change of ours to the host's attributes: the observer drops its records, it is no tampering
   *  (a change of the page's still waiting to be seen is handled first). */
  private own(change: () => void): void {
    if (this.observer.takeRecords().length) this.tampered();
    change();
    this.observer.takeRecords();
  }

  private showOnTop(): void {
    if (this.host.matches(':popover-open')) this.host.hidePopover();
    this.host.showPopover();
  }
}
