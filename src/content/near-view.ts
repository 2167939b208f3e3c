/**
 * The marks the browser paints: only those whose element is on screen or within a screen of it.
 * Every change to a registered Highlight makes Chromium revalidate and repaint each range in it: on
 * the bench's 10,000-row table a frame of 140–190 ms with all 10,000 numbers in it, 45 ms with 100
 * (Chromium 156, 2026-11-26). So the registered highlight holds only the numbers near the viewport,
 * kept so by an IntersectionObserver on their elements, and a change costs on a long page what it
 * costs on a short one. A number a screen away is registered before the user scrolls to it; one
 * reached by a jump shows a frame after the jump.
 */

/** How far beyond the viewport (each side) a number is already painted: one screen. */
const NEAR_MARGIN = '100%';
/** The same reach inside the page's own scroll boxes (a CRM's scrolling list), where the browser has `scrollMargin`. */
const NEAR_SCROLL_MARGIN = '800px';

type ObserverFactory = (callback: IntersectionObserverCallback, options: IntersectionObserverInit & { scrollMargin?: string }) => Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;

const browserObserver: ObserverFactory = (callback, options) => new IntersectionObserver(callback, options);

/** The element whose box stands for the number's place on screen: its text's parent (a shadow root's host for text right under one). */
function anchorOf(range: StaticRange): Element | undefined {
  const node = range.startContainer;
  const parent = node.parentNode;
  if (!parent) return undefined;
  if (parent.nodeType === 1) return parent as Element;
  return parent.nodeType === 11 ? (parent as ShadowRoot).host : undefined;
}

/** The element above `el` (across a shadow root's boundary). */
function elementAbove(el: Element): Element | undefined {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root?.nodeType === 11 ? (root as ShadowRoot).host : undefined;
}

export class NearViewHighlight {
  /** What is registered in CSS.highlights: the ranges near the viewport. */
  readonly highlight = new Highlight();
  private readonly anchors = new Map<StaticRange, Element>();
  private readonly rangesAt = new Map<Element, Set<StaticRange>>();
  private readonly near = new Set<Element>();
  private readonly observer: ReturnType<ObserverFactory>;

  constructor(createObserver: ObserverFactory = browserObserver) {
    this.observer = createObserver((entries) => this.update(entries), { root: document, rootMargin: NEAR_MARGIN, scrollMargin: NEAR_SCROLL_MARGIN });
  }

  /** Every range kept, painted or not. */
  get size(): number {
    return this.anchors.size;
  }

  /**
   * Keeps `range`, painted once its element is near the viewport. `onScreen`: the caller has just
   * read it in the viewport, so it is painted now, not a frame later.
   */
  add(range: StaticRange, onScreen = false): void {
    const anchor = anchorOf(range);
    // Text with no element above it (a detached node): nothing to observe, nothing to paint.
    if (!anchor) return;
    this.anchors.set(range, anchor);
    // A new element gets a first report from the observer, which takes the paint back if it was
    // wrong; for one already observed, the observer's last report stands.
    const observed = this.rangesAt.has(anchor);
    this.attach(range, anchor);
    if (this.near.has(anchor) || (onScreen && !observed)) this.highlight.add(range);
  }

  delete(range: StaticRange): void {
    const anchor = this.anchors.get(range);
    if (!anchor) return;
    this.anchors.delete(range);
    this.highlight.delete(range);
    const ranges = this.rangesAt.get(anchor)!;
    ranges.delete(range);
    if (ranges.size) return;
    this.rangesAt.delete(anchor);
    this.near.delete(anchor);
    this.observer.unobserve(anchor);
  }

  clear(): void {
    this.observer.disconnect();
    this.highlight.clear();
    this.anchors.clear();
    this.rangesAt.clear();
    this.near.clear();
  }

  private attach(range: StaticRange, anchor: Element): void {
    const ranges = this.rangesAt.get(anchor);
    if (ranges) return void ranges.add(range);
    this.rangesAt.set(anchor, new Set([range]));
    this.observer.observe(anchor);
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const anchor = entry.target;
      const ranges = this.rangesAt.get(anchor);
      if (!ranges) continue; // dropped since the browser queued the entry
      if (entry.isIntersecting) {
        this.near.add(anchor);
        for (const range of ranges) this.highlight.add(range);
        continue;
      }
      this.near.delete(anchor);
      for (const range of ranges) this.highlight.delete(range);
      if (!entry.boundingClientRect.width && !entry.boundingClientRect.height) this.climbFromBoxless(anchor, ranges);
    }
  }

  /** An element with `display: contents` has no box to observe: its numbers go to the element above it. */
  private climbFromBoxless(anchor: Element, ranges: Set<StaticRange>): void {
    if (getComputedStyle(anchor).display !== 'contents') return; // hidden, or empty for now: it has a box when shown
    const above = elementAbove(anchor);
    if (!above) return;
    this.rangesAt.delete(anchor);
    this.observer.unobserve(anchor);
    for (const range of ranges) {
      this.anchors.set(range, above);
      this.attach(range, above);
      if (this.near.has(above)) this.highlight.add(range);
    }
  }
}
