/**
 * Finds the numbers under the nodes it is given and marks them. Work runs in slices of at most
 * SLICE_MS with the main thread given back in between. Each text node is read once per content:
 * the cheap pre-check picks the few worth detecting, and only then is the detector chunk loaded.
 */
import { mayContainPhoneNumber } from '../detect/precheck.ts';
import { loadDetector, preloadDetector, type Detector } from './detector-loader.ts';
import type { DisplayOf } from './inline-group.ts';
import type { MarkInput, MarkStore } from './mark-store.ts';
import type { KeepsWhiteSpace } from './rendered-text.ts';
import { callLinkOf, unitOf, withContext, type ScanUnit } from './scan-unit.ts';
import { createVisibilityCheck, isDocumentEditable, type VisibilityCheck } from './skip-rules.ts';
import { isInsideSkipped, walkText } from './text-walk.ts';
import { Slice } from './yield-main.ts';

export interface ScannerOptions {
  marks: MarkStore;
  region: string | undefined;
  signal: AbortSignal;
  onShadowRoot: (root: ShadowRoot) => void;
  /** Called each time the queue runs empty. */
  onIdle?: () => void;
  /** A scan round threw (a DetectorLoadError when the detector did not load); the queue is dropped. */
  onError: (error: unknown) => void;
  /** Replaceable for tests without layout; one check is made per scan pass. */
  createVisibilityCheck?: () => VisibilityCheck;
  displayOf?: DisplayOf;
  keepsWhiteSpace?: KeepsWhiteSpace;
}

const SHOW_EVERY_MS = 500;

const overlaps = (a: MarkInput, b: MarkInput) =>
  a.parts.some((p) => b.parts.some((q) => p.node === q.node && p.start < q.end && q.start < p.end));

export class Scanner {
  /** Text nodes read (not skipped as unchanged): a figure for the benchmark. */
  textNodesRead = 0;
  private readonly queue: Node[] = [];
  private readData = new WeakMap<Text, string>();
  private pending: ScanUnit[] = [];
  /** First nodes of the groups pending, so a group met through each of its nodes is searched once. */
  private pendingGroups = new Set<Text>();
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
    } catch (error) {
      // What was queued is dropped, and what was read is forgotten: the next round (a later change of
      // the page) reads everything it is given again, the text whose marking failed too.
      this.queue.length = 0;
      this.readData = new WeakMap();
      this.pending = [];
      this.pendingGroups.clear();
      this.options.onError(error);
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
        this.read(text, isVisible);
        if (!slice.expired()) continue;
        await slice.next();
        if (signal.aborted) return;
        isVisible = this.newVisibilityCheck(); // the page may have changed while we yielded
      }
    }
  }

  private read(text: Text, isVisible: VisibilityCheck): void {
    if (this.readData.get(text) === text.data) return;
    const { displayOf, keepsWhiteSpace } = this.options;
    const unit = unitOf(text, { isVisible, displayOf, keepsWhiteSpace });
    for (const node of unit.nodes) this.readData.set(node, node.data);
    this.textNodesRead++;
    if (unit.nodes.length > 1) {
      if (this.pendingGroups.has(unit.nodes[0]!)) return;
      this.pendingGroups.add(unit.nodes[0]!);
    }
    if (!mayContainPhoneNumber(unit.rendered.text) && !unit.nodes.some(callLinkOf)) return this.requeue(this.options.marks.set(unit.nodes, []));
    // The first candidate starts loading the detector, which then arrives while we keep reading.
    if (!this.pending.length) preloadDetector();
    this.pending.push(withContext(unit, { isVisible, displayOf }));
  }

  /** Nodes that lost their marks with a group they are no longer in: read them again. */
  private requeue(nodes: Text[]): void {
    for (const node of nodes) {
      this.forget(node);
      if (node.isConnected) this.queue.push(node);
    }
  }

  private async detectPending(slice: Slice): Promise<void> {
    if (!this.pending.length) return;
    const detector = await loadDetector();
    const pending = this.pending;
    this.pending = [];
    this.pendingGroups.clear();
    const { marks, signal } = this.options;
    let shown = performance.now();
    for (let i = 0; i < pending.length && !signal.aborted; i++) {
      const unit = pending[i]!;
      // Changed or gone while we waited: the mutation observer has queued it again.
      if (unit.nodes.every((n) => n.isConnected && this.readData.get(n) === n.data)) this.requeue(marks.set(unit.nodes, this.find(detector, unit)));
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

  /** A group's numbers: those read across its nodes, and each node's own that none of them covers
   *  ("(212) 736-8410" followed by a badge "<b>12</b>" is still found). */
  private find(detector: Detector, unit: ScanUnit): MarkInput[] {
    if (!unit.members.length) return this.findIn(detector, unit);
    const own = unit.members.flatMap((member) => this.findIn(detector, member));
    const joined = this.findIn(detector, unit);
    return [...joined, ...own.filter((mark) => !joined.some((j) => overlaps(j, mark)))];
  }

  private findIn(detector: Detector, { rendered, link, before }: ScanUnit): MarkInput[] {
    const { region } = this.options;
    const parsed = link && detector.parseTelHref(link.getAttribute('href') ?? '', region);
    if (parsed) {
      const start = rendered.text.search(/\S/);
      const end = rendered.text.trimEnd().length;
      return [{ parts: rendered.partsOf(start, end), raw: rendered.text.slice(start, end), e164: parsed.e164, ext: parsed.ext, fromLink: true }];
    }
    // Read with the text before it, so a label in an element of its own counts; what is found in
    // that text itself is its own node's business.
    const offset = before.length;
    return detector
      .detectPhoneNumbers(before + rendered.text, { region })
      .filter((m) => m.start >= offset)
      .map((m) => ({ parts: rendered.partsOf(m.start - offset, m.end - offset), raw: m.raw, e164: m.e164, ext: m.ext, fromLink: false }));
  }
}
