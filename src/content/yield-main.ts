/**
 * Giving the main thread back between slices of work, so scanning a large page never makes a long
 * task (> 50 ms) that delays the user's clicks and typing, or the page's own timers.
 *
 * Each slice continues in a new task posted through a MessageChannel: an ordinary task, queued
 * behind whatever became due meanwhile, so a page timer that fell due during a slice runs before
 * the next slice. Not scheduler.yield(): its continuations run ahead of the page's timers (issue 9
 * measured a page's timers stalled 3.7 s on a 200,000-node page). Not setTimeout(0): nested timers
 * are clamped to 4 ms, which adds up over hundreds of slices.
 */
export const SLICE_MS = 8;

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/** Resolves in a new task, after the tasks already queued. */
export function yieldToMain(): Promise<void> {
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** Steps between two looks at the clock: most steps take microseconds, and reading the clock is not free. */
const STEPS_PER_CLOCK_READ = 8;

/** A time budget for one slice of work. */
export class Slice {
  private started = performance.now();
  private steps = 0;

  /** Called once per step of work; true when the slice has used its time. */
  expired(): boolean {
    if (++this.steps < STEPS_PER_CLOCK_READ) return false;
    this.steps = 0;
    return performance.now() - this.started > SLICE_MS;
  }

  async next(): Promise<void> {
    await yieldToMain();
    this.started = performance.now();
    this.steps = 0;
  }
}
