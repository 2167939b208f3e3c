/** Follow-ups: what was agreed to happen next, and when; reminded by the background. */
import { CALL_RULE_MESSAGES, isInFuture } from '../shared/call-rules.ts';
import type { Customer, FollowUp } from '../shared/model.ts';
import type { FollowUpListItem } from '../shared/views.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { refuseClosedChannel } from './do-not-contact.ts';
import { newId } from './ids.ts';
import { syncedTransaction } from './sync/outbox.ts';
import { t } from '../shared/i18n/messages.ts';

export const pendingFollowUps = (db: CallprepDatabase): Promise<FollowUp[]> =>
  db.followUps.where('status').equals('pending').sortBy('dueAt');

const listItem = (followUp: FollowUp, customer: Customer | undefined): FollowUpListItem => ({
  followUp,
  customerName: customer?.name || null,
  contact: customer ? { preferences: customer.preferences, timeZone: customer.timeZone } : null,
});

/** Pending follow-ups, soonest first, with the customer's name (null when the number had no customer). */
export async function listPendingFollowUps(db: CallprepDatabase): Promise<FollowUpListItem[]> {
  return db.transaction('r', db.followUps, db.customers, db.calls, async () => {
    const followUps = await pendingFollowUps(db);
    const ids = [...new Set(followUps.flatMap((f) => (f.customerId ? [f.customerId] : [])))];
    const customers = new Map((await db.customers.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    // A follow-up for a number without a customer says where it came from: its call, and that call's page.
    const callIds = followUps.flatMap((f) => (!f.customerId && f.callId ? [f.callId] : []));
    const calls = new Map((await db.calls.bulkGet(callIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    return followUps.map((followUp) => {
      const item = listItem(followUp, followUp.customerId ? customers.get(followUp.customerId) : undefined);
      const call = followUp.callId ? calls.get(followUp.callId) : undefined;
      return call ? { ...item, origin: { calledAt: call.startedAt, ...(call.foundOn ? { foundOn: call.foundOn } : {}) } } : item;
    });
  });
}

export async function setFollowUpStatus(db: CallprepDatabase, id: string, status: FollowUp['status']): Promise<FollowUp> {
  return syncedTransaction(db, [db.followUps], async (queue) => {
    const followUp = await db.followUps.get(id);
    if (!followUp) throw new Refusal(t('refuse_followUpGone'));
    const next = { ...followUp, status };
    await db.followUps.put(next);
    await queue('followUp', id);
    return next;
  });
}

/**
 * Moves a pending follow-up to a new time. The reminder shown for the old time no longer counts
 * (notifiedAt is dropped), so it reminds again at the new one, also after a browser restart.
 */
export async function rescheduleFollowUp(db: CallprepDatabase, id: string, dueAt: number, now: number): Promise<FollowUp> {
  if (!isInFuture(dueAt, now)) throw new Refusal(CALL_RULE_MESSAGES.followUpInFuture);
  return syncedTransaction(db, [db.followUps], async (queue) => {
    const followUp = await db.followUps.get(id);
    if (!followUp) throw new Refusal(t('refuse_followUpGone'));
    if (followUp.status !== 'pending') throw new Refusal(t(followUp.status === 'done' ? 'refuse_followUpDone' : 'refuse_followUpCancelled'));
    const { notifiedAt: _shown, ...rest } = followUp;
    const next: FollowUp = { ...rest, dueAt };
    await db.followUps.put(next);
    await queue('followUp', id);
    return next;
  });
}

export interface PlannedFollowUp {
  customerId: string;
  e164: string;
  dueAt: number;
  channel: FollowUp['channel'];
  note: string;
}

/** A follow-up agreed without a call (the calling-hours guard's "at their next good time instead"). */
export async function planFollowUp(db: CallprepDatabase, plan: PlannedFollowUp, now: number): Promise<FollowUp> {
  if (!isInFuture(plan.dueAt, now)) throw new Refusal(CALL_RULE_MESSAGES.followUpInFuture);
  return db.transaction('rw', db.followUps, db.customers, async () => {
    if (!(await db.customers.get(plan.customerId))) throw new Refusal(t('refuse_customerGone'));
    await refuseClosedChannel(db, plan.customerId, plan.channel, plan.e164);
    const followUp: FollowUp = { id: newId(), ...plan, note: plan.note.trim(), status: 'pending', createdAt: now };
    await db.followUps.add(followUp);
    return followUp;
  });
}

/** Pending follow-ups whose reminder has not been shown yet, soonest first. */
const notReminded = (db: CallprepDatabase): Promise<FollowUp[]> =>
  db.followUps.where('status').equals('pending').filter((f) => f.notifiedAt === undefined).sortBy('dueAt');

/** The soonest follow-up still to remind of: the one time the reminder alarm is set for. */
export const nextToRemind = async (db: CallprepDatabase): Promise<FollowUp | undefined> => (await notReminded(db))[0];

/** Follow-ups due at `at` and not reminded of yet, with their customer's name, soonest first. */
export async function dueToRemind(db: CallprepDatabase, at: number): Promise<FollowUpListItem[]> {
  return db.transaction('r', db.followUps, db.customers, async () => {
    const due = (await notReminded(db)).filter((f) => f.dueAt <= at);
    const customers = await db.customers.bulkGet(due.map((f) => f.customerId ?? ''));
    return due.map((f, i) => listItem(f, customers[i]));
  });
}

/** Remembers that these reminders were shown, so a restart does not show them again. */
export const markNotified = (db: CallprepDatabase, ids: string[], now: number) =>
  db.transaction('rw', db.followUps, () => Promise.all(ids.map((id) => db.followUps.update(id, { notifiedAt: now }))));
