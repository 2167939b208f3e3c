import { useEffect, useState } from 'preact/hooks';

/** The current time, re-rendered every `everyMs` (a call timer needs seconds, a clock minutes). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
