/**
 * Follows the page's changes: text that changed or arrived is handed to the scanner once per
 * frame, marks on text that changed or left are dropped. The only DOM change Callprep makes is its
 * card host, which is ignored, so this never feeds on itself.
 */
import type { MarkStore } from './mark-store.ts';
import type { Scanner } from './scanner.ts';
import { CARD_HOST_TAG } from './skip-rules.ts';

// Attributes that show or hide text (tabs, accordions, dialogs) without changing it.
const VISIBILITY_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];
const FALLBACK_FLUSH_MS = 250; // requestAnimationFrame does not run in background tabs

export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Node>();
  private records: MutationRecord[] = [];
  private scheduled = false;
  private cancelFlush = () => {};

  constructor(
    private readonly scanner: Scanner,
    private readonly marks: MarkStore,
    signal: AbortSignal,
    /** Checked before each batch: after an extension reload the old instance must stop. */
    private readonly stillAlive: () => boolean,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
    signal.addEventListener('abort', () => this.observer.disconnect(), { once: true });
  }

  watch(root: Document | ShadowRoot): void {
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: VISIBILITY_ATTRIBUTES,
    });
  }

  private collect(records: MutationRecord[]): void {
    this.records.push(...records);
    if (this.scheduled) return;
    this.scheduled = true;
    const frame = requestAnimationFrame(() => this.flush());
    const timer = setTimeout(() => this.flush(), FALLBACK_FLUSH_MS);
    this.cancelFlush = () => (cancelAnimationFrame(frame), clearTimeout(timer));
  }

  private flush(): void {
    this.cancelFlush();
    this.scheduled = false;
    const records = this.records;
    this.records = [];
    if (!this.stillAlive()) return;
    let removed = false;
    const changed = new Set<Node>();
    for (const r of records) {
      if (isOwnHost(r.target)) continue;
      if (r.type === 'characterData') {
        // Its group's other nodes lose their marks too and are read again with it.
        for (const node of [r.target as Text, ...this.marks.drop(r.target as Text)]) {
          this.scanner.forget(node);
          changed.add(node);
        }
      } else if (r.type === 'attributes') {
        changed.add(r.target);
      } else {
        removed ||= r.removedNodes.length > 0;
        for (const n of r.addedNodes) if (!isOwnHost(n)) changed.add(n);
      }
    }
    // A node that comes back later (a list re-sorted in two steps) must be read again to be marked.
    if (removed) {
      for (const node of this.marks.dropDetached()) {
        this.scanner.forget(node);
        if (node.isConnected) changed.add(node); // in a group with a node that left
      }
    }
    for (const node of outermost(changed)) this.scanner.enqueue(node);
  }
}

function isOwnHost(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === CARD_HOST_TAG;
}

/** Drops nodes inside other nodes of the set: a re-rendered table is scanned once, not per cell. */
function outermost(nodes: Set<Node>): Node[] {
  return [...nodes].filter((node) => {
    for (let p = node.parentNode; p; p = p.parentNode) if (nodes.has(p)) return false;
    return true;
  });
}
