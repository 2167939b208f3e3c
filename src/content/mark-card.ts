/**
 * Opening a marked number's card, the same way for a click and for the keyboard shortcut: the
 * params the card page gets in its URL, and the number's box on screen to place the card beside.
 */
import type { CardParams } from '../shared/card-frame.ts';
import type { CardOpener } from './card-request.ts';
import { markNode, rangeOf, type PhoneMark } from './mark-store.ts';
import { findNearbyCompany, findNearbyName } from './nearby-name.ts';

export function cardParamsOf(mark: PhoneMark, doc: Document = document): CardParams {
  const node = markNode(mark);
  return { e164: mark.e164, raw: mark.raw, ext: mark.ext, pageTitle: doc.title, nearbyName: findNearbyName(node, mark.raw), nearbyCompany: findNearbyCompany(node) };
}

/** The row a number sits in (a table row, a list item), whose box the card stays clear of; none outside one. */
function rowBoxOf(node: Node): DOMRect | undefined {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest('tr, [role="row"], li')?.getBoundingClientRect();
}

export function openCardFor(opener: CardOpener, mark: PhoneMark, doc: Document = document): void {
  opener.open(cardParamsOf(mark, doc), rangeOf(mark).getBoundingClientRect(), rowBoxOf(markNode(mark)));
}

/** Prepares the card of the number the pointer rests on (CardOpener.prewarm). */
export function prewarmCardFor(opener: CardOpener, mark: PhoneMark, doc: Document = document): void {
  opener.prewarm(cardParamsOf(mark, doc));
}
