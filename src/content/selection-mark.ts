/**
 * Which marked number the keyboard shortcut means, from the selection of the frame the user is in:
 * the number the caret is in, else the first number the selection overlaps (in reading order, so a
 * selection that starts inside one number and runs on picks that one). A selection that overlaps no
 * marked number picks nothing: whatever the user selected, it is not a number Callprep knows.
 * Numbers are found through MarkStore, never by reading the selected text.
 */
import type { MarkStore, PhoneMark } from './mark-store.ts';

/** A selection range as either API gives it (getRangeAt: Range; getComposedRanges: StaticRange). */
export interface Boundaries {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

type Marks = Pick<MarkStore, 'at' | 'marksIn'>;

const isText = (node: Node | null | undefined): node is Text => node?.nodeType === 3;
const isCollapsed = (r: Boundaries) => r.startContainer === r.endContainer && r.startOffset === r.endOffset;

/** The number a caret at (node, offset) is in; a caret between elements counts for the text on either side. */
export function markAtCaret(marks: Marks, node: Node, offset: number): PhoneMark | undefined {
  if (isText(node)) return marks.at(node, offset);
  const after = node.childNodes[offset];
  const before = node.childNodes[offset - 1];
  return (isText(after) ? marks.at(after, 0) : undefined) ?? (isText(before) ? marks.at(before, before.length) : undefined);
}

/** The first marked number that shares at least one character with the selection's ranges. */
export function markInSelection(marks: Marks, ranges: readonly Boundaries[]): PhoneMark | undefined {
  for (const range of ranges) {
    const found = isCollapsed(range) ? markAtCaret(marks, range.startContainer, range.startOffset) : firstOverlap(marks, range);
    if (found) return found;
  }
  return undefined;
}

function firstOverlap(marks: Marks, bounds: Boundaries): PhoneMark | undefined {
  const startRoot = bounds.startContainer.getRootNode();
  const endRoot = bounds.endContainer.getRootNode();
  if (startRoot === endRoot) return overlapInTree(marks, bounds);
  // A selection from the page into a shadow root (or out of one): each tree's piece on its own.
  const tail = (node: Node): [Node, number] => [node, node.childNodes.length];
  const [rootEnd, rootEndOffset] = tail(startRoot);
  return (
    overlapInTree(marks, { ...bounds, endContainer: rootEnd, endOffset: rootEndOffset }) ??
    overlapInTree(marks, { ...bounds, startContainer: endRoot, startOffset: 0 })
  );
}

/** Both boundaries in one tree: walk its text nodes from the start until past the end. */
function overlapInTree(marks: Marks, bounds: Boundaries): PhoneMark | undefined {
  const doc = bounds.startContainer.ownerDocument ?? (bounds.startContainer as Document);
  const range = doc.createRange();
  range.setStart(bounds.startContainer, bounds.startOffset);
  range.setEnd(bounds.endContainer, bounds.endOffset);
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  // Start at the range's first node rather than the top of the common ancestor: a selection near the
  // end of a long page would otherwise walk every text node before it.
  walker.currentNode = startNodeOf(range);
  let node: Node | null = isText(walker.currentNode) ? walker.currentNode : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (range.comparePoint(node, 0) > 0) return undefined; // past the end
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const from = text === range.startContainer ? range.startOffset : 0;
    const to = text === range.endContainer ? range.endOffset : text.length;
    const hit = marks
      .marksIn(text)
      .map((mark) => ({ mark, part: mark.parts.find((p) => p.node === text && p.start < to && p.end > from) }))
      .filter((m) => m.part)
      .sort((a, b) => a.part!.start - b.part!.start)[0];
    if (hit) return hit.mark;
  }
  return undefined;
}

/** The node the walk starts from: the start text node, or the last node before the start boundary. */
function startNodeOf(range: Range): Node {
  const { startContainer, startOffset } = range;
  if (isText(startContainer) || startOffset === 0) return startContainer;
  let node: Node = startContainer.childNodes[startOffset - 1]!;
  while (node.lastChild) node = node.lastChild;
  return node;
}
