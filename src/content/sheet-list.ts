/**
 * Adds a constructed stylesheet to a document's or shadow root's adoptedStyleSheets, or takes it out,
 * keeping the page's own sheets and their order. The list is an ObservableArray, edited in place:
 * with its own methods where the content script sees them (Chromium, Firefox 153), else on the
 * page-side array (Firefox ESR 140, firefox-xray.ts). Where neither works, StyleSheetBlockedError says so.
 */
import { pageSideOf } from './firefox-xray.ts';

export type StyledRoot = Document | ShadowRoot;

export class StyleSheetBlockedError extends Error {
  override name = 'StyleSheetBlockedError';
}

/** The three list operations, bound to one root's adoptedStyleSheets. */
interface SheetListOps {
  indexOf(sheet: CSSStyleSheet): number;
  push(sheet: CSSStyleSheet): void;
  removeAt(index: number): void;
}

const hasArrayMethods = (list: unknown): list is CSSStyleSheet[] =>
  typeof (list as Partial<CSSStyleSheet[]> | null)?.push === 'function' && typeof (list as CSSStyleSheet[]).splice === 'function';

function sheetList(root: StyledRoot): SheetListOps {
  const list: unknown = root.adoptedStyleSheets;
  if (hasArrayMethods(list)) {
    return { indexOf: (sheet) => list.indexOf(sheet), push: (sheet) => void list.push(sheet), removeAt: (at) => void list.splice(at, 1) };
  }
  const pageSide = pageSideOf(list) as ArrayLike<CSSStyleSheet> | undefined;
  if (pageSide !== undefined && typeof pageSide.length === 'number') {
    // Our own Array methods on the page-side list, with the sheet as the page side holds it.
    const held = (sheet: CSSStyleSheet) => pageSideOf(sheet) ?? sheet;
    return {
      indexOf: (sheet) => Array.prototype.indexOf.call(pageSide, held(sheet)),
      push: (sheet) => void Array.prototype.push.call(pageSide, held(sheet)),
      removeAt: (at) => void Array.prototype.splice.call(pageSide, at, 1),
    };
  }
  throw new StyleSheetBlockedError(`adoptedStyleSheets cannot be changed here (${Object.prototype.toString.call(list)})`);
}

/** Adopts `sheet` into `root` after the sheets already there. */
export function addSheet(root: StyledRoot, sheet: CSSStyleSheet): void {
  const list = sheetList(root);
  if (list.indexOf(sheet) < 0) list.push(sheet);
}

/** Takes `sheet` out of `root` again; the page's sheets stay as they are. */
export function removeSheet(root: StyledRoot, sheet: CSSStyleSheet): void {
  const list = sheetList(root);
  const at = list.indexOf(sheet);
  if (at >= 0) list.removeAt(at);
}
