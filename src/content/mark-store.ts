/**
 * The marked numbers: for each text node the numbers in it, so a click can be mapped to its number
 * and a changed node dropped, and the Highlight registered as CSS.highlights['callprep-phone'], which
 * holds those near the viewport (near-view.ts).
 * The number under the pointer is also in a second Highlight ('callprep-phone-hover'), painted above.
 * A number may run over several text nodes ("<b>+1</b> 212 736 8410"): its nodes are marked as one
 * group, and a change to any of them drops the group's marks.
 * StaticRanges, not live Ranges: live ranges are updated by the browser on every DOM change of
 * the page, which a React page makes thousands of; we drop marks of changed nodes ourselves.
 */
import { HIGHLIGHT_NAME, HOVER_HIGHLIGHT_NAME, createMarkSheet, type OnSheetBlocked } from './mark-styles.ts';
import { NearViewHighlight } from './near-view.ts';
import type { TextPart } from './rendered-text.ts';

export interface PhoneMark {
  /** The text under the number, node by node, in reading order (one part for most numbers). */
  parts: TextPart[];
  range: StaticRange;
  e164: string;
  raw: string;
  ext?: string;
  /** True when the number came from a tel:/callto: link around the text. */
  fromLink: boolean;
}

export type MarkInput = Omit<PhoneMark, 'range'>;

/** The first text node of a mark: where its surroundings (a name, a link) are looked for. */
export const markNode = (mark: PhoneMark): Text => mark.parts[0]!.node;

/** A live Range over the mark, for its boxes on screen (offsets clamped: the text may have changed
 *  a moment ago, before the mutation observer dropped the mark). */
export function rangeOf(mark: PhoneMark): Range {
  const { startContainer, startOffset, endContainer, endOffset } = mark.range;
  const range = startContainer.ownerDocument!.createRange();
  range.setStart(startContainer, Math.min(startOffset, (startContainer as Text).length));
  range.setEnd(endContainer, Math.min(endOffset, (endContainer as Text).length));
  return range;
}

export class MarkStore {
  private readonly painted: NearViewHighlight;
  private readonly hovered = new Highlight();
  private hoveredMark: PhoneMark | undefined;
  private readonly byNode = new Map<Text, PhoneMark[]>();
  /** The nodes marked together with each node (itself included), for nodes in a group. */
  private readonly groupOf = new Map<Text, readonly Text[]>();
  private readonly sheet: ReturnType<typeof createMarkSheet>;
  private registered = false;
  /** Ranges set but not yet shown: see commit(). */
  private staged = new Set<StaticRange>();

  /** `onSheetBlocked`: the marks' stylesheet could not be adopted, so they would not show. */
  constructor(onSheetBlocked: OnSheetBlocked, painted = new NearViewHighlight()) {
    this.sheet = createMarkSheet(onSheetBlocked);
    this.painted = painted;
    this.hovered.priority = 1;
  }

  /** How many numbers are shown (committed), painted now or once scrolled near. */
  get size(): number {
    return this.painted.size;
  }

  /**
   * Replaces the marks of the nodes of `group` (an empty list just removes them). New marks show on
   * commit(): every change to the registered highlight makes the browser re-render the page's text,
   * a frame of tens of milliseconds on a 10,000-row table, so changes are shown in batches.
   * Returns the nodes of earlier groups that lost their marks and are not in this one: they need to
   * be read again.
   */
  set(group: readonly Text[], inputs: MarkInput[]): Text[] {
    // Most text read holds no number and never did: nothing to drop, nothing to add.
    if (!inputs.length && group.every((node) => !this.byNode.has(node) && !this.groupOf.has(node))) return [];
    const orphans = group.flatMap((node) => this.drop(node)).filter((node) => !group.includes(node));
    if (group.length > 1) for (const node of group) this.groupOf.set(node, group);
    for (const input of inputs) {
      const first = input.parts[0]!;
      const last = input.parts[input.parts.length - 1]!;
      const range = new StaticRange({ startContainer: first.node, startOffset: first.start, endContainer: last.node, endOffset: last.end });
      const mark: PhoneMark = { ...input, range };
      this.staged.add(range);
      for (const part of input.parts) this.byNode.set(part.node, [...(this.byNode.get(part.node) ?? []), mark]);
    }
    const root = group[0]?.getRootNode();
    if (inputs.length && root && (root.nodeType === 9 || root.nodeType === 11)) this.sheet.adopt(root as Document | ShadowRoot);
    return [...new Set(orphans)];
  }

