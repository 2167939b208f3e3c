/**
 * Whether the card's buttons may act: only once the card has been really visible to the user for a
 * moment (issue 9: a page hid the card, or a decoy over it, and had the user click Call, Save or
 * Resolve through it). Visible means every source says so:
 * - `host`: the content script's verdict on the host element (content/card-host-guard.ts), in a page;
 * - `viewer`: the card's own IntersectionObserver v2 (Chrome), which also sees content drawn over it;
 * - `tab`: the card's document is visible (its tab in front).
 * A source that has not spoken after UNCONFIRMED_MS counts as "not visible".
 */
export const VISIBLE_BEFORE_ACTIONS_MS = 500;
export const UNCONFIRMED_MS = 1500;

export type VisibilitySource = 'host' | 'viewer' | 'tab';
/** waiting: not confirmed yet (or not for long enough); hidden: a source says it is not visible. */
export type GateState = 'waiting' | 'ready' | 'hidden';

export interface Clock {
  now(): number;
  /** Runs `fn` after `ms`; returns a cancel. */
  after(ms: number, fn: () => void): () => void;
}

const realClock: Clock = {
  now: () => performance.now(),
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

export class VisibilityGate {
  private readonly verdicts = new Map<VisibilitySource, boolean | undefined>();
  /** Since when every source has said "visible" without a break. */
  private visibleSince: number | undefined;
  private cancelTimer: () => void = () => {};
  private readonly listeners = new Set<(state: GateState) => void>();
  private last: GateState;

  constructor(
    sources: readonly VisibilitySource[],
    private readonly clock: Clock = realClock,
  ) {
    for (const source of sources) this.verdicts.set(source, undefined);
    this.last = this.state;
    clock.after(UNCONFIRMED_MS, () => {
      for (const [source, verdict] of this.verdicts) if (verdict === undefined) this.verdicts.set(source, false);
      this.changed();
    });
  }

  get state(): GateState {
    const verdicts = [...this.verdicts.values()];
    if (verdicts.includes(false)) return 'hidden';
    if (verdicts.includes(undefined) || this.visibleSince === undefined) return 'waiting';
    return this.clock.now() - this.visibleSince >= VISIBLE_BEFORE_ACTIONS_MS ? 'ready' : 'waiting';
  }

  /** True when a click may act now. */
  get allowsActions(): boolean {
    return this.state === 'ready';
  }

  report(source: VisibilitySource, visible: boolean): void {
    if (!this.verdicts.has(source)) return;
    this.verdicts.set(source, visible);
    const allVisible = [...this.verdicts.values()].every((v) => v === true);
    if (!allVisible) this.visibleSince = undefined;
    else this.visibleSince ??= this.clock.now();
    this.changed();
  }

  subscribe(listener: (state: GateState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.cancelTimer();
    const state = this.state;
    // Ready once the moment has passed: one timer to tell the UI.
    if (state === 'waiting' && this.visibleSince !== undefined) {
      this.cancelTimer = this.clock.after(VISIBLE_BEFORE_ACTIONS_MS - (this.clock.now() - this.visibleSince), () => this.changed());
    }
    if (state === this.last) return;
    this.last = state;
    for (const listener of this.listeners) listener(state);
  }
}
