/**
 * Tells open cards that a call or customer was written, so a card showing it in another tab fetches
 * it again (shared/record-change.ts says why through storage.local). Only the kind, id and revision
 * are written there, never the record.
 */
import browser from 'webextension-polyfill';
import { RECORD_CHANGED_KEY, type RecordChange } from '../shared/record-change.ts';

/** The one storage call used, so tests can pass their own. */
export interface ChangeBoard {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Past this many records of a kind, a sync announces "many changed" once instead of each: one refresh per open card, not thousands. */
export const MANY_CHANGES = 20;

/** What to announce for the records a sync wrote: each by id, or one "many of this kind" past MANY_CHANGES. */
export function syncAnnouncements(changed: ReadonlyArray<{ kind: string; id: string }>): Array<Omit<RecordChange, 'at'>> {
  return (['customer', 'call'] as const).flatMap((kind) => {
    const ids = [...new Set(changed.filter((c) => c.kind === kind).map((c) => c.id))];
    return ids.length > MANY_CHANGES ? [{ kind }] : ids.map((id) => ({ kind, id }));
  });
}

/** Starts the announcement without holding up the handler's answer; a failure is logged (cards then refresh when shown again). */
export function announceRecordChange(change: Omit<RecordChange, 'at'>, board: ChangeBoard = browser.storage.local): void {
  const value: RecordChange = { ...change, at: Date.now() };
  board.set({ [RECORD_CHANGED_KEY]: value }).catch((error: unknown) => console.error('Callprep: telling open cards about a change failed', error));
}
