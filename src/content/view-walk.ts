/**
 * The text on screen first: walks the text a user can read (as text-walk.ts does) but only inside
 * elements whose box meets the viewport, so the scanner can mark what the user looks at before the
 * rest of a big page. A hint, not the whole truth: the full walk still reads every node afterwards,
 * so text drawn outside its ancestors' boxes (absolute positioning, overflow) is only marked later.
 */
import { isSkippedElement, type VisibilityCheck } from './skip-rules.ts';

export interface ViewBox {
  width: number;
  height: number;
}

export interface ViewWalkOptions {
  isVisible: VisibilityCheck;
  onShadowRoot?: (root: ShadowRoot) => void;
  /** The viewport; the window's by default. */
  view?: ViewBox;
}

/** Siblings in a row wholly below the viewport after which the rest are taken to be too (normal flow). */
const BELOW_IN_A_ROW = 24;
/** Read a little beyond the edges: what a small scroll or a wheel notch brings in. */
const MARGIN = 0.25;

const windowView = (doc: Document): ViewBox => {
  const win = doc.defaultView ?? window;
  return { width: win.innerWidth, height: win.innerHeight };
};

type Place = 'above' | 'in' | 'below' | 'none';

function placeOf(el: Element, view: ViewBox): Place {
  const box = el.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return 'none'; // display: contents, or no box: look inside
  const margin = view.height * MARGIN;
  if (box.top > view.height + margin) return 'below';
  if (box.bottom < -margin || box.right < 0 || box.left > view.width) return 'above';
  return 'in';
}

/** Text nodes under `root` inside the viewport (with a margin), in document order. */
export function* walkTextInView(root: Node, options: ViewWalkOptions): Generator<Text> {
  const view = options.view ?? windowView(root.ownerDocument ?? (root as Document));
  yield* walkChildren(root, options, view);
}

function* walkChildren(parent: Node, options: ViewWalkOptions, view: ViewBox): Generator<Text> {
  let below = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = node as Text;
      const el = text.parentElement;
      if (el && /\S/.test(text.data) && options.isVisible(el)) yield text;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (isSkippedElement(el)) continue;
    const place = placeOf(el, view);
    below = place === 'below' ? below + 1 : 0;
    if (below >= BELOW_IN_A_ROW) return;
    if (place === 'above' || place === 'below') continue;
    if (place === 'none' && !options.isVisible(el) && getComputedStyle(el).display !== 'contents') continue;
    yield* walkChildren(el, options, view);
    if (el.shadowRoot) {
      options.onShadowRoot?.(el.shadowRoot);
      yield* walkChildren(el.shadowRoot, options, view);
    }
  }
}
