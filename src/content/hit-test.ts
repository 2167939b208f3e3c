/**
 * Which marked number is under a point. The caret APIs map a point to (text node, offset) in a few
 * microseconds; the answer is then checked against the number's boxes, because the caret APIs also
 * answer for points beside the text (the empty end of a table cell).
 */
import { rangeOf, type MarkStore, type PhoneMark } from './mark-store.ts';

interface CaretPositionOptions {
  shadowRoots?: ShadowRoot[];
}
type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: CaretPositionOptions) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y, { shadowRoots });
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

export function markContainsPoint(mark: PhoneMark, x: number, y: number): boolean {
  const range = rangeOf(mark);
  // A little slack: the tint's edge and the glyphs' descenders.
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 3) return true;
  return false;
}

/**
 * The mark under (x, y). `target` is the innermost element the event reached (composedPath()[0]):
 * when the caret API cannot see into a shadow root, that element's own text nodes are tried.
 */
export function markAtPoint(marks: MarkStore, doc: Document, x: number, y: number, target: EventTarget | undefined, shadowRoots: ShadowRoot[]): PhoneMark | undefined {
  if (!marks.size) return undefined;
  const caret = caretAt(doc, x, y, shadowRoots);
  const byCaret = caret && marks.at(caret.node, caret.offset);
  if (byCaret && markContainsPoint(byCaret, x, y)) return byCaret;
  // Duck-typed: instanceof is unreliable across Firefox's content-script wrappers.
  const childNodes = (target as Partial<Node> | undefined)?.childNodes;
  if (!childNodes) return undefined;
  for (const child of childNodes) {
    if (child.nodeType !== 3) continue;
    const hit = marks.marksIn(child as Text).find((m) => markContainsPoint(m, x, y));
    if (hit) return hit;
  }
  return undefined;
}
