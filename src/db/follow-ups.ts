/** Follow-ups: what was agreed to happen next, and when; reminded by the background. */
import type { FollowUp } from '../shared/model.ts';
import type { FollowUpListItem } from '../shared/views.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';

export const pendingFollowUps = (db: CallprepDatabase): Promise<FollowUp[]> =>
  db.followUps.where('status').equals('pending').sortBy('dueAt');

/** Pending follow-ups, soonest first, with the customer's name (null when the number had no customer). */
export async function listPendingFollowUps(db: CallprepDatabase): Promise<FollowUpListItem[]> {
  return db.transaction('r', db.followUps, db.customers, async () => {
    const followUps = await pendingFollowUps(db);
    const ids = [...new Set(followUps.flatMap((f) => (f.customerId ? [f.customerId] : [])))];
    const customers = await db.customers.bulkGet(ids);
    const names = new Map(customers.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
    return followUps.map((followUp) => ({ followUp, customerName: (followUp.customerId && names.get(followUp.customerId)) || null }));
  });
}

export async function setFollowUpStatus(db: CallprepDatabase, id: string, status: FollowUp['status']): Promise<FollowUp> {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) throw new Refusal('This follow-up no longer exists.');
    const next = { ...followUp, status };
    await db.followUps.put(next);
    return next;
  });
}

/** The follow-up with its customer's name, for a reminder; undefined when it is gone or no longer pending. */
export async function followUpToRemind(db: CallprepDatabase, id: string): Promise<FollowUpListItem | undefined> {
  const followUp = await db.followUps.get(id);
  if (!followUp || followUp.status !== 'pending') return undefined;
  const customer = followUp.customerId ? await db.customers.get(followUp.customerId) : undefined;
  return { followUp, customerName: customer?.name ?? null };
}

export const markNotified = (db: CallprepDatabase, id: string, now: number) => db.followUps.update(id, { notifiedAt: now });
