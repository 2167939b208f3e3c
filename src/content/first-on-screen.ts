/**
 * The marked number nearest the top of the viewport (leftmost on that line): what the keyboard
 * shortcut opens when nothing is selected, so it does something sensible on any page with numbers.
 * A number counts when one of its boxes lies in the viewport and the page shows it there, i.e. it is
 * not scrolled out of a box with its own scrollbar or under a sticky header (a hit test at its centre).
 * When the hit test finds none (a transparent overlay over the whole page), the topmost box counts.
 */
import type { Box } from './card-position.ts';
import { markNode, rangeOf, type PhoneMark } from './mark-store.ts';

/** What the choice needs from the screen; the browser's by default, a table in tests. */
export interface ScreenProbe {
  width: number;
  height: number;
  /** The mark's boxes in viewport coordinates (one per line it runs over). */
  boxesOf(mark: PhoneMark): readonly Box[];
  /** Whether the page shows the mark at (x, y), rather than something over it or nothing. */
  showsAt(mark: PhoneMark, x: number, y: number): boolean;
}

/** Two boxes whose tops differ by less than this sit on one line. */
const SAME_LINE_PX = 4;

export function firstMarkOnScreen(marks: readonly PhoneMark[], screen: ScreenProbe): PhoneMark | undefined {
  const inView = marks.flatMap((mark) => {
    const box = screen.boxesOf(mark).find((b) => b.right > b.left && b.bottom > b.top && b.bottom > 0 && b.top < screen.height && b.right > 0 && b.left < screen.width);
    return box ? [{ mark, box }] : [];
  });
  inView.sort((a, b) => (Math.abs(a.box.top - b.box.top) < SAME_LINE_PX ? a.box.left - b.box.left : a.box.top - b.box.top));
  const shown = inView.find(({ mark, box }) => screen.showsAt(mark, clampTo(box.left, box.right, screen.width), clampTo(box.top, box.bottom, screen.height)));
  return (shown ?? inView[0])?.mark;
}

/** The centre of [low, high], moved inside [0, size) when the box runs over the edge. */
const clampTo = (low: number, high: number, size: number) => (Math.max(low, 0) + Math.min(high, size - 1)) / 2;

/** The browser's screen for `doc`'s window. */
export function browserScreen(doc: Document): ScreenProbe {
  const win = doc.defaultView ?? window;
  return {
    width: doc.documentElement.clientWidth || win.innerWidth,
    height: win.innerHeight,
    boxesOf: (mark) => [...rangeOf(mark).getClientRects()],
    showsAt: (mark, x, y) => {
      const node = markNode(mark);
      const root = node.getRootNode() as Document | ShadowRoot;
      // elementFromPoint on the mark's own root sees into an open shadow root the mark is in.
      const hit = root.elementFromPoint(x, y);
      return Boolean(hit && (hit === node.parentElement || hit.contains(node) || node.parentElement?.contains(hit)));
    },
  };
}
