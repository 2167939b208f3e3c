import { describe, expect, it } from 'vitest';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { addCommitment } from '../../src/db/commitments.ts';
import { addConcern } from '../../src/db/concerns.ts';
import { deleteCustomer } from '../../src/db/customer-delete.ts';
import { createCustomer } from '../../src/db/customers.ts';
import type { CallprepDatabase } from '../../src/db/database.ts';
import { pendingChanges } from '../../src/db/sync/outbox.ts';
import { T0, freshDb } from './fresh-db.ts';

const ADA = '+12127368410';
const BO = '+442079460958';
const HOUR = 3_600_000;

/** A customer with a concern, a commitment, two closed calls (one with a follow-up) and a follow-up by plan. */
async function customerWithHistory(db: CallprepDatabase, name: string, e164: string) {
  const customer = await createCustomer(db, { name, phones: [{ e164, label: 'direct' }] }, T0);
  await addConcern(db, customer.id, `${name}: invoice wrong`, T0);
  await addCommitment(db, { customerId: customer.id, what: 'send the quote', who: 'me' }, T0);
  const first = await startCall(db, { e164 }, T0);
  await finishCall(db, { callId: first.id, notes: `${name} wants a quote`, outcome: 'connected', followUp: { dueAt: T0 + HOUR, channel: 'phone', note: 'quote' } }, T0 + 1);
  const second = await startCall(db, { e164 }, T0 + 2);
  await finishCall(db, { callId: second.id, notes: `${name} was out`, outcome: 'no-answer', followUp: null }, T0 + 3);
  return customer;
}

/** Every row of every table that names this customer (or is theirs by id). */
async function rowsOf(db: CallprepDatabase, customerId: string) {
  return {
    customer: await db.customers.get(customerId),
    concerns: await db.concerns.where('customerId').equals(customerId).count(),
    commitments: await db.commitments.where('customerId').equals(customerId).count(),
    calls: await db.calls.where('customerId').equals(customerId).count(),
    followUps: await db.followUps.where('customerId').equals(customerId).count(),
  };
}

describe('deleting a customer', () => {
  it('deletes them with their concerns, commitments, calls and follow-ups, and leaves other customers as they were', async () => {
    const db = freshDb();
    const ada = await customerWithHistory(db, 'Ada', ADA);
    const bo = await customerWithHistory(db, 'Bo', BO);
    const boBefore = await rowsOf(db, bo.id);
    const deletion = await deleteCustomer(db, ada.id);
    expect(deletion).toMatchObject({ calls: 2, followUpIds: [expect.any(String)] });
    expect(await rowsOf(db, ada.id)).toEqual({ customer: undefined, concerns: 0, commitments: 0, calls: 0, followUps: 0 });
    // Their call notes are nowhere in the store any more.
    expect(JSON.stringify(await db.calls.toArray())).not.toContain('Ada wants a quote');
    expect(await rowsOf(db, bo.id)).toEqual(boBefore);
    expect(boBefore).toMatchObject({ concerns: 1, commitments: 1, calls: 2, followUps: 1 });
  });

  it('queues the deletion of the customer, their calls and follow-ups for the team server, in place of their queued writes', async () => {
    const db = freshDb();
    const ada = await customerWithHistory(db, 'Ada', ADA);
    const callIds = await db.calls.where('customerId').equals(ada.id).primaryKeys();
    const followUpIds = await db.followUps.where('customerId').equals(ada.id).primaryKeys();
    await deleteCustomer(db, ada.id);
    const queued = await pendingChanges(db);
    expect(queued.map(({ kind, id, op }) => ({ kind, id, op })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [{ kind: 'customer', id: ada.id, op: 'delete' }, ...callIds.map((id) => ({ kind: 'call', id, op: 'delete' })), ...followUpIds.map((id) => ({ kind: 'followUp', id, op: 'delete' }))].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('takes a follow-up agreed on their call that names only the number, and leaves the number’s other calls', async () => {
    const db = freshDb();
    const ada = await createCustomer(db, { name: 'Ada', phones: [{ e164: ADA, label: 'direct' }] }, T0);
    const call = await startCall(db, { e164: ADA }, T0);
    const { followUp } = await finishCall(db, { callId: call.id, notes: 'ok', outcome: 'connected', followUp: { dueAt: T0 + HOUR, channel: 'phone', note: '' } }, T0 + 1);
    await db.followUps.update(followUp!.id, { customerId: undefined });
    const stranger = await startCall(db, { e164: '+4930901820' }, T0 + 2);
    await finishCall(db, { callId: stranger.id, notes: 'unknown caller', outcome: 'connected', followUp: null }, T0 + 3);
    await deleteCustomer(db, ada.id);
    expect(await db.followUps.count()).toBe(0);
    expect((await db.calls.toArray()).map((c) => c.id)).toEqual([stranger.id]);
  });

  it('is refused while a call with them is open, and changes nothing', async () => {
    const db = freshDb();
    const ada = await customerWithHistory(db, 'Ada', ADA);
    await startCall(db, { e164: ADA }, T0 + 10);
    const before = await rowsOf(db, ada.id);
    const queuedBefore = await pendingChanges(db);
    await expect(deleteCustomer(db, ada.id)).rejects.toThrow('still open');
    expect(await rowsOf(db, ada.id)).toEqual(before);
    expect(await pendingChanges(db)).toEqual(queuedBefore);
  });

  it('changes nothing when a write fails part way (the outbox refuses one entry)', async () => {
    const db = freshDb();
    const ada = await customerWithHistory(db, 'Ada', ADA);
    const before = await rowsOf(db, ada.id);
    const queuedBefore = await pendingChanges(db);
    db.outbox.hook('creating', (_key, row) => {
      if (row.kind === 'followUp' && row.op === 'delete') throw new Error('QuotaExceededError: disk full');
    });
    await expect(deleteCustomer(db, ada.id)).rejects.toThrow('disk full');
    expect(await rowsOf(db, ada.id)).toEqual(before);
    expect(before.customer?.name).toBe('Ada');
    expect(await pendingChanges(db)).toEqual(queuedBefore);
  });

  it('is no change for a customer already gone (a deletion sent twice)', async () => {
    const db = freshDb();
    const ada = await customerWithHistory(db, 'Ada', ADA);
    await deleteCustomer(db, ada.id);
    const queued = await pendingChanges(db);
    expect(await deleteCustomer(db, ada.id)).toEqual({ followUpIds: [], calls: 0 });
    expect(await pendingChanges(db)).toEqual(queued);
  });
});
