/**
 * Walks the text a user can read under a node: the light DOM and every OPEN shadow root (Salesforce
 * Lightning renders its records inside them), skipping what skip-rules.ts excludes. A generator, so
 * the scanner can stop after any node to yield the main thread and resume where it was.
 */
import { isSkippedElement, type VisibilityCheck } from './skip-rules.ts';

export interface WalkOptions {
  isVisible: VisibilityCheck;
  /** Called for each open shadow root met on the way, so it can be observed for changes. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ACCEPT = 1;
const REJECT = 2;
const SKIP = 3;

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

/** Text nodes worth reading under `root` (which may itself be a text node), in document order. */
export function* walkText(root: Node, options: WalkOptions): Generator<Text> {
  if (root.nodeType === 3) {
    const parent = parentOf(root);
    if (parent && /\S/.test((root as Text).data) && options.isVisible(parent)) yield root as Text;
    return;
  }
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return;
  const doc = root.ownerDocument ?? (root as Document);
  const shadowHosts: Element[] = [];
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 3) return ACCEPT;
      const el = node as Element;
      if (isSkippedElement(el)) return REJECT;
      if (el.shadowRoot) shadowHosts.push(el);
      return SKIP;
    },
  });
  if (root.nodeType === 1 && (root as Element).shadowRoot) shadowHosts.push(root as Element);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = parentOf(text);
    if (!parent || !/\S/.test(text.data) || !options.isVisible(parent)) continue;
    yield text;
    yield* drainShadowHosts(shadowHosts, options);
  }
  yield* drainShadowHosts(shadowHosts, options);
}

function* drainShadowHosts(hosts: Element[], options: WalkOptions): Generator<Text> {
  while (hosts.length) {
    const shadow = hosts.shift()!.shadowRoot;
    if (!shadow) continue;
    options.onShadowRoot?.(shadow);
    yield* walkText(shadow, options);
  }
}
