/** Follow-ups: what was agreed to happen next, and when; reminded by the background. */
import type { Customer, FollowUp } from '../shared/model.ts';
import type { FollowUpListItem } from '../shared/views.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';

export const pendingFollowUps = (db: CallprepDatabase): Promise<FollowUp[]> =>
  db.followUps.where('status').equals('pending').sortBy('dueAt');

const listItem = (followUp: FollowUp, customer: Customer | undefined): FollowUpListItem => ({
  followUp,
  customerName: customer?.name || null,
  contact: customer ? { preferences: customer.preferences, timeZone: customer.timeZone } : null,
});

/** Pending follow-ups, soonest first, with the customer's name (null when the number had no customer). */
export async function listPendingFollowUps(db: CallprepDatabase): Promise<FollowUpListItem[]> {
  return db.transaction('r', db.followUps, db.customers, async () => {
    const followUps = await pendingFollowUps(db);
    const ids = [...new Set(followUps.flatMap((f) => (f.customerId ? [f.customerId] : [])))];
    const customers = new Map((await db.customers.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    return followUps.map((followUp) => listItem(followUp, followUp.customerId ? customers.get(followUp.customerId) : undefined));
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

/**
 * Moves a pending follow-up to a new time. The reminder shown for the old time no longer counts
 * (notifiedAt is dropped), so it reminds again at the new one, also after a browser restart.
 */
export async function rescheduleFollowUp(db: CallprepDatabase, id: string, dueAt: number, now: number): Promise<FollowUp> {
  if (dueAt <= now) throw new Refusal('Choose a time in the future to move this follow-up to.');
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) throw new Refusal('This follow-up no longer exists.');
    if (followUp.status !== 'pending') throw new Refusal(`This follow-up is already ${followUp.status}; only an open one can be moved.`);
    const { notifiedAt: _shown, ...rest } = followUp;
    const next: FollowUp = { ...rest, dueAt };
    await db.followUps.put(next);
    return next;
  });
}

/** The follow-up with its customer's name, for a reminder; undefined when it is gone or no longer pending. */
export async function followUpToRemind(db: CallprepDatabase, id: string): Promise<FollowUpListItem | undefined> {
  const followUp = await db.followUps.get(id);
  if (!followUp || followUp.status !== 'pending') return undefined;
  const customer = followUp.customerId ? await db.customers.get(followUp.customerId) : undefined;
  return listItem(followUp, customer);
}

export const markNotified = (db: CallprepDatabase, id: string, now: number) => db.followUps.update(id, { notifiedAt: now });
