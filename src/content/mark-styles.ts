/**
 * The look of a marked number, of the number under the pointer, and the pointer over it, as
 * constructed stylesheets adopted by the document and by each open shadow root holding marks:
 * nothing is written into the page's DOM.
 *
 * The mark is a tint behind the number: both engines paint `background-color` in ::highlight
 * (Chromium 105+, Firefox 140+); Firefox ESR 140 paints no `text-decoration` there (checked in
 * screenshots of Chromium 150/156 and Firefox 140/153). No underline either where it would paint:
 * in Chromium a highlight with a text decoration has "visual overflow", so each change of the
 * highlight recomputes the ink overflow of every marked node and its ancestors, a frame of 45–76 ms
 * on a 10,000-row table against 24–38 ms with the tint alone (Chromium 156, 2026-11-26). A
 * translucent colour and the page's own text colour keep the number readable on light and dark
 * pages. The number under the pointer is a second highlight, above the first, with a deeper tint.
 *
 * The mark sheet is adopted by the document at document_start (early-mark-sheet.iife.ts), while the page
 * is still nearly empty: adopted later, its ::highlight rules (which apply to every element) make the
 * browser recompute the style of the whole page at once, 320–500 ms on a 10,000-row table (Chromium
 * 156). A rule for a highlight nobody registered paints nothing, so the sheet waits there unseen;
 * the scanner takes it over, and adopts it again if the page has replaced its sheets meanwhile.
 * Where Callprep does not run, or its first scan found no number, the sheet is taken out again: its
 * rules make every later restyle of the page dearer (about a third on that table).
 */
import { missingMarkApis } from './mark-support.ts';
import { addSheet, removeSheet, StyleSheetBlockedError, type StyledRoot } from './sheet-list.ts';

export const HIGHLIGHT_NAME = 'callprep-phone';
export const HOVER_HIGHLIGHT_NAME = 'callprep-phone-hover';

// Over white the tint is a light mint under dark text; over a dark page a deep teal under light text.
const TINT = '45, 212, 191';
const MARK_CSS = `::highlight(${HIGHLIGHT_NAME}) {
  background-color: rgba(${TINT}, 0.3);
}
::highlight(${HOVER_HIGHLIGHT_NAME}) {
  background-color: rgba(${TINT}, 0.4);
}`;
// While the pointer rests on a number: the text cursor would suggest selecting, not opening.
const POINTER_CSS = ':root, :host { cursor: pointer; }';

/** Where the sheet adopted at document_start waits for the scanner: the content scripts' world, not the page's. */
const EARLY_SHEET = Symbol.for('callprep.early-mark-sheet');
type EarlySheetHolder = { [EARLY_SHEET]?: CSSStyleSheet };

function sheetOf(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** Called once per sheet when the browser or the page does not let it be adopted. */
export type OnSheetBlocked = (error: StyleSheetBlockedError) => void;

/** One stylesheet adopted by a changing set of roots, taken back out on release. */
export class AdoptedSheet {
  private sheet: CSSStyleSheet | undefined;
  private readonly roots = new Set<StyledRoot>();
  private blocked = false;

  constructor(
    private readonly css: string,
    private readonly onBlocked: OnSheetBlocked,
    /** The same sheet made already (and adopted by the document at document_start). */
    made?: CSSStyleSheet,
  ) {
    this.sheet = made;
  }

  adopt(root: StyledRoot): void {
    if (this.roots.has(root)) return;
    this.sheet ??= sheetOf(this.css);
    try {
      addSheet(root, this.sheet);
    } catch (error) {
      if (!(error instanceof StyleSheetBlockedError)) throw error;
      if (!this.blocked) this.onBlocked(error);
      this.blocked = true;
      return;
    }
    this.roots.add(root);
  }

  release(root: StyledRoot): void {
    if (this.roots.delete(root) && this.sheet) removeSheet(root, this.sheet);
  }

  /** Takes the sheet out of `root` where it was put without this object (at document_start) and nothing here needs it. */
  dropUnused(root: StyledRoot): void {
    if (this.sheet && !this.roots.has(root)) dropSheet(root, this.sheet);
  }

  releaseAll(): void {
    for (const root of [...this.roots]) this.release(root);
  }
}

export const createMarkSheet = (onBlocked: OnSheetBlocked): AdoptedSheet => new AdoptedSheet(MARK_CSS, onBlocked, (globalThis as EarlySheetHolder)[EARLY_SHEET]);

/** Where Callprep does not run in this frame: the sheet adopted at document_start goes. */
export function dropEarlyMarkSheet(): void {
  const sheet = (globalThis as EarlySheetHolder)[EARLY_SHEET];
  if (sheet) dropSheet(document, sheet);
}

/** removeSheet, where a list that cannot be changed was already reported when adopting (or never held the sheet). */
function dropSheet(root: StyledRoot, sheet: CSSStyleSheet): void {
  try {
    removeSheet(root, sheet);
  } catch (error) {
    if (!(error instanceof StyleSheetBlockedError)) throw error;
  }
}

/**
 * At document_start: makes the mark sheet and adopts it by the document, for the scanner to take
 * over. Nothing where the browser has no highlights (the scanner says so) or the page's sheets cannot
 * be changed (the scanner tries again, and reports it).
 */
export function adoptEarlyMarkSheet(): void {
  if (missingMarkApis().length) return;
  const sheet = sheetOf(MARK_CSS);
  try {
    addSheet(document, sheet);
  } catch (error) {
    if (!(error instanceof StyleSheetBlockedError)) throw error;
    return;
  }
  (globalThis as EarlySheetHolder)[EARLY_SHEET] = sheet;
}

export const createPointerSheet = (onBlocked: OnSheetBlocked): AdoptedSheet => new AdoptedSheet(POINTER_CSS, onBlocked);
