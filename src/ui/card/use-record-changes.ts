/** Runs `onChange` for each call or customer the background announces as written (shared/record-change.ts). */
import { useEffect, useRef } from 'preact/hooks';
import { RECORD_CHANGED_KEY, readRecordChange, type RecordChange } from '../../shared/record-change.ts';
import { useCardStorage } from './card-storage.tsx';

export function useRecordChanges(onChange: (change: RecordChange) => void): void {
  const storage = useCardStorage();
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(
    () =>
      storage.watch((changes) => {
        if (!(RECORD_CHANGED_KEY in changes)) return;
        const change = readRecordChange(changes[RECORD_CHANGED_KEY]);
        if (change) latest.current(change);
      }),
    [storage],
  );
}
