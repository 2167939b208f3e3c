/**
 * What a notes export is made of: every call and follow-up, and the customers they name, read in
 * one transaction. The JSON export also lists every customer: it pages through them (json-parts.ts)
 * instead of reading them here, so 100,000 customers never sit in memory as one list.
 */
import type { Call, Customer, FollowUp } from '../../shared/model.ts';
import { calendarDay, toDateTimeInput, userTimeZone } from '../../shared/time/index.ts';
import { toCustomer } from '../customer-record.ts';
import type { CallprepDatabase } from '../database.ts';

export interface NotesData {
  /** The customers the calls and follow-ups belong to, by id. */
  customers: Map<string, Customer>;
  calls: Call[];
  followUps: FollowUp[];
}

export async function readNotesData(db: CallprepDatabase): Promise<NotesData> {
  const calls = await db.calls.orderBy('startedAt').toArray();
  const followUps = await db.followUps.orderBy('dueAt').toArray();
  const ids = [...new Set([...calls, ...followUps].flatMap((r) => (r.customerId ? [r.customerId] : [])))];
  const rows = await db.customers.bulkGet(ids);
  return { customers: new Map(rows.flatMap((row) => (row ? [[row.id, toCustomer(row)] as const] : []))), calls, followUps };
}

/** "callprep-notes-2026-11-23.csv", dated in the user's own zone. */
export const exportFileName = (kind: string, extension: string, now: number) =>
  `callprep-${kind}-${calendarDay(now, userTimeZone())}.${extension}`;

/** "2026-11-23T14:05" in the user's own zone: what a spreadsheet shows as a local date and time. */
export const localIso = (ms: number | undefined) => (ms === undefined ? '' : toDateTimeInput(ms));
