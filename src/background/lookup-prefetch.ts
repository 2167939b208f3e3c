/**
 * The customer a card will show, looked up while its frame loads. The lookup starts when a content
 * script asks for a card session (as the pointer rests on a number, card-host.ts) and is handed to
 * the card with its claim, once: the card shows the file without a round trip of its own after it
 * loaded, and asks again at once for anything changed meanwhile (card-app.tsx). Without it, a click
 * before the prepared card was ready waited for the frame and then for one more round trip; a card
 * ready in time shows its name 35–62 ms after the click (Chromium 156, 2026-11-27).
 * In the worker's memory only: a worker restarted in between has none, and the card asks itself.
 */
import type { NumberLookup } from '../shared/views.ts';

/** Cards being prepared at once: one per tab a user points in, a few at most. */
const KEPT = 8;

export class LookupPrefetch {
  private readonly started = new Map<string, Promise<NumberLookup | undefined>>();

  constructor(private readonly lookup: (e164: string) => Promise<NumberLookup>) {}

  /** Looks up `e164` for the card of session `token`. */
  start(token: string, e164: string): void {
    const found = this.lookup(e164).catch((error: unknown) => {
      // Not shown here: the card, finding no lookup with its session, asks itself and shows that failure.
      console.warn('Callprep: the customer could not be looked up ahead of the card', error);
      return undefined;
    });
    this.started.set(token, found);
    for (const oldest of this.started.keys()) {
      if (this.started.size <= KEPT) break;
      this.started.delete(oldest);
    }
  }

  /** The lookup started for `token`, once; undefined when there is none (or it failed). */
  take(token: string): Promise<NumberLookup | undefined> {
    const found = this.started.get(token);
    this.started.delete(token);
    return found ?? Promise.resolve(undefined);
  }
}
