/**
 * The notes of an open call in a card view (call view, wrap-up): a NotesSync (notes-sync.ts) for as
 * long as the view shows that call, wired to the page. It saves when the card is hidden or goes away
 * (`pagehide`, closing), checks for notes saved elsewhere when the card is shown again (tab switched
 * back) and when the background announces a change, and sends again what an earlier card left unsaved.
 */
import { changeConcerns } from '../../shared/record-change.ts';
import { useEffect, useReducer, useState } from 'preact/hooks';
import type { Call } from '../../shared/model.ts';
import { useClient } from '../shared/client-context.tsx';
import { useCardStorage } from './card-storage.tsx';
import { onBeforeClose } from './host-messages.ts';
import { NotesSync, type NotesState } from './notes-sync.ts';
import { useRecordChanges } from './use-record-changes.ts';

export interface CallNotes extends NotesState {
  change: (text: string) => void;
  /** Saves what is not saved yet; resolves when the background has answered. */
  flush: () => Promise<void>;
  sync: NotesSync;
}

/** `text`: what the previous view showed, when it had text the background did not confirm yet. */
export function useCallNotes(call: Call, text?: string): CallNotes {
  const client = useClient();
  const storage = useCardStorage();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [sync] = useState(() => new NotesSync({ client, storage, cardId: crypto.randomUUID(), onChange: () => rerender(undefined) }, call, text));

  useEffect(() => {
    void sync.recover();
    const save = () => void sync.flush();
    const onVisibility = () => (document.visibilityState === 'hidden' ? save() : void sync.refresh());
    addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', onVisibility);
    const stopBeforeClose = onBeforeClose(() => sync.flush());
    return () => {
      removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', onVisibility);
      stopBeforeClose();
      void sync.stop();
    };
  }, [sync]);

  useRecordChanges((change) => {
    // A "many calls changed" notice from a sync names no revision: changed() then reads this one in case.
    if (changeConcerns(change, 'call', call.id)) sync.changed(change.revision);
  });

  return { ...sync.current, change: (t) => sync.change(t), flush: () => sync.flush(), sync };
}
