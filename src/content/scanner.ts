/**
 * Finds the numbers under the nodes it is given and marks them. Work runs in slices of at most
 * SLICE_MS with the main thread given back in between. Each text node is read once per content:
 * the cheap pre-check picks the few worth detecting, and only then is the detector chunk loaded.
 */
import { mayContainPhoneNumber } from '../detect/precheck.ts';
import { loadDetector, type Detector } from './detector-loader.ts';
import type { MarkInput, MarkStore } from './mark-store.ts';
import { createVisibilityCheck, isDocumentEditable, type VisibilityCheck } from './skip-rules.ts';
import { isInsideSkipped, parentOf, walkText } from './text-walk.ts';
import { Slice } from './yield-main.ts';

export interface ScannerOptions {
  marks: MarkStore;
  region: string | undefined;
  signal: AbortSignal;
  onShadowRoot: (root: ShadowRoot) => void;
  /** Called each time the queue runs empty. */
  onIdle?: () => void;
  /** Replaceable for tests without layout; one check is made per scan pass. */
  createVisibilityCheck?: () => VisibilityCheck;
}

const SHOW_EVERY_MS = 500;
const CALL_LINK = /^\s*(tel|callto):/i;

/** The tel:/callto: link around a text node, if any: its text is a number whatever it says. */
export function callLinkOf(text: Text): HTMLAnchorElement | null {
  const link = parentOf(text)?.closest('a[href]') as HTMLAnchorElement | null | undefined;
  return link && CALL_LINK.test(link.getAttribute('href') ?? '') ? link : null;
}

export class Scanner {
  /** Text nodes read (not skipped as unchanged): a figure for the benchmark. */
  textNodesRead = 0;
  private readonly queue: Node[] = [];
  private readonly readData = new WeakMap<Text, string>();
  private pending: Text[] = [];
  private running: Promise<void> | undefined;
  private readonly newVisibilityCheck: () => VisibilityCheck;

  constructor(private readonly options: ScannerOptions) {
    this.newVisibilityCheck = options.createVisibilityCheck ?? createVisibilityCheck;
  }

  /** Schedules `node` and everything under it (again); unchanged text nodes are skipped cheaply. */
  enqueue(node: Node): void {
    this.queue.push(node);
    this.running ??= this.drain();
  }

  /** Forgets what a text node said, so its next scan reads it again. */
  forget(node: Text): void {
    this.readData.delete(node);
  }

  /** Resolves once everything enqueued so far is scanned. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    // Start in a microtask: `running` is set before this can clear it, and nodes enqueued in the
    // same task (a mutation batch) share one round.
    await Promise.resolve();
    try {
      await this.scanQueue();
    } catch {
      // The detector chunk failed to load: the extension was reloaded or removed under us.
      this.queue.length = 0;
    }
    this.running = undefined;
    if (!this.options.signal.aborted) this.options.onIdle?.();
  }

  /**
   * Rounds of two phases: read (walk, visibility, pre-check) everything queued, then detect and mark.
   * Kept apart because each change to the highlight dirties the page's style, and the next
   * visibility check would then pay a style recalculation of the whole page: interleaved, a
   * 10,000-row table took seconds instead of a fraction of one.
   */
  private async scanQueue(): Promise<void> {
    const slice = new Slice();
    // `running` is cleared by drain() with no await after this last look at the queue, so nodes
    // enqueued meanwhile are always served by this round or the next.
    while (this.queue.length && !this.options.signal.aborted) {
      await this.readQueue(slice);
      await this.detectPending(slice);
    }
  }

  private async readQueue(slice: Slice): Promise<void> {
    const { signal, onShadowRoot } = this.options;
    let isVisible = this.newVisibilityCheck();
    while (this.queue.length && !signal.aborted) {
      const root = this.queue.shift()!;
      if (!root.isConnected || isDocumentEditable(root.ownerDocument ?? (root as Document))) continue;
      if (root.nodeType !== 9 && root.nodeType !== 11 && isInsideSkipped(root)) continue;
      for (const text of walkText(root, { isVisible, onShadowRoot })) {
        this.read(text);
        if (!slice.expired()) continue;
        await slice.next();
        if (signal.aborted) return;
        isVisible = this.newVisibilityCheck(); // the page may have changed while we yielded
      }
    }
  }

  private read(text: Text): void {
    const data = text.data;
    if (this.readData.get(text) === data) return;
    this.readData.set(text, data);
    this.textNodesRead++;
    if (!mayContainPhoneNumber(data) && !callLinkOf(text)) return this.options.marks.drop(text);
    // The first candidate starts loading the detector, which then arrives while we keep reading.
    if (!this.pending.length) loadDetector().catch(() => {});
    this.pending.push(text);
  }

  private async detectPending(slice: Slice): Promise<void> {
    if (!this.pending.length) return;
    const detector = await loadDetector();
    const pending = this.pending;
    this.pending = [];
    const { marks, signal } = this.options;
    let shown = performance.now();
    for (let i = 0; i < pending.length && !signal.aborted; i++) {
      const text = pending[i]!;
      // Changed or gone while we waited: the mutation observer has queued it again.
      if (text.isConnected && this.readData.get(text) === text.data) marks.set(text, this.find(detector, text));
      if (!slice.expired()) continue;
      // On a long page, show what is found every so often rather than all at the very end.
      if (performance.now() - shown > SHOW_EVERY_MS) {
        marks.commit();
        shown = performance.now();
      }
      await slice.next();
    }
    marks.commit();
  }

  private find(detector: Detector, text: Text): MarkInput[] {
    const { region } = this.options;
    const link = callLinkOf(text);
    const parsed = link && detector.parseTelHref(link.getAttribute('href') ?? '', region);
    if (parsed) {
      const start = text.data.search(/\S/);
      const end = text.data.trimEnd().length;
      return [{ start, end, raw: text.data.slice(start, end), e164: parsed.e164, ext: parsed.ext, fromLink: true }];
    }
    return detector
      .detectPhoneNumbers(text.data, { region })
      .map((m) => ({ start: m.start, end: m.end, raw: m.raw, e164: m.e164, ext: m.ext, fromLink: false }));
  }
}