  /** With no number marked: the marks' sheet adopted at document_start leaves the document (mark-styles.ts). */
  dropSheetIfUnused(): void {
    if (!this.byNode.size) this.sheet.dropUnused(document);
  }

  /**
   * Shows the marks set since the last commit; true once all are shown. Those starting in a node of
   * `onScreen` were just read in the viewport: they go first, painted at once, not when the observer
   * of the viewport next reports. The rest stop when `slice` has used its time, and wait for the next
   * commit: each is an element to observe, and the last commit of a 10,000-row table showed 6,000 of
   * them in one task of 40–45 ms (Chromium 156, 2026-11-27).
   */
  commit(onScreen?: ReadonlySet<Text>, slice?: { expired(): boolean }): boolean {
    if (!this.staged.size) return true;
    if (onScreen?.size) {
      for (const range of this.staged) {
        if (!onScreen.has(range.startContainer as Text)) continue;
        this.painted.add(range, true);
        this.staged.delete(range);
      }
    }
    for (const range of this.staged) {
      this.painted.add(range, false);
      this.staged.delete(range);
      if (slice?.expired()) break;
    }
    this.register();
    return this.staged.size === 0;
  }

  /** True when a number in `node` is set but not shown yet. */
  isStaged(node: Text): boolean {
    return Boolean(this.staged.size && this.byNode.get(node)?.some((m) => this.staged.has(m.range)));
  }

  /** Drops the marks of `node` and of the group it is in; returns the group's other nodes. */
  drop(node: Text): Text[] {
    const group = this.groupOf.get(node) ?? [node];
    for (const member of group) {
      for (const m of this.byNode.get(member) ?? []) {
        if (!this.staged.delete(m.range)) this.painted.delete(m.range);
        if (m === this.hoveredMark) this.hover(undefined);
      }
      this.byNode.delete(member);
      this.groupOf.delete(member);
    }
    return group.filter((member) => member !== node);
  }

  /** Drops marks whose text left the document (a re-rendered row, a closed dialog); returns every
   *  node that lost marks, the gone ones and those still shown that were in a group with them. */
  dropDetached(): Text[] {
    const gone = [...new Set([...this.byNode.keys(), ...this.groupOf.keys()])].filter((node) => !node.isConnected);
    const affected = new Set<Text>(gone);
    for (const node of gone) for (const member of this.drop(node)) affected.add(member);
    return [...affected];
  }

  /** The number at `offset` in `node`, if marked. */
  at(node: Node, offset: number): PhoneMark | undefined {
    return this.byNode.get(node as Text)?.find((m) => m.parts.some((p) => p.node === node && offset >= p.start && offset <= p.end));
  }

  marksIn(node: Text): readonly PhoneMark[] {
    return this.byNode.get(node) ?? [];
  }

  /** Every number shown (committed), each once. Read from our own maps: Firefox's content-script
   *  view of the page's Highlight object is not iterable. */
  shown(): PhoneMark[] {
    const marks = new Set<PhoneMark>();
    for (const list of this.byNode.values()) for (const mark of list) if (!this.staged.has(mark.range)) marks.add(mark);
    return [...marks];
  }

  /** Shows `mark` as the one under the pointer (undefined: none). */
  hover(mark: PhoneMark | undefined): void {
    if (mark === this.hoveredMark) return;
    this.hoveredMark = mark;
    this.hovered.clear();
    if (!mark) return;
    this.hovered.add(mark.range);
    if (CSS.highlights.get(HOVER_HIGHLIGHT_NAME) !== this.hovered) CSS.highlights.set(HOVER_HIGHLIGHT_NAME, this.hovered);
  }

  clear(): void {
    this.hover(undefined);
    if (CSS.highlights.get(HOVER_HIGHLIGHT_NAME) === this.hovered) CSS.highlights.delete(HOVER_HIGHLIGHT_NAME);
    this.painted.clear();
    this.byNode.clear();
    this.groupOf.clear();
    this.staged.clear();
    this.sheet.releaseAll();
    if (this.registered && CSS.highlights.get(HIGHLIGHT_NAME) === this.painted.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.registered = false;
  }

  private register(): void {
    if (this.registered) return;
    CSS.highlights.set(HIGHLIGHT_NAME, this.painted.highlight);
    this.registered = true;
  }
}
