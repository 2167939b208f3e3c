import { describe, expect, it } from 'vitest';
import { finishCall, saveCallNotes, startCall } from '../../src/db/calls.ts';
import { createCustomer } from '../../src/db/customers.ts';
import { T0, freshDb } from './fresh-db.ts';

const NUMBER = '+12127368410';
const HOUR = 3_600_000;

describe('calls', () => {
  it('returns the open call instead of starting a second one, and ties it to the only customer', async () => {
    const db = freshDb();
    const c = await createCustomer(db, { name: 'Amy', phones: [{ e164: NUMBER, label: 'direct', ext: '204' }] }, T0);
    const first = await startCall(db, { e164: NUMBER }, T0);
    expect(first).toMatchObject({ customerId: c.id, ext: '204', status: 'open', notes: '' });
    expect((await startCall(db, { e164: NUMBER }, T0 + 5)).id).toBe(first.id);
  });

  it('leaves a switchboard call without a customer unless one is chosen', async () => {
    const db = freshDb();
    const a = await createCustomer(db, { name: 'A', phones: [{ e164: NUMBER, label: 'switchboard' }] }, T0);
    await createCustomer(db, { name: 'B', phones: [{ e164: NUMBER, label: 'switchboard' }] }, T0);
    expect((await startCall(db, { e164: NUMBER }, T0)).customerId).toBeUndefined();
    expect((await startCall(db, { e164: '+442079460958', customerId: a.id }, T0)).customerId).toBe(a.id);
    await expect(startCall(db, { e164: '+4930901820', customerId: 'gone' }, T0)).rejects.toThrow('no longer exists');
  });

  it('saves notes and counts the revision; a call gone is refused', async () => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    expect(call.revision).toBe(1);
    const saved = await saveCallNotes(db, { callId: call.id, notes: 'typing…', base: { revision: 1, notes: '' } });
    expect(saved).toMatchObject({ notes: 'typing…', revision: 2 });
    await expect(saveCallNotes(db, { callId: 'gone', notes: 'x', base: { revision: 1, notes: '' } })).rejects.toThrow('no longer exists');
  });

  it('closes a call with its follow-up in one step', async () => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    const { call: closed, followUp } = await finishCall(
      db,
      { callId: call.id, notes: '  Wants a quote  ', outcome: 'callback-requested', followUp: { dueAt: T0 + 3_600_000, channel: 'phone', note: ' quote ' } },
      T0 + 60_000,
    );
    expect(closed).toMatchObject({ status: 'closed', endedAt: T0 + 60_000, outcome: 'callback-requested', notes: 'Wants a quote', followUpId: followUp?.id });
    expect(followUp).toMatchObject({ status: 'pending', e164: NUMBER, callId: call.id, note: 'quote', dueAt: T0 + 3_600_000 });
    expect(await db.followUps.count()).toBe(1);
  });

  it('records an explicit "no follow-up"', async () => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    const { call: closed, followUp } = await finishCall(db, { callId: call.id, notes: 'wrong person', outcome: 'wrong-number', followUp: null }, T0);
    expect(followUp).toBeNull();
    expect(closed.noFollowUp).toBe(true);
    expect(closed.followUpId).toBeUndefined();
  });

  it.each([
    ['empty notes', '', 'notes are empty'],
    ['whitespace notes', ' \n\t ', 'notes are empty'],
  ])('refuses to close with %s and changes nothing', async (_name, notes, message) => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    await expect(finishCall(db, { callId: call.id, notes, outcome: 'connected', followUp: { dueAt: T0 + HOUR, channel: 'phone', note: '' } }, T0)).rejects.toThrow(message);
    expect((await db.calls.get(call.id))?.status).toBe('open');
    expect(await db.followUps.count()).toBe(0);
  });

  it('counts notes saved from another card as the call\'s notes when closing', async () => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    await saveCallNotes(db, { callId: call.id, notes: 'Said in the other tab.', base: { revision: 1, notes: '' } });
    const { call: closed } = await finishCall(db, { callId: call.id, notes: '', outcome: 'connected', followUp: null, base: { revision: 1, notes: '' } }, T0);
    expect(closed.notes).toBe('Said in the other tab.');
  });

  it.each([
    ['in the past', T0 - 60_000],
    ['at this very moment', T0],
  ])('refuses a follow-up %s and changes nothing', async (_name, dueAt) => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    await expect(finishCall(db, { callId: call.id, notes: 'Wants a quote', outcome: 'connected', followUp: { dueAt, channel: 'phone', note: '' } }, T0)).rejects.toThrow(
      'The follow-up must be in the future',
    );
    expect((await db.calls.get(call.id))?.status).toBe('open');
    expect(await db.followUps.count()).toBe(0);
  });

  it('refuses to close a call twice', async () => {
    const db = freshDb();
    const call = await startCall(db, { e164: NUMBER }, T0);
    const wrapUp = { callId: call.id, notes: 'ok', outcome: 'connected' as const, followUp: { dueAt: T0 + HOUR, channel: 'phone' as const, note: '' } };
    await finishCall(db, wrapUp, T0);
    await expect(finishCall(db, wrapUp, T0)).rejects.toThrow('already closed');
    expect(await db.followUps.count()).toBe(1);
  });

  describe('two cards saving notes of one call', () => {
    it('keeps both texts when both saved from the same state, and raises the revision each time', async () => {
      const db = freshDb();
      const call = await startCall(db, { e164: NUMBER }, T0);
      const base = { revision: 1, notes: '' };
      await saveCallNotes(db, { callId: call.id, notes: 'Alpha from tab one.', base });
      const second = await saveCallNotes(db, { callId: call.id, notes: 'Bravo from tab two.', base });
      expect(second).toMatchObject({ notes: 'Alpha from tab one. Bravo from tab two.', revision: 3 });
      expect((await db.calls.get(call.id))?.notes).toBe('Alpha from tab one. Bravo from tab two.');
    });

    it('changes nothing when a save is repeated after its answer was lost', async () => {
      const db = freshDb();
      const call = await startCall(db, { e164: NUMBER }, T0);
      const save = { callId: call.id, notes: 'Wants a quote.', base: { revision: 1, notes: '' } };
      const first = await saveCallNotes(db, save);
      expect(await saveCallNotes(db, save)).toEqual(first);
    });

    it('adds notes typed in a card that did not know the call was wrapped up in another', async () => {
      const db = freshDb();
      const call = await startCall(db, { e164: NUMBER }, T0);
      await saveCallNotes(db, { callId: call.id, notes: 'Refund confirmed.', base: { revision: 1, notes: '' } });
      await finishCall(db, { callId: call.id, notes: 'Refund confirmed.', outcome: 'connected', followUp: null, base: { revision: 2, notes: 'Refund confirmed.' } }, T0 + 1);
      const late = await saveCallNotes(db, { callId: call.id, notes: 'Refund confirmed. Wants 45 seats.', base: { revision: 2, notes: 'Refund confirmed.' } });
      expect(late).toMatchObject({ status: 'closed', outcome: 'connected', notes: 'Refund confirmed. Wants 45 seats.' });
    });

    it('merges notes saved in another card into the wrap-up instead of replacing them', async () => {
      const db = freshDb();
      const call = await startCall(db, { e164: NUMBER }, T0);
      const typed = await saveCallNotes(db, { callId: call.id, notes: 'Refund confirmed.', base: { revision: 1, notes: '' } });
      const base = { revision: 2, notes: typed.notes };
      await saveCallNotes(db, { callId: call.id, notes: 'Refund confirmed. Budget approved.', base });
      const { call: closed } = await finishCall(db, { callId: call.id, notes: 'Refund confirmed. Wants 45 seats.', outcome: 'connected', followUp: null, base }, T0 + 1);
      expect(closed.notes).toBe('Refund confirmed. Budget approved. Wants 45 seats.');
    });
  });
});
