/**
 * Finds the numbers under the nodes it is given and marks them. Work runs in slices of at most
 * SLICE_MS with the main thread given back in between. Each text node is read once per content:
 * the cheap pre-check picks the few worth detecting, and only then is the detector chunk loaded.
 * On a big page what is read goes to the background in batches while reading goes on, and is marked
 * when the answers come (remote-detect.ts); what is on screen is always detected here, at once.
 */
import { mayBePartOfPhoneNumber, mayContainPhoneNumber } from '../detect/precheck.ts';
import { loadDetector, preloadDetector } from './detector-loader.ts';
import { EntryMarker } from './entry-marker.ts';
import { MarkingRound } from './marking-round.ts';
import { inlineGroupOf, textBefore, type DisplayOf } from './inline-group.ts';
import type { MarkStore } from './mark-store.ts';
import { PendingUnits, type Pending } from './pending-units.ts';
import { ReadText } from './read-text.ts';
import { BATCH_SIZE, MAX_IN_FLIGHT, sendableText, sendBatch, type SentBatch } from './remote-detect.ts';
import { readsAsWritten, type KeepsWhiteSpace } from './rendered-text.ts';
import { CallLinkRoots, inCallLink, singleUnitOf, unitOf, withContext, type UnitOptions } from './scan-unit.ts';
import { createVisibilityCheck, isDocumentEditable, type VisibilityCheck } from './skip-rules.ts';
import { isInsideSkipped, parentOf, walkText, type WalkOptions } from './text-walk.ts';
import { walkTextInView } from './view-walk.ts';
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
  /**
   * Hands big rounds of reading to the background to detect in (remote-detect.ts); off in unit
   * tests, where there is none. A batch the background refused is detected here and reported here.
   */
  detectElsewhere?: { onRefused: (error: Error) => void };
  /** Replaceable for tests without layout; one check is made per scan pass. */
  createVisibilityCheck?: () => VisibilityCheck;
  displayOf?: DisplayOf;
  keepsWhiteSpace?: KeepsWhiteSpace;
  /** Where the view pass looks for the text on screen; the document by default. */
  viewRoot?: Document;
}

export class Scanner {
  /** Text nodes read (not let go for holding no digit, nor skipped as unchanged): a figure for the benchmark. */
  textNodesRead = 0;
  private readonly queue: Node[] = [];
  private readonly readText = new ReadText();
  private readonly pending = new PendingUnits();
  /** Sent to be detected elsewhere while reading went on, in reading order (remote-detect.ts). */
  private batches: SentBatch[] = [];
  /** This round sent batches: what is left at its end goes too (its answer comes while theirs are marked). */
  private sentThisRound = false;
  /** The walk under way, kept across slices and across view passes. */
  private walk: Generator<Text> | undefined;
  /** The user looks at another part of the page: it is read and marked before the rest. */
  private viewWanted = false;
  private running: Promise<void> | undefined;
  private detectorAsked = false;
  private readonly callLinks = new CallLinkRoots();
  private readonly newVisibilityCheck: () => VisibilityCheck;
  /** One check per slice: the page may change while we yield. */
  private isVisible: VisibilityCheck;
  /** The view pass walks visible text only; the whole-page walk leaves visibility to read(). */
  private readonly viewWalkOptions: WalkOptions & { isVisible: VisibilityCheck };
  private readonly walkOptions: WalkOptions;
  /** How units are read: one object for the whole scan, not one per text node. */
  private readonly unitOptions: UnitOptions;
  private readonly marker: EntryMarker;

  constructor(private readonly options: ScannerOptions) {
    this.newVisibilityCheck = options.createVisibilityCheck ?? createVisibilityCheck;
    this.isVisible = this.newVisibilityCheck();
    const isVisible = (el: Element) => this.isVisible(el);
    this.viewWalkOptions = { isVisible, onShadowRoot: options.onShadowRoot };
    this.walkOptions = { onShadowRoot: options.onShadowRoot };
    this.unitOptions = { isVisible, displayOf: options.displayOf, keepsWhiteSpace: options.keepsWhiteSpace };
    const { marks, region, keepsWhiteSpace } = options;
    this.marker = new EntryMarker({ marks, region, keepsWhiteSpace, asRead: this.asRead, requeue: (nodes) => this.requeue(nodes) });
  }

  /** Schedules `node` and everything under it (again); unchanged text nodes are skipped cheaply. */
  enqueue(node: Node): void {
    this.queue.push(node);
    this.callLinks.forget(); // the new nodes may bring call links
    this.running ??= this.drain();
  }

  /**
   * The user now sees another part of the page (it just opened, scrolled or resized): while work is
   * queued, what is in the viewport is read and marked next, before the rest of the page.
   */
  showView(): void {
    if (this.running) this.viewWanted = true;
  }

  /** Forgets what a text node said, so its next scan reads it again. */
  forget(node: Text): void {
    this.readText.forget(node);
  }

