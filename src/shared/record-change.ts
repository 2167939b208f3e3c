/**
 * "A record changed": how the background tells open cards that a call or customer they may show was
 * written (another tab saved notes, wrapped the call up, edited the customer). It is a value in the
 * extension's storage.local whose onChanged event every extension page gets, the card iframe inside
 * a web page included, whether or not the background worker is running (checked in Chromium 150/156
 * and Firefox 140/153: runtime.sendMessage from the background does not reach the card iframe in
 * Firefox). It names the record and its revision, never its content; a card that shows that record
 * asks the background for it.
 */
import * as v from 'valibot';
import { finite, oneOf, recordId } from './records/fields.ts';

export const RECORD_CHANGED_KEY = 'callprep:record-changed';

const RecordChangeSchema = v.object({
  kind: oneOf(['call', 'customer']),
  /** Absent: many records of this kind changed at once (a sync brought them in), any may be the one shown. */
  id: v.optional(recordId),
  /** The record's new revision, when the change is to the record itself (not to a concern in a customer's file). */
  revision: v.optional(finite),
  /** When it was announced: two announcements of one revision are still two changes for storage.onChanged. */
  at: finite,
});
export type RecordChange = v.InferOutput<typeof RecordChangeSchema>;

/** Whether a change may be to the record `id` of `kind`: its own, or one of many announced at once. */
export const changeConcerns = (change: RecordChange, kind: RecordChange['kind'], id: string): boolean => change.kind === kind && (change.id === undefined || change.id === id);

/** The change in a storage value, or null for anything else (a value from an older version). */
export function readRecordChange(value: unknown): RecordChange | null {
  const result = v.safeParse(RecordChangeSchema, value);
  return result.success ? result.output : null;
}
