/**
 * Marks one entry the scanner read (pending-units.ts): with the detector here, or with what the
 * background found in its text (remote-detect.ts). Either way only if its nodes still say what they
 * said when read: a node that changed meanwhile was queued again by the page watcher.
 */
import type { PhoneMatch } from '../detect/detect.ts';
import type { Detector } from './detector-loader.ts';
import { findNumbers, marksOf } from './find-numbers.ts';
import type { MarkInput, MarkStore } from './mark-store.ts';
import { everyNode, isText, unitOfEntry, type Pending } from './pending-units.ts';
import type { KeepsWhiteSpace } from './rendered-text.ts';

export interface EntryMarkerOptions {
  marks: MarkStore;
  region: string | undefined;
  keepsWhiteSpace?: KeepsWhiteSpace;
  /** True when `node` is still in the page and says what it said when read. */
  asRead: (node: Text) => boolean;
  /** Nodes that lost their marks with a group they are no longer in: to be read again. */
  requeue: (nodes: Text[]) => void;
}

export class EntryMarker {
  /** Entries marked with what the background found in them: a figure for tests. */
  detectedElsewhere = 0;

  constructor(private readonly options: EntryMarkerOptions) {}

  /** Detects in `entry` here and marks what is found. */
  here(entry: Pending, detector: Detector): void {
    if (!everyNode(entry, this.options.asRead)) return;
    const unit = unitOfEntry(entry, this.options.keepsWhiteSpace);
    this.set(unit.nodes, findNumbers(detector, unit, this.options.region));
  }

  /** Marks what the background found in `entry` (`found` undefined: nothing). */
  found(entry: Pending, found: PhoneMatch[] | undefined): void {
    if (!everyNode(entry, this.options.asRead)) return;
    this.detectedElsewhere++;
    if (!found) return this.set(isText(entry) ? [entry] : entry.nodes, []);
    const unit = unitOfEntry(entry, this.options.keepsWhiteSpace);
    this.set(unit.nodes, marksOf(unit, found));
  }

  private set(nodes: readonly Text[], found: MarkInput[]): void {
    this.options.requeue(this.options.marks.set(nodes, found));
  }
}
