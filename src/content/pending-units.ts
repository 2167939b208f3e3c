/**
 * What the scanner has read and what waits for the detector, in reading order (see scanner.ts: the
 * page is read first, then detected in). The view pass takes entries out of turn.
 *
 * An entry is a unit (scan-unit.ts), or a text node that is one on its own (no neighbour joins it, no
 * white space folds, no call link, no label before it), kept as the node alone and made a unit only
 * when detected. Most candidates are such nodes (a table's cells), and on a big page they wait
 * across several garbage collections: a unit object each was megabytes copied and promoted by each
 * collection: on the 10,000-row table the longest such pause was 32 ms, 16–21 ms since
 * (Chromium 156, --trace-gc-nvp, 2026-11-27).
 */
import { singleUnitOf, type ScanUnit } from './scan-unit.ts';
import type { KeepsWhiteSpace } from './rendered-text.ts';

export type Pending = ScanUnit | Text;

export const isText = (entry: Pending): entry is Text => (entry as Node).nodeType === 3;
const firstNode = (entry: Pending): Text => (isText(entry) ? entry : entry.nodes[0]!);

/** The nodes of `entry`, for a check on each. */
export const everyNode = (entry: Pending, test: (node: Text) => boolean): boolean => (isText(entry) ? test(entry) : entry.nodes.every(test));

/** The unit to detect in (a node kept alone was in no call link). */
export const unitOfEntry = (entry: Pending, keepsWhiteSpace?: KeepsWhiteSpace): ScanUnit => (isText(entry) ? singleUnitOf(entry, keepsWhiteSpace, null) : entry);

export class PendingUnits {
  private entries: Pending[] = [];
  /** Entries before this index were handed out by takeUnsent() (they stay pending until claimed). */
  private handedOut = 0;
  /** Every node of each entry still pending, so the view pass can take it out of turn. */
  private readonly byNode = new Map<Text, Pending>();
  /** First nodes of the groups read, so a group met through each of its nodes is read once. */
  private readonly groups = new Set<Text>();

  get size(): number {
    return this.byNode.size;
  }

  add(entry: Pending | undefined): void {
    if (!entry) return;
    this.entries.push(entry);
    if (isText(entry)) this.byNode.set(entry, entry);
    else for (const node of entry.nodes) this.byNode.set(node, entry);
  }

  /** False when the group starting at `first` was read already (in this round). */
  firstReadOfGroup(first: Text): boolean {
    if (this.groups.has(first)) return false;
    this.groups.add(first);
    return true;
  }

  /** The entry `node` is in, no longer pending; undefined when none is. */
  take(node: Text): Pending | undefined {
    const entry = this.byNode.get(node);
    if (!entry) return undefined;
    if (isText(entry)) this.byNode.delete(entry);
    else for (const member of entry.nodes) if (this.byNode.get(member) === entry) this.byNode.delete(member);
    return entry;
  }

  /** A round of reading ends: its groups may be met again, as new. */
  endRound(): void {
    this.groups.clear();
  }

  /** How many entries were added since takeUnsent() last handed some out. */
  get unsent(): number {
    return this.entries.length - this.handedOut;
  }

  /** Up to `max` entries added since the last call, still pending: sent to be detected elsewhere,
   *  they are claimed when their answer comes, unless the view pass took them first. */
  takeUnsent(max = Infinity): Pending[] {
    const fresh: Pending[] = [];
    while (this.handedOut < this.entries.length && fresh.length < max) {
      const entry = this.entries[this.handedOut++]!;
      if (this.byNode.get(firstNode(entry)) === entry) fresh.push(entry);
    }
    return fresh;
  }

  /** True when `entry` was still pending; it no longer is. */
  claim(entry: Pending): boolean {
    const first = firstNode(entry);
    return this.byNode.get(first) === entry && this.take(first) === entry;
  }

  /** The entries still pending, in reading order, now no longer pending. */
  takeAll(): Pending[] {
    const taken = this.entries.filter((entry) => this.byNode.get(firstNode(entry)) === entry);
    this.entries = [];
    this.handedOut = 0;
    this.byNode.clear();
    this.groups.clear();
    return taken;
  }
}
