/**
 * Numbers split by inline markup: "<b>+1</b> 212 736 8410", "<span>(212)</span> <span>736-8410</span>".
 * A reader sees one number where the DOM has several text nodes. Neighbouring text nodes form one
 * group when only inline elements stand between them (by tag and by their computed display: a span
 * laid out as a flex item or block starts a new line or column) and the text on both sides of each
 * seam looks like the inside of a number. A group is searched as one text (see rendered-text.ts).
 */
import { isSkippedElement, type VisibilityCheck } from './skip-rules.ts';

/** Elements that are inline by default and carry text formatting or links, not structure. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK',
  'NOBR', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);
/** Tested on the text without its outer white space, which folds to at most one space. */
/** "+1", "(212)", "030 -": may go on in the next node. */
const CONTINUES_RIGHT = /[\d+(][ \u00A0\u202F\u2009.\-\u2013/()]{0,3}$/;
/** "736-8410", "(0)30": may go on from the previous node ("+49" starts a number of its own). */
const CONTINUES_LEFT = /^[ \u00A0\u202F\u2009.\-\u2013/()]{0,3}[\d(]/;
/** A node of white space and at most three separators (" ", " - ") bridges the two beside it. */
const BRIDGE = /^\s*[\u00A0\u202F\u2009.\-\u2013/()]{0,3}\s*$/;
const continuesRight = (text: Text) => CONTINUES_RIGHT.test(text.data.trimEnd());
const continuesLeft = (text: Text) => CONTINUES_LEFT.test(text.data.trimStart());
const isBridge = (text: Text) => text.data.length > 0 && BRIDGE.test(text.data);
/** Longer chains are not numbers but runs of styled digits (a ticker, a code listing). */
export const MAX_GROUP_NODES = 8;

export type DisplayOf = (el: Element) => string;
const displayByStyle: DisplayOf = (el) => getComputedStyle(el).display;
const isInlineDisplay = (displayOf: DisplayOf) => (el: Element) => /^(?:inline|contents)$/.test(displayOf(el));

export interface GroupOptions {
  isVisible: VisibilityCheck;
  displayOf?: DisplayOf;
}

type Direction = 'previous' | 'next';

const sibling = (node: Node, direction: Direction) => (direction === 'next' ? node.nextSibling : node.previousSibling);
const inward = (node: Node, direction: Direction) => (direction === 'next' ? node.firstChild : node.lastChild);
const isInlineTag = (el: Element) => INLINE_TAGS.has(el.tagName.toUpperCase()) && !isSkippedElement(el);

/**
 * The text node next to `node` in reading order with only inline elements between them (collected
 * in `crossed` for the display check); null at anything else: a block, a line break, a cell, a form
 * field, a shadow root.
 */
function adjacentText(node: Node, direction: Direction, crossed: Element[]): Text | null {
  let current = node;
  for (let steps = 0; steps < 16; steps++) {
    let next = sibling(current, direction);
    while (!next) {
      const parent = current.parentNode;
      if (!parent || parent.nodeType !== 1 || !isInlineTag(parent as Element)) return null;
      crossed.push(parent as Element);
      current = parent;
      next = sibling(current, direction);
    }
    while (next.nodeType === 1) {
      if (!isInlineTag(next as Element)) return null;
      crossed.push(next as Element);
      const child = inward(next, direction);
      if (!child) break; // an empty inline element (<wbr>, an icon span): step over it
      next = child;
    }
    if (next.nodeType === 3) return next as Text;
    current = next; // a comment or an empty element
  }
  return null;
}

function joins(left: Text, right: Text): boolean {
  return (continuesRight(left) || isBridge(left)) && (continuesLeft(right) || isBridge(right));
}

/** Extends the group from its end in one direction; false when it grew past MAX_GROUP_NODES. */
function extend(group: Text[], direction: Direction, options: GroupOptions): boolean {
  const inline = isInlineDisplay(options.displayOf ?? displayByStyle);
  for (;;) {
    const edge = direction === 'next' ? group[group.length - 1]! : group[0]!;
    const seen: Element[] = [];
    const neighbour = adjacentText(edge, direction, seen);
    if (!neighbour) return true;
    const [left, right] = direction === 'next' ? [edge, neighbour] : [neighbour, edge];
    if (!joins(left, right)) return true;
    const parent = neighbour.parentElement;
    if (!parent || !options.isVisible(parent)) return true;
    if (!seen.every(inline)) return true;
    if (group.length >= MAX_GROUP_NODES) return false;
    if (direction === 'next') group.push(neighbour);
    else group.unshift(neighbour);
  }
}

/**
 * Up to `maxChars` of the text right before `text` on the same line (across inline elements, white
 * space folded): where a label in its own element stands. "<b>Invoice no.</b> 4155550132" is an
 * invoice number, "<b>Tel.</b> 030 1234567" a phone number.
 */
export function textBefore(text: Text, options: GroupOptions, maxChars = 48): string {
  const inline = isInlineDisplay(options.displayOf ?? displayByStyle);
  let context = '';
  for (let edge = text; context.length < maxChars; ) {
    const crossed: Element[] = [];
    const previous = adjacentText(edge, 'previous', crossed);
    if (!previous?.parentElement || !options.isVisible(previous.parentElement) || !crossed.every(inline)) break;
    context = previous.data + context;
    edge = previous;
  }
  return context.replace(/[ \t\n\r\f]+/g, ' ').slice(-maxChars);
}

/** Drops separator-only nodes at either end: they belong to no number. */
function trimBridges(group: Text[]): Text[] {
  let start = 0;
  let end = group.length;
  while (start < end && isBridge(group[start]!)) start++;
  while (end > start && isBridge(group[end - 1]!)) end--;
  return group.slice(start, end);
}

/**
 * The text nodes read together with `text`, in order (just [text] when it stands alone). The same
 * set comes back whichever member is asked, so each group is searched and marked once.
 */
export function inlineGroupOf(text: Text, options: GroupOptions): Text[] {
  if (!continuesLeft(text) && !continuesRight(text)) return [text];
  const group = [text];
  if (!extend(group, 'previous', options) || !extend(group, 'next', options)) return [text];
  const trimmed = trimBridges(group);
  return trimmed.length > 1 && trimmed.includes(text) ? trimmed : [text];
}
