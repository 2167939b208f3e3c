/**
 * The one error helper for async handlers: runs the action, tracks "busy", and keeps a sentence
 * saying what failed for an <ErrorBanner>. A failed action resolves to undefined, never throws.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import { failedTo, type FailureKey } from './describe-error.ts';

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  /** "Could not save the notes: …", or null. */
  error: string | null;
  clearError: () => void;
}

/** `what` names the message saying what failed, e.g. `fail_saveNotes` ("Could not save the notes: …"). */
export function useAction<A extends unknown[], R>(what: FailureKey, fn: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(fn);
  latest.current = fn;
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await latest.current(...args);
      } catch (e) {
        setError(failedTo(what, e));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [what],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
