/**
 * Walks the text a user can read under a node: the light DOM and every OPEN shadow root (Salesforce
 * Lightning renders its records inside them), skipping what skip-rules.ts excludes. A generator, so
 * the scanner can stop after any node to yield the main thread and resume where it was.
 */
import { isSkippedElement, type VisibilityCheck } from './skip-rules.ts';

export interface WalkOptions {
  /**
   * When given, only text whose parent it finds visible is walked. The scanner leaves it out and asks
   * only of the text that may hold a number (scanner.ts): on most pages a small part of the text, and
   * in Firefox each check crosses an Xray wrapper.
   */
  isVisible?: VisibilityCheck;
  /** Called for each open shadow root met on the way, so it can be observed for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** True when an ancestor (crossing open shadow boundaries) makes `node` unsearchable. */
export function isInsideSkipped(node: Node): boolean {
  for (let el = parentOf(node); el; el = parentOf(el)) if (isSkippedElement(el)) return true;
  return false;
}

export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/** Whether the walk yields `text`: always without options.isVisible (its parent is then not even read:
 *  one read fewer per text node, which in Firefox crosses an Xray wrapper), else if its parent is shown. */
function shownBy(options: WalkOptions, text: Text): boolean {
  if (!options.isVisible) return true;
  const parent = parentOf(text);
  return parent !== null && options.isVisible(parent);
}

/** Text nodes worth reading under `root` (which may itself be a text node), in document order. */
export function* walkText(root: Node, options: WalkOptions): Generator<Text> {
  if (root.nodeType === 3) {
    if (/\S/.test((root as Text).data) && shownBy(options, root as Text)) yield root as Text;
    return;
  }
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const shadowHosts: Element[] = [];
  // No NodeFilter: calling one back for each of a big page's nodes cost more than the walk itself;
  // skipped elements are stepped over here instead.
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  if (root.nodeType === 1 && (root as Element).shadowRoot) shadowHosts.push(root as Element);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el)) {
        node = nextOutside(walker, el);
        continue;
      }
      if (el.shadowRoot) shadowHosts.push(el);
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    if (/\S/.test(text.data) && shownBy(options, text)) {
      yield text;
      // Only when there are: a delegated generator per text node is not free.
      if (shadowHosts.length) yield* drainShadowHosts(shadowHosts, options);
    }
    node = walker.nextNode();
  }
  yield* drainShadowHosts(shadowHosts, options);
}

/** The node after `el` and everything under it in the walk (null at the end of the walker's root). */
function nextOutside(walker: TreeWalker, el: Element): Node | null {
  walker.currentNode = el;
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

function* drainShadowHosts(hosts: Element[], options: WalkOptions): Generator<Text> {
  while (hosts.length) {
    const shadow = hosts.shift()!.shadowRoot;
    if (!shadow) continue;
    options.onShadowRoot?.(shadow);
    yield* walkText(shadow, options);
  }
}
