import { describe, expect, it } from 'vitest';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { followUpToRemind, listPendingFollowUps, setFollowUpStatus } from '../../src/db/follow-ups.ts';
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
    expect(await followUpToRemind(db, cancelled.id)).toBeUndefined();
    expect((await followUpToRemind(db, later.id))?.customerName).toBe('Amy');
  });

  it('refuses a status change on a follow-up that does not exist', async () => {
    await expect(setFollowUpStatus(freshDb(), 'gone', 'done')).rejects.toThrow('no longer exists');
  });
});
