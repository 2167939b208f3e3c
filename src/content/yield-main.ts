/**
 * Giving the main thread back between slices of work, so scanning a large page never makes a long
 * task (> 50 ms) that delays the user's clicks and typing.
 */
export const SLICE_MS = 8;

interface TaskScheduler {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

/** Resolves in a new task: scheduler.yield() where it exists, else a MessageChannel message
 *  (setTimeout(0) is clamped to 4 ms once nested, which adds up over hundreds of slices). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
}

/** A time budget for one slice of work. */
export class Slice {
  private started = performance.now();

  expired(): boolean {
    return performance.now() - this.started > SLICE_MS;
  }

  async next(): Promise<void> {
    await yieldToMain();
    this.started = performance.now();
  }
}
