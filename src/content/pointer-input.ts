/**
 * The page-side input: a click on a marked number opens its card (see gesture.ts for the rules),
 * and the pointer turns into a hand while it rests on one.
 */
import type { CardOpener } from './card-request.ts';
import { decideGesture, isInsideClickable } from './gesture.ts';
import { markAtPoint } from './hit-test.ts';
import { openCardFor, prewarmCardFor } from './mark-card.ts';
import { createPointerSheet, type OnSheetBlocked } from './mark-styles.ts';
import { markNode, type MarkStore, type PhoneMark } from './mark-store.ts';

export interface PointerInputContext {
  marks: MarkStore;
  /** Beside the number, or in the tab's top page when this is an embedded frame too small for the card. */
  opener: CardOpener;
  shadowRoots: () => ShadowRoot[];
  signal: AbortSignal;
  /** False once the extension is gone: the caller then cleans up instead. */
  stillAlive: () => boolean;
  onSheetBlocked: OnSheetBlocked;
}

export function listenForClicks(ctx: PointerInputContext): void {
  const { opener } = ctx;
  const onClick = (event: MouseEvent) => {
    // Only the user's own clicks: a page (or an ad frame) dispatching clicks must not open our card.
    if (!event.isTrusted || !ctx.stillAlive()) return;
    const mark = markAtPoint(ctx.marks, document, event.clientX, event.clientY, event.composedPath()[0], ctx.shadowRoots());
    if (!mark) return;
    // The end of a drag that selected text is not a request for the card.
    if (document.getSelection()?.isCollapsed === false) return;
    const facts = { ...pick(event), inCallLink: mark.fromLink, inClickable: isInsideClickable(markNode(mark)) };
    if (decideGesture(facts) !== 'open-card') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    openCardFor(opener, mark);
  };
  window.addEventListener('click', onClick, { capture: true, signal: ctx.signal });
  // A card opened in the top page for this frame closes, as one beside the number would, on a press
  // elsewhere in the frame (a press on a number opens the next card instead) or on Escape here.
  const onPointerDown = (event: PointerEvent) => {
    if (opener.cardInTop && !markAtPoint(ctx.marks, document, event.clientX, event.clientY, event.composedPath()[0], ctx.shadowRoots())) opener.closeInTop();
  };
  window.addEventListener('pointerdown', onPointerDown, { capture: true, signal: ctx.signal });
  window.addEventListener('keydown', (event) => event.key === 'Escape' && opener.closeInTop(), { capture: true, signal: ctx.signal });
}

const pick = ({ button, altKey, ctrlKey, metaKey, shiftKey }: MouseEvent) => ({ button, altKey, ctrlKey, metaKey, shiftKey });

/** A pointer resting this long on a number is about to click it: its card is prepared (card-host.ts).
 *  Passing over numbers on the way elsewhere prepares nothing. */
export const PREWARM_REST_MS = 40;

/**
 * Documents with more elements than this keep their own cursor over a number (the hover tint still
 * shows): the hand is a `cursor` on the root, which every element inherits, so the browser restyles
 * the whole page each time it comes and goes, 140–160 ms on a 10,000-row table (50,000 elements,
 * Chromium 156): a stutter at every number the pointer crosses.
 */
export const HAND_CURSOR_MAX_ELEMENTS = 8_000;

/**
 * The number under the pointer gets the hover highlight, and the pointer a hand, via an adopted
 * `:root { cursor: pointer }` sheet: no DOM attribute. When the user's own pointer rests on it, its
 * card is prepared.
 */
export function listenForHover(ctx: PointerInputContext): void {
  const sheet = createPointerSheet(ctx.onSheetBlocked);
  let frame = 0;
  let last: { x: number; y: number; target: EventTarget | undefined; trusted: boolean } | undefined;
  let resting: PhoneMark | undefined;
  /** The number the hand was last decided for. */
  let handFor: PhoneMark | undefined;
  let rest: ReturnType<typeof setTimeout> | undefined;
  const restOn = (mark: PhoneMark | undefined, trusted = false) => {
    if (mark === resting) return;
    clearTimeout(rest);
    resting = mark;
    if (mark && trusted) rest = setTimeout(() => ctx.stillAlive() && prewarmCardFor(ctx.opener, mark), PREWARM_REST_MS);
  };
  const dropHand = () => {
    handFor = undefined;
    sheet.releaseAll();
  };
  const update = () => {
    frame = 0;
    if (!last || !ctx.stillAlive()) return;
    const mark = markAtPoint(ctx.marks, document, last.x, last.y, last.target, ctx.shadowRoots());
    ctx.marks.hover(mark);
    restOn(mark, last.trusted);
    if (!mark) return dropHand();
    // Counted when the pointer reaches a number, not at every move over it.
    if (mark !== handFor && document.getElementsByTagName('*').length <= HAND_CURSOR_MAX_ELEMENTS) sheet.adopt(document);
    handFor = mark;
    const root = markNode(mark).getRootNode();
    if (root.nodeType === 11) sheet.adopt(root as ShadowRoot);
  };
  const onMove = (event: PointerEvent) => {
    if (!ctx.marks.size) return;
    // composedPath() is empty once dispatch ends: keep the target now.
    last = { x: event.clientX, y: event.clientY, target: event.composedPath()[0], trusted: event.isTrusted };
    frame ||= requestAnimationFrame(update);
  };
  window.addEventListener('pointermove', onMove, { passive: true, capture: true, signal: ctx.signal });
  // The pointer left the frame: no number is under it any more.
  const onOut = (event: PointerEvent) => {
    if (event.relatedTarget !== null) return;
    last = undefined;
    restOn(undefined);
    ctx.marks.hover(undefined);
    dropHand();
  };
  window.addEventListener('pointerout', onOut, { passive: true, capture: true, signal: ctx.signal });
  // A press is the click itself (or something else): no more resting.
  window.addEventListener('pointerdown', () => restOn(undefined), { passive: true, capture: true, signal: ctx.signal });
  ctx.signal.addEventListener('abort', () => (cancelAnimationFrame(frame), clearTimeout(rest), sheet.releaseAll()), { once: true });
}
