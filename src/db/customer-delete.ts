/**
 * Deleting a customer (issue 11, "deletions travel both ways"). What belongs to them goes with them:
 * their concerns, commitments, calls with their notes, and follow-ups. All of it is deleted, and each
 * synced record's deletion queued for the team server, in one transaction: either the customer and
 * everything of theirs is gone here and waits to go from the server, or nothing changed.
 * Follow-ups and calls of the same number without the customer stay: they belong to the number.
 */
import type { FollowUp } from '../shared/model.ts';
import type { CustomerDeletion } from '../shared/views.ts';
import { t } from '../shared/i18n/messages.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { syncedTransaction } from './sync/outbox.ts';

/**
 * Deletes the customer and what is theirs; a customer already gone is no change (a deletion sent
 * again after it landed answers the same). Refused while a call with them is still open: its
 * wrap-up would have nowhere to go.
 */
export async function deleteCustomer(db: CallprepDatabase, id: string): Promise<CustomerDeletion> {
  const tables = [db.customers, db.concerns, db.commitments, db.calls, db.followUps];
  return syncedTransaction(db, tables, async (queue) => {
    if (!(await db.customers.get(id))) return { followUpIds: [], calls: 0 };
    const calls = await db.calls.where('customerId').equals(id).toArray();
    if (calls.some((call) => call.status === 'open')) throw new Refusal(t('refuse_deleteDuringCall'));
    const callIds = new Set(calls.map((call) => call.id));
    // A follow-up agreed on one of their calls is theirs even where it names only the number.
    const followUps = (await db.followUps.where('customerId').equals(id).toArray()).concat(
      await db.followUps.where('callId').anyOf([...callIds]).filter((f: FollowUp) => f.customerId === undefined).toArray(),
    );
    await db.customers.delete(id);
    await db.concerns.where('customerId').equals(id).delete();
    await db.commitments.where('customerId').equals(id).delete();
    await db.calls.bulkDelete([...callIds]);
    await db.followUps.bulkDelete(followUps.map((f) => f.id));
    await queue('customer', id, 'delete');
    for (const callId of callIds) await queue('call', callId, 'delete');
    for (const followUp of followUps) await queue('followUp', followUp.id, 'delete');
    return { followUpIds: followUps.map((f) => f.id), calls: callIds.size };
  });
}
