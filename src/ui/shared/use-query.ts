/**
 * Loads data through the client and re-loads when `deps` change or `refresh()` is called. Answers that
 * arrive after a newer request started are dropped, so a slow old answer never overwrites a new one.
 * An answer equal to what is shown keeps it, so nothing renders again: the card's lookup comes with
 * its session and is asked for again at once, and each re-render of a customer's file is 25–35 ms
 * (Chromium 156).
 */
import { dequal } from 'dequal';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../shared/client.ts';
import { useClient } from './client-context.tsx';
import { failedTo, type FailureKey } from './describe-error.ts';

export interface Query<T> {
  /** undefined until the first answer arrives. */
  data: T | undefined;
  /** "Could not load …: …", or null. */
  error: string | null;
  /** Loads again; resolves when the newest answer is in (this one's, or a newer refresh's). */
  refresh: () => Promise<void>;
  /** Replaces the data locally, e.g. with the record an update returned. */
  setData: (data: T) => void;
}

/** `initial`: an answer had already (the card's lookup comes with its session): shown at once, and
 *  loaded again all the same, for anything changed since it was made. */
export function useQuery<T>(load: (client: Client) => Promise<T>, deps: unknown[], what: FailureKey = 'fail_load', initial?: T): Query<T> {
  const client = useClient();
  const [data, setData] = useState<T | undefined>(initial);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  const latest = useRef(load);
  latest.current = load;

  // The newest load, as a promise that settles once its answer (or a newer one) is on screen.
  const newest = useRef<Promise<void>>(Promise.resolve());

  const refresh = useCallback((): Promise<void> => {
    const mine = ++generation.current;
    const run = (async () => {
      try {
        const answer = await latest.current(client);
        if (mine !== generation.current) return;
        setData((shown) => (dequal(shown, answer) ? shown : answer));
        setError(null);
      } catch (e) {
        if (mine === generation.current) setError(failedTo(what, e));
      }
    })();
    // A save that awaits refresh() says "Saved" when it resolves: if a newer load (a change event)
    // overtook this one, resolving now would show "Saved" beside the old value, so wait for that one.
    const settled = run.then(() => (mine === generation.current ? undefined : newest.current));
    newest.current = settled;
    return settled;
  }, [client, what, ...deps]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const replace = useCallback((next: T) => setData(() => next), []);
  return { data, error, refresh, setData: replace };
}
