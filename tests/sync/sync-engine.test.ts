/**
 * The sync engine against both real servers, with two colleagues (two profiles) on one team
 * address book and calendar: what one does reaches the other, a conflict keeps both texts, a
 * deletion travels, and a server that goes away, a wrong password or a full quota lose nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishCall, startCall } from '../../src/db/calls.ts';
import { deleteCustomer } from '../../src/db/customer-delete.ts';
import { createCustomer, getCustomer, updateCustomer } from '../../src/db/customers.ts';
import { listPendingFollowUps } from '../../src/db/follow-ups.ts';
import { pendingCount } from '../../src/db/sync/outbox.ts';
import type { Customer } from '../../src/shared/model.ts';
import { DavCollection } from '../../src/sync/dav-collection.ts';
import { toSyncProblem } from '../../src/sync/sync-problem.ts';
import { colleague, type Colleague } from './support/profiles.ts';
import { teamCollections, type TeamCollections } from './support/collections.ts';
import { SERVER_KINDS, SERVER_START_MS, startServer, USERS, type DavServer } from './support/servers.ts';

const base = (c: Customer) => ({ revision: c.revision ?? 0, values: { notes: c.notes, title: c.title } });
const inAnHour = () => Date.now() + 3_600_000;

describe.each(SERVER_KINDS)('two colleagues syncing on %s', { timeout: 60_000 }, (kind) => {
  let server: DavServer;
  let team: TeamCollections;
  let alice: Colleague;
  let bob: Colleague;
  let book: DavCollection;
  let calendar: DavCollection;
  beforeAll(async () => {
    server = await startServer(kind);
    team = await teamCollections(server, USERS.alice);
    alice = await colleague(server, team, USERS.alice);
    bob = await colleague(server, team, USERS.bob);
    book = new DavCollection(team.addressBookUrl, USERS.alice, 'vcard');
    calendar = new DavCollection(team.calendarUrl, USERS.alice, 'ical');
  }, SERVER_START_MS);
  afterAll(() => server.remove());

  it('a customer, a call and the follow-up agreed on it reach the colleague; the follow-up is a VTODO on the server', async () => {
    const ngozi = await createCustomer(alice.db, { name: 'Ngozi Okafor', company: 'Lagos Freight', phones: [{ e164: '+12127368410', label: 'direct' }], notes: 'Wants 40 seats.' }, Date.now());
    const call = await startCall(alice.db, { e164: '+12127368410', customerId: ngozi.id }, Date.now());
    const dueAt = inAnHour();
    await finishCall(alice.db, { callId: call.id, notes: 'Agreed: quote by Friday.', outcome: 'connected', followUp: { dueAt, channel: 'phone', note: 'Send the quote' } }, Date.now());
    expect(await pendingCount(alice.db)).toBe(3);

    const sent = await alice.sync();
    expect(sent.pushed).toBe(3);
    expect(await pendingCount(alice.db)).toBe(0);
    const onServer = await calendar.getMany((await calendar.list()).map((o) => o.url));
    expect(onServer.map((o) => o.data).join('\n')).toMatch(/BEGIN:VTODO[\s\S]*Send the quote[\s\S]*END:VTODO/);

    await bob.sync();
    expect(await getCustomer(bob.db, ngozi.id)).toMatchObject({ name: 'Ngozi Okafor', company: 'Lagos Freight', notes: 'Wants 40 seats.' });
    const [agreed] = await listPendingFollowUps(bob.db);
    expect(agreed).toMatchObject({ customerName: 'Ngozi Okafor', followUp: { note: 'Send the quote', status: 'pending', customerId: ngozi.id } });
    expect(Math.abs((agreed?.followUp.dueAt ?? 0) - dueAt)).toBeLessThan(1000);
    expect(await bob.db.calls.get(call.id)).toMatchObject({ status: 'closed', notes: 'Agreed: quote by Friday.', outcome: 'connected', customerId: ngozi.id });
    // Nothing came back as a change of Bob's own, and a second sync sends nothing.
    expect(await pendingCount(bob.db)).toBe(0);
    expect((await bob.sync()).pushed).toBe(0);
  });

  it('both edit one customer while apart: the notes keep both texts, the other field the colleague changed arrives', async () => {
    const [shared] = await alice.db.customers.toArray();
    const id = shared?.id ?? '';
    const atBob = (await getCustomer(bob.db, id)) as Customer;
    await updateCustomer(bob.db, id, { notes: 'Wants 40 seats. Budget approved in March.', title: 'Head of Purchasing' }, base(atBob), Date.now());
    const atAlice = (await getCustomer(alice.db, id)) as Customer;
    await updateCustomer(alice.db, id, { notes: 'Wants 40 seats. Asked for a discount.' }, base(atAlice), Date.now());

    await bob.sync();
    await alice.sync();
    await bob.sync();
    for (const who of [alice, bob]) {
      const merged = await getCustomer(who.db, id);
      expect(merged?.notes).toContain('Budget approved in March.');
      expect(merged?.notes).toContain('Asked for a discount.');
      expect(merged?.title).toBe('Head of Purchasing');
      expect(await pendingCount(who.db)).toBe(0);
    }
    expect((await getCustomer(alice.db, id))?.notes).toBe((await getCustomer(bob.db, id))?.notes);
  });

  it('a contact deleted on the server (a colleague’s phone) is deleted here; its calls stay', async () => {
    const extra = await createCustomer(alice.db, { name: 'Ana Lima', phones: [{ e164: '+12025550143', label: 'mobile' }] }, Date.now());
    await alice.sync();
    await bob.sync();
    expect(await getCustomer(bob.db, extra.id)).toBeDefined();
    const object = (await bob.db.syncObjects.get(`customer:${extra.id}`))!;
    await new DavCollection(team.addressBookUrl, USERS.bob, 'vcard').remove(object.url, object.etag);
    await alice.sync();
    expect(await getCustomer(alice.db, extra.id)).toBeUndefined();
    expect((await book.list()).map((o) => o.url)).not.toContain(object.url);
  });

  it('a customer deleted in Callprep goes from the server, with their call and follow-up, and from the colleague’s profile', async () => {
    const leaving = await createCustomer(alice.db, { name: 'Kenji Sato', phones: [{ e164: '+12025550178', label: 'direct' }] }, Date.now());
    const call = await startCall(alice.db, { e164: '+12025550178', customerId: leaving.id }, Date.now());
    const { followUp } = await finishCall(alice.db, { callId: call.id, notes: 'Moving to a competitor.', outcome: 'connected', followUp: { dueAt: inAnHour(), channel: 'email', note: 'Exit survey' } }, Date.now());
    await alice.sync();
    await bob.sync();
    expect(await getCustomer(bob.db, leaving.id)).toBeDefined();
    const urls = await Promise.all([`customer:${leaving.id}`, `call:${call.id}`, `followUp:${followUp!.id}`].map(async (key) => (await alice.db.syncObjects.get(key))!.url));
    const serverUrls = async () => [...(await book.list()), ...(await calendar.list())].map((o) => o.url);
    expect(await serverUrls()).toEqual(expect.arrayContaining(urls));

    await deleteCustomer(alice.db, leaving.id);
    expect(await pendingCount(alice.db)).toBe(3);
    await alice.sync();
    expect(await pendingCount(alice.db)).toBe(0);
    const left = await serverUrls();
    expect(urls.filter((url) => left.includes(url))).toEqual([]);
    expect(left.length).toBeGreaterThan(0);

    await bob.sync();
    expect(await getCustomer(bob.db, leaving.id)).toBeUndefined();
    expect(await bob.db.calls.get(call.id)).toBeUndefined();
    expect(await bob.db.followUps.get(followUp!.id)).toBeUndefined();
    expect((await listPendingFollowUps(bob.db)).map((i) => i.followUp.note)).not.toContain('Exit survey');
    // Nothing of it comes back: neither colleague has it queued to write again.
    expect(await pendingCount(bob.db)).toBe(0);
    expect(await getCustomer(bob.db, (await alice.db.customers.toArray())[0]!.id)).toBeDefined();
  });

  it('the server stopped mid-sync and started again: the change waits and then arrives, nothing doubled', async () => {
    const [shared] = await alice.db.customers.toArray();
    const stored = (await getCustomer(alice.db, shared?.id ?? '')) as Customer;
    await updateCustomer(alice.db, stored.id, { title: 'Chief Buyer' }, base(stored), Date.now());
    // The server goes away after the pull, while the push is about to send.
    let requests = 0;
    const stopping: typeof fetch = async (input, init) => {
      if (++requests === 3) await server.stop();
      return fetch(input, init);
    };
    const failed = await alice.sync(stopping).then(() => undefined, (error: unknown) => error);
    expect(toSyncProblem(failed).code).toBe('unreachable');
    expect(await pendingCount(alice.db)).toBe(1);
    await server.restart();
    await alice.sync();
    await bob.sync();
    expect((await getCustomer(bob.db, stored.id))?.title).toBe('Chief Buyer');
    const names = (await book.getMany((await book.list()).map((o) => o.url))).map((o) => /^FN:(.*)$/m.exec(o.data)?.[1]?.trim());
    expect(names.filter((n) => n === 'Ngozi Okafor')).toHaveLength(1);
  });

  it('a write the server took but whose answer was lost (the worker stopped) is not sent twice', async () => {
    const made = await createCustomer(alice.db, { name: 'Kenji Sato', phones: [{ e164: '+12125550187', label: 'direct' }] }, Date.now());
    const losing: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (init?.method === 'PUT') throw new TypeError('fetch failed');
      return answer;
    };
    await expect(alice.sync(losing)).rejects.toThrow();
    expect(await pendingCount(alice.db)).toBe(1);
    await alice.sync();
    expect(await pendingCount(alice.db)).toBe(0);
    const all = await book.getMany((await book.list()).map((o) => o.url));
    expect(all.filter((o) => o.data.includes('Kenji Sato'))).toHaveLength(1);
    expect(await alice.db.syncObjects.get(`customer:${made.id}`)).toBeDefined();
  });

  it('a full quota (507) keeps the change waiting and says so', async () => {
    const [shared] = await alice.db.customers.toArray();
    const stored = (await getCustomer(alice.db, shared?.id ?? '')) as Customer;
    await updateCustomer(alice.db, stored.id, { title: 'Buyer' }, base(stored), Date.now());
    const full: typeof fetch = async (input, init) => (init?.method === 'PUT' ? new Response('', { status: 507 }) : fetch(input, init));
    const failed = await alice.sync(full).then(() => undefined, (error: unknown) => error);
    expect(toSyncProblem(failed), String(failed)).toMatchObject({ code: 'quota' });
    expect(await pendingCount(alice.db)).toBe(1);
    await alice.sync();
    expect(await pendingCount(alice.db)).toBe(0);
  });

  it('a do-not-call customer called anyway: the reason given reaches the colleague with the call', async () => {
    const since = Date.now() - 86_400_000;
    const ines = await createCustomer(alice.db, { name: 'Inês Duarte', phones: [{ e164: '+12125550143', label: 'direct' }], doNotContact: { phone: { reason: 'Asked for e-mail only', since } } }, Date.now());
    const reason = 'She asked us to call back, today; about the recall';
    const call = await startCall(alice.db, { e164: '+12125550143', customerId: ines.id, overrideReason: reason }, Date.now());
    await finishCall(alice.db, { callId: call.id, notes: 'Recall explained.', outcome: 'connected', followUp: null }, Date.now());
    await alice.sync();
    await bob.sync();
    expect(await bob.db.calls.get(call.id)).toMatchObject({ customerId: ines.id, overrideReason: reason, notes: 'Recall explained.' });
  });

  // Xandikos 0.2.8 does no authentication of its own (deployments put it behind a proxy that does):
  // only Radicale, started with a htpasswd file, can refuse a password.
  it.runIf(kind === 'radicale')('a wrong password says so, and deletes nothing here', async () => {
    const wrong = await colleague(server, team, { username: 'alice', password: 'not-the-password' });
    await createCustomer(wrong.db, { name: 'Local only' }, Date.now());
    const failed = await wrong.sync().then(() => undefined, (error: unknown) => error);
    expect(toSyncProblem(failed)).toMatchObject({ code: 'auth' });
    expect(toSyncProblem(failed).message).toContain('refused the user name or password');
    expect(await wrong.db.customers.count()).toBe(1);
    expect(await pendingCount(wrong.db)).toBe(1);
  });
});
