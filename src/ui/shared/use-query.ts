/**
 * Loads data through the client and re-loads when `deps` change or `refresh()` is called. Answers that
 * arrive after a newer request started are dropped, so a slow old answer never overwrites a new one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Client } from '../../shared/client.ts';
import { useClient } from './client-context.tsx';
import { failedTo, type FailureKey } from './describe-error.ts';

export interface Query<T> {
  /** undefined until the first answer arrives. */
  data: T | undefined;
  /** "Could not load …: …", or null. */
  error: string | null;
  loading: boolean;
  /** Loads again; resolves when the new answer is in. */
  refresh: () => Promise<void>;
  /** Replaces the data locally, e.g. with the record an update returned. */
  setData: (data: T) => void;
}

export function useQuery<T>(load: (client: Client) => Promise<T>, deps: unknown[], what: FailureKey = 'fail_load'): Query<T> {
  const client = useClient();
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const latest = useRef(load);
  latest.current = load;

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const answer = await latest.current(client);
      if (mine !== generation.current) return;
      setData(() => answer);
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(failedTo(what, e));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [client, what, ...deps]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const replace = useCallback((next: T) => setData(() => next), []);
  return { data, error, loading, refresh, setData: replace };
}
