/**
 * The marked numbers: one Highlight registered as CSS.highlights['callprep-phone'], and for each
 * text node the numbers in it, so a click can be mapped to its number and a changed node dropped.
 * StaticRanges, not live Ranges: live ranges are updated by the browser on every DOM change of
 * the page, which a React page makes thousands of; we drop marks of changed nodes ourselves.
 */
import { HIGHLIGHT_NAME, createMarkSheet } from './mark-styles.ts';

export interface PhoneMark {
  node: Text;
  start: number;
  end: number;
  range: StaticRange;
  e164: string;
  raw: string;
  ext?: string;
  /** True when the number came from a tel:/callto: link around the text. */
  fromLink: boolean;
}

export type MarkInput = Omit<PhoneMark, 'range' | 'node'>;

export class MarkStore {
  readonly highlight = new Highlight();
  private readonly byNode = new Map<Text, PhoneMark[]>();
  private readonly sheet = createMarkSheet();
  private registered = false;
  /** Ranges set but not yet shown: see commit(). */
  private staged = new Set<StaticRange>();

  get size(): number {
    return this.highlight.size;
  }

  /**
   * Replaces the marks of `node` (an empty list just removes them). New marks show on commit():
   * every change to a registered highlight makes the browser re-render the page's text, which on a
   * 10,000-row table costs tens of milliseconds per frame, so changes are shown in batches.
   */
  set(node: Text, inputs: MarkInput[]): void {
    this.drop(node);
    if (!inputs.length) return;
    const marks = inputs.map((m) => ({
      ...m,
      node,
      range: new StaticRange({ startContainer: node, startOffset: m.start, endContainer: node, endOffset: m.end }),
    }));
    for (const m of marks) this.staged.add(m.range);
    this.byNode.set(node, marks);
    const root = node.getRootNode();
    if (root.nodeType === 9 || root.nodeType === 11) this.sheet.adopt(root as Document | ShadowRoot);
  }

  /** Shows the marks set since the last commit. */
  commit(): void {
    if (!this.staged.size) return;
    for (const range of this.staged) this.highlight.add(range);
    this.staged.clear();
    this.register();
  }

  drop(node: Text): void {
    const marks = this.byNode.get(node);
    if (!marks) return;
    for (const m of marks) if (!this.staged.delete(m.range)) this.highlight.delete(m.range);
    this.byNode.delete(node);
  }

  /** Drops marks whose text left the document (a re-rendered row, a closed dialog); returns those nodes. */
  dropDetached(): Text[] {
    const gone = [...this.byNode.keys()].filter((node) => !node.isConnected);
    for (const node of gone) this.drop(node);
    return gone;
  }

  /** The number at `offset` in `node`, if marked. */
  at(node: Node, offset: number): PhoneMark | undefined {
    return this.byNode.get(node as Text)?.find((m) => offset >= m.start && offset <= m.end);
  }

  marksIn(node: Text): readonly PhoneMark[] {
    return this.byNode.get(node) ?? [];
  }

  clear(): void {
    this.highlight.clear();
    this.byNode.clear();
    this.staged.clear();
    this.sheet.releaseAll();
    if (this.registered && CSS.highlights.get(HIGHLIGHT_NAME) === this.highlight) CSS.highlights.delete(HIGHLIGHT_NAME);
    this.registered = false;
  }

  private register(): void {
    if (this.registered) return;
    CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    this.registered = true;
  }
}
