/**
 * Do not contact (issue 13) is a rule of the background: a call to a customer or number marked
 * do-not-call is refused unless the request carries an override reason, which is kept on the call;
 * a follow-up on a marked channel is refused, after a call and when planned on its own.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../src/db/customers.ts';
import { freshDb, T0 } from '../../db/fresh-db.ts';
import { createFakeBrowser } from '../fake-browser.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('../fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

const { callHandlers } = await import('../../../src/background/handlers/call.ts');
const { followUpHandlers } = await import('../../../src/background/handlers/follow-up.ts');
const ctx = { sender: {} };
const HOUR = 3_600_000;
const DIRECT = '+4930901820';
const MOBILE = '+4915123456789';
const since = Date.UTC(2026, 10, 3, 10);

beforeEach(() => fake.browser.reset());

async function setUp(marks: Parameters<typeof createCustomer>[1]) {
  const db = freshDb();
  const deps = { db, now: () => T0 };
  const customer = await createCustomer(db, marks, T0);
  return { db, customer, calls: callHandlers(deps), followUps: followUpHandlers(deps) };
}

describe('call/start for a customer marked do-not-call', () => {
  const marked = { name: 'Jürgen Müller', phones: [{ e164: DIRECT, label: 'direct' as const }, { e164: MOBILE, label: 'mobile' as const }], doNotContact: { phone: { reason: 'asked on 3 Nov', since } } };

  it('is refused without an override, naming the date and the reason, and no call is stored', async () => {
    const { db, calls } = await setUp(marked);
    await expect(calls['call/start']({ e164: DIRECT }, ctx)).rejects.toThrow(/^Marked do not call since .*\(asked on 3 Nov\)\. To call anyway, give a reason/);
    await expect(calls['call/start']({ e164: MOBILE, overrideReason: '   ' }, ctx)).rejects.toThrow('Marked do not call');
    expect(await db.calls.count()).toBe(0);
  });

  it('goes ahead with a reason, which is kept on the call record', async () => {
    const { db, calls } = await setUp(marked);
    const { call } = await calls['call/start']({ e164: DIRECT, overrideReason: ' They called and asked for a call back ' }, ctx);
    expect(call).toMatchObject({ status: 'open', overrideReason: 'They called and asked for a call back' });
    expect(await db.calls.get(call.id)).toMatchObject({ overrideReason: 'They called and asked for a call back' });
  });

  it('keeps no override on a call nobody needed one for', async () => {
    const { calls } = await setUp({ name: 'Ada', phones: [{ e164: DIRECT, label: 'direct' }] });
    const { call } = await calls['call/start']({ e164: DIRECT, overrideReason: 'habit' }, ctx);
    expect(call.overrideReason).toBeUndefined();
  });
});

describe('a mark on one number only', () => {
  const oneNumber = {
    name: 'Ada',
    phones: [
      { e164: DIRECT, label: 'direct' as const },
      { e164: MOBILE, label: 'mobile' as const, doNotContact: { phone: { reason: 'private mobile', since } } },
    ],
  };

  it('refuses calls to that number and lets the other be called', async () => {
    const { calls } = await setUp(oneNumber);
    await expect(calls['call/start']({ e164: MOBILE }, ctx)).rejects.toThrow('(private mobile)');
    await expect(calls['call/start']({ e164: DIRECT }, ctx)).resolves.toMatchObject({ call: { e164: DIRECT } });
  });
});

describe('follow-ups on a marked channel', () => {
  const noEmail = { name: 'Ada', phones: [{ e164: DIRECT, label: 'direct' as const }], doNotContact: { email: { reason: 'unsubscribed', since } } };

  it('closing a call with an e-mail follow-up is refused and leaves the call open; by phone it closes', async () => {
    const { db, calls } = await setUp(noEmail);
    const { call } = await calls['call/start']({ e164: DIRECT }, ctx);
    const wrapUp = { callId: call.id, notes: 'Talked', outcome: 'connected' as const, followUp: { dueAt: T0 + 24 * HOUR, channel: 'email' as const, note: '' } };
    await expect(calls['call/finish'](wrapUp, ctx)).rejects.toThrow(/^Marked do not contact by E-mail since .*\(unsubscribed\)\. Choose another channel\.$/);
    expect(await db.calls.get(call.id)).toMatchObject({ status: 'open' });
    expect(await db.followUps.count()).toBe(0);
    await expect(calls['call/finish']({ ...wrapUp, followUp: { ...wrapUp.followUp, channel: 'phone' } }, ctx)).resolves.toMatchObject({ status: 'closed' });
  });

  it('followup/plan schedules one at a good time, and refuses a marked channel, the past and a customer gone', async () => {
    const { db, customer, followUps } = await setUp(noEmail);
    const plan = { customerId: customer.id, e164: DIRECT, dueAt: T0 + 18 * HOUR, channel: 'phone' as const, note: ' Call at their next good time ' };
    await expect(followUps['followup/plan'](plan, ctx)).resolves.toMatchObject({ status: 'pending', note: 'Call at their next good time', customerId: customer.id });
    await expect(followUps['followup/plan']({ ...plan, channel: 'email' }, ctx)).rejects.toThrow('Marked do not contact by E-mail');
    await expect(followUps['followup/plan']({ ...plan, dueAt: T0 - 1 }, ctx)).rejects.toThrow('future');
    await expect(followUps['followup/plan']({ ...plan, customerId: 'gone' }, ctx)).rejects.toThrow('no longer exists');
    expect(await db.followUps.count()).toBe(1);
  });
});
