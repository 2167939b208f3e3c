/**
 * The click gesture (the README describes it from here):
 * - A plain click on a marked number opens its card.
 * - When the number sits inside something the page made clickable (a link, a button, an element
 *   with role=button or role=link, a label, a summary, an [onclick] handler), the page's own click
 *   goes through unchanged and Alt+click opens the card instead.
 * - tel: and callto: links always open the card: calling is what they are for, and the card is
 *   where Callprep calls from.
 * - Other buttons than the main one, and Ctrl/Cmd/Shift clicks (new tab, new window, select), are
 *   always left to the page.
 * When the card opens, the click is stopped so the page does not act on it too.
 */
export type GestureResult = 'open-card' | 'leave-to-page';

export interface ClickFacts {
  button: number;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  /** The number comes from a tel:/callto: link. */
  inCallLink: boolean;
  /** The number sits inside an element the page made clickable. */
  inClickable: boolean;
}

export function decideGesture(click: ClickFacts): GestureResult {
  if (click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey) return 'leave-to-page';
  if (click.inCallLink) return 'open-card';
  if (click.inClickable) return click.altKey ? 'open-card' : 'leave-to-page';
  return 'open-card';
}

const CLICKABLE = 'a[href], button, [role="button"], [role="link"], label, summary, [onclick]';

/** Whether the page made anything around `node` clickable, looking through open shadow roots. */
export function isInsideClickable(node: Node): boolean {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let root: Node = node.getRootNode();
  for (;;) {
    if (el?.closest(CLICKABLE)) return true;
    if (root.nodeType !== 11) return false;
    el = (root as ShadowRoot).host;
    root = el.getRootNode();
  }
}
