import { describe, expect, it } from 'vitest';
import { startCall, finishCall } from '../../src/db/calls.ts';
import { addCommitment, setCommitmentDone } from '../../src/db/commitments.ts';
import { addConcern, setConcernResolved } from '../../src/db/concerns.ts';
import { getCustomerFile, lookupNumber } from '../../src/db/customer-file.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { T0, freshDb } from './fresh-db.ts';

const SWITCHBOARD = '+14155550100';

describe('lookupNumber and the customer file', () => {
  it('finds every customer behind a switchboard number, and none for an unknown one', async () => {
    const db = freshDb();
    await createCustomer(db, { name: 'Zed', phones: [{ e164: SWITCHBOARD, label: 'switchboard' }] }, T0);
    await createCustomer(db, { name: 'Amy', phones: [{ e164: SWITCHBOARD, label: 'switchboard' }] }, T0);
    const found = await lookupNumber(db, SWITCHBOARD);
    expect(found.matches.map((m) => m.customer.name)).toEqual(['Amy', 'Zed']);
    expect(found.openCall).toBeNull();
    expect((await lookupNumber(db, '+12025550123')).matches).toEqual([]);
  });

  it('orders concerns, commitments, calls and follow-ups for the card', async () => {
    const db = freshDb();
    const c = await createCustomer(db, { name: 'Amy', phones: [{ e164: '+12127368410', label: 'direct' }] }, T0);
    const old = await addConcern(db, c.id, 'old and resolved', T0);
    await setConcernResolved(db, old.id, true, T0 + 1);
    await addConcern(db, c.id, 'open', T0 + 2);
    const done = await addCommitment(db, { customerId: c.id, what: 'done', who: 'me', dueAt: T0 }, T0);
    await setCommitmentDone(db, done.id, true, T0);
    await addCommitment(db, { customerId: c.id, what: 'undated', who: 'me' }, T0);
    await addCommitment(db, { customerId: c.id, what: 'due soon', who: 'me', dueAt: T0 + 9 }, T0);
    for (let i = 0; i < 12; i++) {
      const call = await startCall(db, { e164: '+12127368410' }, T0 + i * 1000);
      await finishCall(db, { callId: call.id, notes: `call ${i}`, outcome: 'connected', followUp: i === 11 ? { dueAt: T0 + 99_000, channel: 'email', note: '' } : null }, T0 + i * 1000 + 1);
    }
    const open = await startCall(db, { e164: '+12127368410' }, T0 + 20_000);
    const file = await getCustomerFile(db, c.id);
    expect(file?.concerns.map((x) => x.text)).toEqual(['open', 'old and resolved']);
    expect(file?.commitments.map((x) => x.what)).toEqual(['due soon', 'undated', 'done']);
    expect(file?.recentCalls).toHaveLength(10);
    expect(file?.recentCalls[0]?.id).toBe(open.id);
    expect(file?.recentCalls[1]?.notes).toBe('call 11');
    expect(file?.pendingFollowUps.map((f) => f.channel)).toEqual(['email']);
    expect((await lookupNumber(db, '+12127368410')).openCall?.id).toBe(open.id);
    expect(await getCustomerFile(db, 'missing')).toBeNull();
  });

  it('says which clock the number’s country keeps, known customer or not, and none where a country keeps several', async () => {
    const db = freshDb();
    await createCustomer(db, { name: 'Jürgen', phones: [{ e164: '+4930901820', label: 'direct' }] }, T0);
    expect((await lookupNumber(db, '+4930901820')).numberZone).toEqual({ zone: 'Europe/Berlin', country: 'DE' });
    expect((await lookupNumber(db, '+31201234567')).numberZone).toEqual({ zone: 'Europe/Amsterdam', country: 'NL' });
    expect((await lookupNumber(db, '+12127368410')).numberZone).toBeNull();
  });
});
