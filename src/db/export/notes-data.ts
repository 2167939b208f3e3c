/** What a notes export is made of: every call, customer and follow-up, read in one transaction. */
import { format } from 'date-fns';
import type { Call, Customer, FollowUp } from '../../shared/model.ts';
import type { CallprepDatabase } from '../database.ts';
import { toCustomer } from '../customer-record.ts';

export interface NotesData {
  customers: Customer[];
  calls: Call[];
  followUps: FollowUp[];
}

export async function readNotesData(db: CallprepDatabase): Promise<NotesData> {
  return db.transaction('r', db.customers, db.calls, db.followUps, async () => ({
    customers: (await db.customers.toArray()).map(toCustomer),
    calls: await db.calls.orderBy('startedAt').toArray(),
    followUps: await db.followUps.orderBy('dueAt').toArray(),
  }));
}

/** "callprep-notes-2026-11-23.csv", dated in the user's own zone. */
export const exportFileName = (kind: string, extension: string, now: number) =>
  `callprep-${kind}-${format(now, 'yyyy-MM-dd')}.${extension}`;

/** "2026-11-23T14:05" in the user's own zone: what a spreadsheet shows as a local date and time. */
export const localIso = (ms: number | undefined) => (ms === undefined ? '' : format(ms, "yyyy-MM-dd'T'HH:mm"));
