/**
 * Which parts of a page are never searched for numbers: code and invisible containers, form fields
 * and anything editable (a mark under the user's cursor while typing would be in the way), and
 * Callprep's own card host.
 */
export const CARD_HOST_TAG = 'callprep-card';

// By local name, which (unlike tagName, upper-cased in HTML only) is the same in every kind of document.
const SKIPPED_NAMES = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'iframe', 'object',
  'canvas', 'video', 'audio', 'head', 'title', 'svg', 'math', CARD_HOST_TAG,
]);

/** True when nothing inside `el` is searched. Asked of every element of a page: no string is made. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED_NAMES.has(el.localName)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  // happy-dom and some XML documents lack isContentEditable: the attribute is the fallback.
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export function isDocumentEditable(doc: Document): boolean {
  return doc.designMode === 'on';
}

export type VisibilityCheck = (el: Element) => boolean;

/**
 * Visibility per element, cached for one scan pass (the same <td> holds several text nodes).
 * checkVisibility() where the browser has it; otherwise a box test, which is what it means.
 */
export function createVisibilityCheck(): VisibilityCheck {
  const cache = new Map<Element, boolean>();
  const check = (el: Element): boolean => {
    let visible = cache.get(el);
    if (visible !== undefined) return visible;
    if (typeof el.checkVisibility === 'function') {
      visible = el.checkVisibility({ visibilityProperty: true });
      // display: contents has no box of its own, but its text is shown: ask its parent instead.
      if (!visible && el.parentElement && getComputedStyle(el).display === 'contents') visible = check(el.parentElement);
    } else {
      visible = el.getClientRects().length > 0;
    }
    cache.set(el, visible);
    return visible;
  };
  return check;
}
