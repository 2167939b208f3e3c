/**
 * The keyboard way to a number's card: the shortcut (background/commands.ts) sends
 * `card/open-at-selection` to every frame of the tab, and only the frame the user is in acts. It
 * opens the card for the marked number the caret is in or the selection overlaps; with nothing
 * selected, for the first marked number on screen. A selection that holds no marked number opens
 * nothing. Editable fields are never read: with text selected in one nothing opens (whatever was
 * selected there is not a marked number), with only a caret in one the first number on screen opens.
 * The card opens as for a click (beside the number, or docked in the top page for a small frame),
 * and takes the focus; Escape in it gives the focus back (card-host.ts).
 */
import { deepActiveElement } from './active-element.ts';
import type { CardOpener } from './card-request.ts';
import { browserScreen, firstMarkOnScreen } from './first-on-screen.ts';
import { openCardFor } from './mark-card.ts';
import { markNode, rangeOf, type MarkStore, type PhoneMark } from './mark-store.ts';
import { markInSelection, type Boundaries } from './selection-mark.ts';
import { CARD_HOST_TAG } from './skip-rules.ts';

export interface KeyboardOpenContext {
  marks: MarkStore;
  opener: CardOpener;
  shadowRoots: () => ShadowRoot[];
  stillAlive: () => boolean;
}

const FRAME_TAGS = new Set(['iframe', 'frame', 'object', 'embed']);

/**
 * Whether this frame is where the user is: it has the focus and no frame inside it has (hasFocus is
 * true for every frame up the chain from the focused one). When the focus is outside the page (the
 * address bar), the top frame stands in. Focus in Callprep's own card means the card is open already.
 */
export function isFrameTheUserIsIn(doc: Document, win: Window): boolean {
  if (!doc.hasFocus()) return win === win.top;
  const active = deepActiveElement(doc);
  return !active || !(FRAME_TAGS.has(active.localName) || active.localName === CARD_HOST_TAG);
}

/** Opens the card the shortcut means in this frame, if any; returns the mark it opened. */
export function openCardAtSelection(ctx: KeyboardOpenContext, doc: Document = document): PhoneMark | undefined {
  const win = doc.defaultView ?? window;
  if (!ctx.stillAlive() || !isFrameTheUserIsIn(doc, win)) return undefined;
  const mark = chosenMark(ctx, doc);
  if (!mark) return undefined;
  bringIntoView(mark, win);
  openCardFor(ctx.opener, mark, doc);
  return mark;
}

function chosenMark(ctx: KeyboardOpenContext, doc: Document): PhoneMark | undefined {
  const firstOnScreen = () => firstMarkOnScreen(ctx.marks.shown(), browserScreen(doc));
  const active = deepActiveElement(doc);
  const ranges = selectionRanges(doc, ctx.shadowRoots());
  if (active && isEditable(active)) return hasSelectedText(active, ranges) ? undefined : firstOnScreen();
  const selected = ranges.some((r) => r.startContainer !== r.endContainer || r.startOffset !== r.endOffset);
  const mark = markInSelection(ctx.marks, ranges);
  return mark ?? (selected ? undefined : firstOnScreen());
}

/** The selection's ranges, seen into the open shadow roots holding marks where the browser can. */
function selectionRanges(doc: Document, shadowRoots: ShadowRoot[]): Boundaries[] {
  const selection = doc.getSelection();
  if (!selection?.rangeCount) return [];
  const composed = (selection as Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }).getComposedRanges;
  if (shadowRoots.length && typeof composed === 'function') {
    try {
      return composed.call(selection, { shadowRoots });
    } catch (error) {
      // An older signature (shadow roots as arguments) refuses the options object with a TypeError:
      // the plain ranges below still see the page.
      if (!(error instanceof TypeError)) throw error;
    }
  }
  return Array.from({ length: selection.rangeCount }, (_, i) => selection.getRangeAt(i));
}

function isEditable(el: Element): boolean {
  const name = el.localName;
  return name === 'input' || name === 'textarea' || name === 'select' || (el as HTMLElement).isContentEditable === true;
}

/** Whether text is selected in the focused field, from its selection offsets only, never its value. */
function hasSelectedText(el: Element, ranges: readonly Boundaries[]): boolean {
  if (el.localName === 'input' || el.localName === 'textarea') {
    const field = el as HTMLInputElement;
    try {
      return field.selectionStart !== null && field.selectionStart !== field.selectionEnd;
    } catch (error) {
      // A type without a text selection (a date, a colour): older browsers throw InvalidStateError.
      if (error instanceof DOMException && error.name === 'InvalidStateError') return false;
      throw error;
    }
  }
  return ranges.some((r) => r.startContainer !== r.endContainer || r.startOffset !== r.endOffset);
}

/** A selection made further up the page and scrolled away from: the number comes back on screen first. */
function bringIntoView(mark: PhoneMark, win: Window): void {
  const box = rangeOf(mark).getBoundingClientRect();
  if (box.bottom > 0 && box.top < win.innerHeight && box.right > 0 && box.left < win.innerWidth) return;
  markNode(mark).parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
