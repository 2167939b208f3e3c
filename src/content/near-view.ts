/**
 * The marks the browser paints: only those whose element is on screen or within a screen of it.
 * Every change to a registered Highlight makes Chromium revalidate and repaint each range in it: on
 * the bench's 10,000-row table a frame of 140–190 ms with all 10,000 numbers in it, 45 ms with 100
 * (Chromium 156, 2026-11-26). So the registered highlight holds only the numbers near the viewport,
 * kept so by an IntersectionObserver on their elements, and a change costs on a long page what it
 * costs on a short one. A number a screen away is registered before the user scrolls to it; one
 * reached by a jump shows a frame after the jump.
 */
import { parentOf } from './text-walk.ts';

/** How far beyond the viewport (each side) a number is already painted: one screen. */
const NEAR_MARGIN = '100%';
/** The same reach inside the page's own scroll boxes (a CRM's scrolling list), where the browser has `scrollMargin`. */
const NEAR_SCROLL_MARGIN = '800px';

type ObserverFactory = (callback: IntersectionObserverCallback, options: IntersectionObserverInit & { scrollMargin?: string }) => Pick<IntersectionObserver, 'observe' | 'unobserve' | 'disconnect'>;

const browserObserver: ObserverFactory = (callback, options) => new IntersectionObserver(callback, options);

/** The element whose box stands for the number's place on screen: its text's parent (a shadow root's host for text right under one). */
const anchorOf = (range: StaticRange): Element | null => parentOf(range.startContainer);

export class NearViewHighlight {
  /** What is registered in CSS.highlights: the ranges near the viewport. */
  readonly highlight = new Highlight();
  private readonly anchors = new Map<StaticRange, Element>();
  private readonly rangesAt = new Map<Element, Set<StaticRange>>();
  private readonly near = new Set<Element>();
  /** Elements whose last number went in this task (see delete()). */
  private readonly emptied = new Set<Element>();
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
    if (anchor) this.place([range], anchor, () => onScreen);
  }

  delete(range: StaticRange): void {
    const anchor = this.anchors.get(range);
    if (!anchor) return;
    this.anchors.delete(range);
    this.highlight.delete(range);
    const ranges = this.rangesAt.get(anchor)!;
    ranges.delete(range);
    if (ranges.size) return;
    // Its number is usually read again at once (its text changed): observed still, it is painted at
    // once too. What stays empty is let go after this task.
    this.emptied.add(anchor);
    if (this.emptied.size === 1) setTimeout(() => this.letGoOfEmptied(), 0);
  }

  clear(): void {
    this.observer.disconnect();
    this.highlight.clear();
    this.anchors.clear();
    this.rangesAt.clear();
    this.near.clear();
    this.emptied.clear();
  }

  /**
   * Files `ranges` under `anchor` and paints them if it is near. An element not observed yet gets a
   * first report from the observer, which settles the paint: until then each range is painted if
   * `paintNow(range)` says so. For an element already observed, the observer's last report stands.
   */
  private place(ranges: Iterable<StaticRange>, anchor: Element, paintNow: (range: StaticRange) => boolean): void {
    let filed = this.rangesAt.get(anchor);
    const observed = filed !== undefined;
    if (!filed) {
      filed = new Set();
      this.rangesAt.set(anchor, filed);
      this.observer.observe(anchor);
    }
    for (const range of ranges) {
      this.anchors.set(range, anchor);
      filed.add(range);
      if (this.near.has(anchor) || (!observed && paintNow(range))) this.highlight.add(range);
      else this.highlight.delete(range);
    }
  }

  private letGoOfEmptied(): void {
    for (const anchor of this.emptied) {
      if (this.rangesAt.get(anchor)?.size !== 0) continue; // a number came back, or it moved up
      this.rangesAt.delete(anchor);
      this.near.delete(anchor);
      this.observer.unobserve(anchor);
    }
    this.emptied.clear();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const anchor = entry.target;
      const ranges = this.rangesAt.get(anchor);
      if (!ranges) continue; // let go since the browser queued the entry
      if (entry.isIntersecting) {
        this.near.add(anchor);
        for (const range of ranges) this.highlight.add(range);
        continue;
      }
      this.near.delete(anchor);
      const boxless = !entry.boundingClientRect.width && !entry.boundingClientRect.height;
      if (boxless && this.moveUp(anchor, ranges)) continue;
      for (const range of ranges) this.highlight.delete(range);
    }
  }

  /**
   * An element with `display: contents` has no box to observe: its numbers go to the element above
   * it, painted as they were until that one's first report. False for any other element without a
   * box (hidden, or empty for now): it has a box when shown.
   */
  private moveUp(anchor: Element, ranges: Set<StaticRange>): boolean {
    const above = getComputedStyle(anchor).display === 'contents' ? parentOf(anchor) : null;
    if (!above) return false;
    this.rangesAt.delete(anchor);
    this.observer.unobserve(anchor);
    this.place(ranges, above, (range) => this.highlight.has(range));
    return true;
  }
}