  /** Texts marked with what the background found in them (remote-detect.ts): a figure for tests. */
  get detectedElsewhere(): number {
    return this.marker.detectedElsewhere;
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
      this.walk = undefined;
      this.readText.forgetAll();
      this.pending.takeAll();
      this.batches = [];
      this.sentThisRound = false;
      this.options.onError(error);
    }
    this.running = undefined;
    this.viewWanted = false;
    if (!this.options.signal.aborted) this.options.onIdle?.();
  }

  /**
   * Rounds of two phases: read (walk, visibility, pre-check) everything queued, then detect and mark.
   * Kept apart because each change to the highlight dirties the page's style, and the next
   * visibility check would then pay a style recalculation of the whole page: interleaved, a
   * 10,000-row table took seconds instead of a fraction of one. The one exception is the view pass:
   * when the user looks at a part of the page (see showView), that part is read and marked at once.
   */
  private async scanQueue(): Promise<void> {
    const slice = new Slice();
    // What the last round saw hidden may be shown now (the change that queued this round, often).
    this.isVisible = this.newVisibilityCheck();
    const { signal } = this.options;
    // `running` is cleared by drain() with no await after this last look at the queue, so nodes
    // enqueued meanwhile are always served by this round or the next.
    // Units still pending count too: a detection stopped for a view pass goes on after it.
    while ((this.queue.length || this.walk || this.viewWanted || this.pending.size || this.batches.length) && !signal.aborted) {
      if (this.viewWanted) await this.scanView(slice);
      else if (await this.readQueue(slice)) await this.detectPending(slice);
    }
  }

  /** Reads what is queued; false when it stopped early for a view pass. */
  private async readQueue(slice: Slice): Promise<boolean> {
    const { signal } = this.options;
    while ((this.walk || this.queue.length) && !signal.aborted) {
      this.walk ??= this.nextWalk();
      if (!this.walk) continue;
      for (let next = this.walk.next(); ; next = this.walk.next()) {
        if (next.done) {
          this.walk = undefined;
          break;
        }
        this.pending.add(this.read(next.value));
        if (!slice.expired()) continue;
        this.sendRead();
        await this.nextSlice(slice);
        if (signal.aborted || this.viewWanted) return false;
      }
    }
    this.sendRead(true);
    return true;
  }

  /**
   * What was read and not sent yet, to the background a batch at a time while fewer than MAX_IN_FLIGHT
   * wait for their answer; at the end of reading, also a last batch of fewer when this round sent some.
   */
  private sendRead(end = false): void {
    const elsewhere = this.options.detectElsewhere;
    if (!elsewhere) return;
    const least = end && this.sentThisRound ? 1 : BATCH_SIZE;
    while (this.pending.unsent >= least && this.batches.filter((b) => !b.settled).length < MAX_IN_FLIGHT) {
      const entries = this.pending.takeUnsent(BATCH_SIZE);
      if (!entries.length) continue; // all taken by the view pass meanwhile
      this.batches.push(sendBatch(entries, this.options.region, elsewhere.onRefused));
      this.sentThisRound = true;
    }
  }

  /** A walk over the next queued root still worth reading. */
  private nextWalk(): Generator<Text> | undefined {
    const root = this.queue.shift()!;
    if (!root.isConnected || isDocumentEditable(root.ownerDocument ?? (root as Document))) return undefined;
    if (root.nodeType !== 9 && root.nodeType !== 11 && isInsideSkipped(root)) return undefined;
    return walkText(root, this.walkOptions);
  }

  /** Reads and marks the text in the viewport now, wherever the walk of the whole page is. */
  private async scanView(slice: Slice): Promise<void> {
    this.viewWanted = false;
    const doc = this.options.viewRoot ?? document;
    if (isDocumentEditable(doc)) return;
    const units: Pending[] = [];
    const onScreen = new Set<Text>();
    let staged = false;
    for (const text of walkTextInView(doc, this.viewWalkOptions)) {
      onScreen.add(text);
      staged ||= this.options.marks.isStaged(text);
      const waiting = this.pending.take(text);
      if (waiting) {
        units.push(waiting);
      } else {
        const unit = this.read(text);
        if (unit) units.push(unit);
      }
      if (slice.expired()) await this.nextSlice(slice);
      if (this.options.signal.aborted) return;
    }
    this.pending.endRound();
    // Found on the way to the whole page but not shown yet: shown now.
    if (units.length) await this.detect(units, slice, onScreen);
    else if (staged) await this.commit(slice, onScreen);
  }

  /** Shows every mark set and not shown yet (the text just read on screen first), in slices. */
  private async commit(slice: Slice, onScreen?: ReadonlySet<Text>): Promise<void> {
    while (!this.options.marks.commit(onScreen, slice) && !this.options.signal.aborted) await this.nextSlice(slice);
  }

  private async nextSlice(slice: Slice): Promise<void> {
    await slice.next();
    this.isVisible = this.newVisibilityCheck(); // the page may have changed while we yielded
  }

  /**
   * What to detect in, if `text` changed since it was read and may hold a number. Whether it is
   * visible is asked only then: text with digits that holds no number is noted as read, shown or not
   * (text without a digit is not noted: testing it again costs no more than a note). Hidden text that
   * may hold one is not noted, so it is read again when its subtree is, once shown.
   */
  private read(text: Text): Pending | undefined {
    // Most text of a big page holds no digit: let go at once, without looking up its note, grouping it
    // or noting it (a note per node is what the collector has to trace). A call link's words are read:
    // the link is the number.
    if (!mayBePartOfPhoneNumber(text.data) && !this.callLinks.around(text)) return undefined;
    if (this.readText.unchanged(text)) return undefined;
    this.textNodesRead++;
    const nodes = inlineGroupOf(text, this.unitOptions);
    // Most text nodes: read without making a unit for them (pending-units.ts).
    if (nodes.length === 1 && readsAsWritten(text.data)) return this.readAlone(text);
    if (!this.isShown(text)) return undefined;
    const unit = unitOf(nodes, this.options.keepsWhiteSpace);
    for (const node of unit.nodes) this.readText.note(node);
    if (unit.nodes.length > 1 && !this.pending.firstReadOfGroup(unit.nodes[0]!)) return undefined;
    if (!mayContainPhoneNumber(unit.rendered.text) && !inCallLink(unit)) return void this.requeue(this.options.marks.set(unit.nodes, []));
    this.askForDetector();
    return withContext(unit, this.unitOptions);
  }

  /** A node that reads on its own and as written (the pre-check reads its data as it is). */
  private readAlone(text: Text): Pending | undefined {
    const link = this.callLinks.around(text);
    if (!link && !mayContainPhoneNumber(text.data)) {
      this.readText.note(text);
      return void this.requeue(this.options.marks.set([text], []));
    }
    if (!this.isShown(text)) return undefined;
    this.readText.note(text);
    this.askForDetector();
    // Read once: it may read styles (a label in an inline element of its own).
    const before = textBefore(text, this.unitOptions);
    if (link || before) return withContext(singleUnitOf(text, this.options.keepsWhiteSpace, link), this.unitOptions, before);
    return text;
  }

  /** Whether the user could see `text` (its parent's box): asked only of text that may hold a number. */
  private isShown(text: Text): boolean {
    const parent = parentOf(text);
    return parent !== null && this.isVisible(parent);
  }

  /** The first candidate starts loading the detector, which then arrives while we keep reading. */
  private askForDetector(): void {
    if (!this.detectorAsked) preloadDetector();
    this.detectorAsked = true;
  }

  /** Nodes that lost their marks with a group they are no longer in: read them again. */
  private requeue(nodes: Text[]): void {
    for (const node of nodes) {
      this.forget(node);
      if (node.isConnected) this.queue.push(node);
    }
  }

  /**
   * Marks what was read: first the batches sent while reading, as their answers come (the main thread
   * idles while it waits), then what is left, detected here. Stops after a slice when the user looks
   * elsewhere; what is not marked yet stays pending, for the view pass or the next call.
   */
  private async detectPending(slice: Slice): Promise<void> {
    if (!this.batches.length && !this.pending.size) return;
    const round = this.markingRound(slice, () => this.viewWanted);
    // Loading already since the first candidate was read: some entries are always detected here.
    const detector = await loadDetector();
    for (this.sendRead(true); this.batches.length; this.sendRead(true)) {
      const batch = this.batches[0]!;
      const answer = await batch.answer;
      batch.next = await round.each(batch.entries, batch.next, (entry, i) => {
        // Not claimed: the view pass took it out of turn.
        if (!this.pending.claim(entry)) return;
        const text = batch.texts[i];
        // Changed while it was away (even if back to what was read): detected here.
        if (answer && text != null && text === sendableText(entry)) this.marker.found(entry, answer[i]);
        else this.marker.here(entry, detector);
      });
      if (batch.next < batch.entries.length) return this.commit(slice);
      this.batches.shift();
    }
    this.sentThisRound = false;
    const entries = this.pending.takeAll();
    const stopped = await round.each(entries, 0, (entry) => this.marker.here(entry, detector));
    // Stopped for a view pass: the rest wait again, the view pass may take some of them.
    for (let i = stopped; i < entries.length; i++) this.pending.add(entries[i]);
    await this.commit(slice);
  }

  /** True when `node` is still in the page and says what it said when read. */
  private readonly asRead = (node: Text): boolean => node.isConnected && this.readText.unchanged(node);

  /** Detects in `entries` here and marks them, then shows the marks (`onScreen` first: MarkStore.commit). */
  private async detect(entries: Pending[], slice: Slice, onScreen: ReadonlySet<Text>): Promise<void> {
    const detector = await loadDetector();
    await this.markingRound(slice, () => false, onScreen).each(entries, 0, (entry) => this.marker.here(entry, detector));
    await this.commit(slice, onScreen);
  }

  private markingRound(slice: Slice, stop: () => boolean, onScreen?: ReadonlySet<Text>): MarkingRound {
    return new MarkingRound({ marks: this.options.marks, signal: this.options.signal, slice, nextSlice: () => this.nextSlice(slice), stop, onScreen });
  }
}
