/**
 * Saves text as the user types: ~400 ms after the last keystroke, at once on `flush()` (blur, End
 * call) and when the page goes away (`pagehide`: the card iframe closed mid-call). Saves run one
 * after another so an older text never lands after a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { failedTo } from '../shared/describe-error.ts';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface Autosave {
  status: AutosaveStatus;
  error: string | null;
  change: (text: string) => void;
  /** Saves what is pending now; resolves when every save so far is done. */
  flush: () => Promise<void>;
}

export function useAutosave(save: (text: string) => Promise<unknown>, delayMs = 400): Autosave {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const latestSave = useRef(save);
  latestSave.current = save;

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const text = pending.current;
    if (text === null) return chain.current;
    pending.current = null;
    setStatus('saving');
    chain.current = chain.current.then(async () => {
      try {
        await latestSave.current(text);
        setError(null);
        setStatus(pending.current === null ? 'saved' : 'pending');
      } catch (e) {
        // Keep the text so the next keystroke, blur or End call tries again.
        pending.current ??= text;
        setError(failedTo('save the notes', e));
        setStatus('error');
      }
    });
    return chain.current;
  }, []);

  const change = useCallback(
    (text: string) => {
      pending.current = text;
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { status, error, change, flush };
}
