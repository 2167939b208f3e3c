/**
 * One round of marking what the scanner read, in slices, showing what is found now and then: after
 * SHOW_FIRST_MS, then after twice as long each time. Each change to the highlight makes the browser
 * revalidate every mark and repaint the page's text (on a 10,000-row table that frame takes tens of
 * milliseconds, seconds on a loaded machine), so a few showings, not one per half second. What the
 * user looks at is shown at once by the view pass (scanner.ts).
 */
import type { MarkStore } from './mark-store.ts';
import type { Pending } from './pending-units.ts';
import type { Slice } from './yield-main.ts';

const SHOW_FIRST_MS = 500;

export interface MarkingRoundOptions {
  marks: MarkStore;
  signal: AbortSignal;
  slice: Slice;
  /** Gives the main thread back (the scanner's, which also renews its visibility check). */
  nextSlice: () => Promise<void>;
  /** Asked after each slice: true to stop (the user looks elsewhere). */
  stop: () => boolean;
  /** The text just read on screen, whose marks are shown first (MarkStore.commit). */
  onScreen?: ReadonlySet<Text>;
}

export class MarkingRound {
  private shown = performance.now();
  private after = SHOW_FIRST_MS;

  constructor(private readonly options: MarkingRoundOptions) {}

  /** Calls `mark` for `entries[from…]`; returns the index it reached (short of the end when stopped). */
  async each(entries: readonly Pending[], from: number, mark: (entry: Pending, index: number) => void): Promise<number> {
    const { marks, signal, slice, onScreen } = this.options;
    let i = from;
    while (i < entries.length && !signal.aborted) {
      mark(entries[i]!, i);
      i++;
      if (!slice.expired()) continue;
      // On a long page, show what is found every so often rather than all at the very end: in the
      // next slice, as much as fits in it (the rest at the next showing, or at the end).
      const showNow = this.showDue();
      await this.options.nextSlice();
      if (showNow && !signal.aborted) marks.commit(onScreen, slice);
      if (this.options.stop()) break;
    }
    return i;
  }

  private showDue(): boolean {
    const now = performance.now();
    if (now - this.shown <= this.after) return false;
    this.shown = now;
    this.after *= 2;
    return true;
  }
}
