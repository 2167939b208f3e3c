/**
 * "A record changed": how the background tells open cards that a call or customer they may show was
 * written (another tab saved notes, wrapped the call up, edited the customer). It is a value in the
 * extension's storage.local whose onChanged event every extension page gets, the card iframe inside
 * a web page included, whether or not the background worker is running (checked in Chromium 150/156
 * and Firefox 140/153: runtime.sendMessage from the background does not reach the card iframe in
 * Firefox). It names the record and its revision, never its content; a card that shows that record
 * asks the background for it.
 */
import { GuardError, id, num, object, oneOf, optional, type Guard } from './guard.ts';

export const RECORD_CHANGED_KEY = 'callprep:record-changed';

export interface RecordChange {
  kind: 'call' | 'customer';
  id: string;
  /** The record's new revision, when the change is to the record itself (not to a concern in a customer's file). */
  revision?: number;
  /** When it was announced: two announcements of one revision are still two changes for storage.onChanged. */
  at: number;
}

const shape: Guard<RecordChange> = object({ kind: oneOf(['call', 'customer'] as const), id, revision: optional(num), at: num });

/** The change in a storage value, or null for anything else (a value from an older version). */
export function readRecordChange(value: unknown): RecordChange | null {
  try {
    return shape(value);
  } catch (error) {
    if (error instanceof GuardError) return null;
    throw error;
  }
}
