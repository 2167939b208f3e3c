import { describe, expect, it } from 'vitest';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { dueToRemind, listPendingFollowUps, markNotified, nextToRemind, rescheduleFollowUp, setFollowUpStatus } from '../../src/db/follow-ups.ts';
import { T0, freshDb } from './fresh-db.ts';

async function callWithFollowUp(db: ReturnType<typeof freshDb>, e164: string, dueAt: number) {
  const call = await startCall(db, { e164 }, T0);
  return (await finishCall(db, { callId: call.id, notes: 'n', outcome: 'no-answer', followUp: { dueAt, channel: 'phone', note: '' } }, T0)).followUp!;
}

describe('follow-ups', () => {
  it('lists pending ones soonest first with the customer name, or null for an unknown number', async () => {
    const db = freshDb();
    await createCustomer(db, { name: 'Amy', phones: [{ e164: '+12127368410', label: 'direct' }] }, T0);
    const later = await callWithFollowUp(db, '+12127368410', T0 + 2000);
    const sooner = await callWithFollowUp(db, '+442079460958', T0 + 1000);
    const cancelled = await callWithFollowUp(db, '+4930901820', T0 + 500);
    await setFollowUpStatus(db, cancelled.id, 'cancelled');
    expect((await listPendingFollowUps(db)).map((i) => [i.followUp.id, i.customerName])).toEqual([
      [sooner.id, null],
      [later.id, 'Amy'],
    ]);
    expect((await dueToRemind(db, T0 + 2000)).map((i) => [i.followUp.id, i.customerName])).toEqual([
      [sooner.id, null],
      [later.id, 'Amy'],
    ]);
  });

  it('reminds of each pending follow-up once: the next to remind skips those shown, done or cancelled', async () => {
    const db = freshDb();
    const first = await callWithFollowUp(db, '+12127368410', T0 + 1000);
    const second = await callWithFollowUp(db, '+442079460958', T0 + 2000);
    const third = await callWithFollowUp(db, '+4930901820', T0 + 3000);
    expect((await nextToRemind(db))?.id).toBe(first.id);
    await markNotified(db, [first.id], T0 + 1000);
    await setFollowUpStatus(db, second.id, 'done');
    expect((await nextToRemind(db))?.id).toBe(third.id);
    expect(await dueToRemind(db, T0 + 2500)).toEqual([]);
  });

  it('carries the customer\'s contact preferences and zone, so the popup can suggest a good time', async () => {
    const db = freshDb();
    const amy = await createCustomer(db, { name: 'Amy', timeZone: 'Europe/Berlin', phones: [{ e164: '+4930901820', label: 'direct' }] }, T0);
    await callWithFollowUp(db, '+4930901820', T0 + 1000);
    await callWithFollowUp(db, '+442079460958', T0 + 2000);
    expect((await listPendingFollowUps(db)).map((i) => i.contact)).toEqual([
      { preferences: amy.preferences, timeZone: 'Europe/Berlin' },
      null,
    ]);
  });

  it('moves a follow-up to a later time and forgets that its reminder was shown', async () => {
    const db = freshDb();
    const f = await callWithFollowUp(db, '+12127368410', T0 + 1000);
    await markNotified(db, [f.id], T0 + 1000);
    const moved = await rescheduleFollowUp(db, f.id, T0 + 86_400_000, T0 + 2000);
    expect(moved.dueAt).toBe(T0 + 86_400_000);
    expect(await db.followUps.get(f.id)).toEqual(moved);
    expect('notifiedAt' in moved).toBe(false);
  });

  it.each([
    ['in the past', 'pending', T0 - 1, 'The follow-up must be in the future'],
    ['to a done one', 'done', T0 + 5000, 'already done'],
    ['to a cancelled one', 'cancelled', T0 + 5000, 'already cancelled'],
  ] as const)('refuses a move %s', async (_case, status, dueAt, error) => {
    const db = freshDb();
    const f = await callWithFollowUp(db, '+12127368410', T0 + 1000);
    await setFollowUpStatus(db, f.id, status);
    await expect(rescheduleFollowUp(db, f.id, dueAt, T0)).rejects.toThrow(error);
    expect((await db.followUps.get(f.id))?.dueAt).toBe(T0 + 1000);
  });

  it('refuses a status change on a follow-up that does not exist', async () => {
    await expect(setFollowUpStatus(freshDb(), 'gone', 'done')).rejects.toThrow('no longer exists');
  });
});
