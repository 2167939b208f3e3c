import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb, T0 } from '../db/fresh-db.ts';
import { createFakeBrowser } from './fake-browser.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('./fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

const { createHandlers } = await import('../../src/background/handlers/index.ts');
const { PROTOCOL } = await import('../../src/shared/protocol/index.ts');
const { openReminder, resyncReminders, showReminder, snoozeReminder } = await import('../../src/background/reminders.ts');

const HOUR = 3_600_000;
let clock = T0;
function setup() {
  const deps = { db: freshDb(), now: () => clock };
  return { deps, h: createHandlers(deps) };
}
const ctx = { sender: {} };

beforeEach(() => {
  clock = T0;
  fake.browser.reset();
  delete (fake.browser.notifications as { update?: unknown }).update;
});

/** Chrome's notifications have update() and show buttons; Firefox's have neither (the fake's default). */
const withChromeNotifications = () => Object.assign(fake.browser.notifications, { update: async () => true });

async function closeWithFollowUp(h: ReturnType<typeof setup>['h'], e164: string, dueAt: number) {
  const { call } = await h['call/start']({ e164 }, ctx);
  await h['call/finish']({ callId: call.id, notes: 'talked', outcome: 'connected', followUp: { dueAt, channel: 'phone', note: 'send quote' } }, ctx);
  const [item] = (await h['followup/list']({}, ctx)).filter((i) => i.followUp.e164 === e164);
  return item!.followUp;
}

describe('reminders', () => {
  it('finishing a call with a follow-up sets an alarm at its time; done clears it', async () => {
    const { h } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + 5 * HOUR);
    expect(fake.browser.alarmsByName.get(`followup:${f.id}`)?.scheduledTime).toBe(T0 + 5 * HOUR);
    await h['followup/set-status']({ id: f.id, status: 'done' }, ctx);
    expect(fake.browser.alarmsByName.size).toBe(0);
    expect(await h['followup/list']({}, ctx)).toEqual([]);
  });

  it('a fired alarm shows a notification with the customer name and marks the follow-up notified', async () => {
    const { h, deps } = setup();
    await h['customer/create']({ draft: { name: 'Ada Lovelace', phones: [{ e164: '+12127368410', label: 'direct' }] } }, ctx);
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    clock = T0 + HOUR;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)).toEqual({
      type: 'basic',
      iconUrl: 'chrome-extension://callprep-test/public/icons/icon-128.png',
      title: 'Follow up: Ada Lovelace',
      message: 'Phone · send quote',
    });
    expect((await deps.db.followUps.get(f.id))?.notifiedAt).toBe(clock);
  });

  it('a follow-up for an unknown number is titled with the number; a cancelled one does not remind', async () => {
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+442079460958', T0 + HOUR);
    clock = T0 + HOUR;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)?.title).toBe('Follow up: +442079460958');
    fake.browser.reset();
    await h['followup/set-status']({ id: f.id, status: 'cancelled' }, ctx);
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    expect(fake.browser.notificationsById.size).toBe(0);
  });

  it('on startup, re-creates missing alarms (past-due ones at once) and drops stale ones', async () => {
    const { h, deps } = setup();
    const past = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    const future = await closeWithFollowUp(h, '+442079460958', T0 + 48 * HOUR);
    const shown = await closeWithFollowUp(h, '+4930901820', T0 + 2 * HOUR);
    clock = T0 + 3 * HOUR;
    await showReminder(deps, { name: `followup:${shown.id}`, scheduledTime: clock });
    fake.browser.reset(); // the browser lost the alarms
    await fake.browser.alarms.create('followup:deleted-long-ago', { when: T0 });
    await resyncReminders(deps);
    expect(Object.fromEntries([...fake.browser.alarmsByName].map(([k, v]) => [k, v.scheduledTime]))).toEqual({
      [`followup:${past.id}`]: clock,
      [`followup:${future.id}`]: T0 + 48 * HOUR,
    });
  });

  it('clicking a reminder opens the follow-up list and closes the notification', async () => {
    await fake.browser.notifications.create('followup:x', {});
    await openReminder('followup:x');
    await openReminder('someone-else');
    expect(fake.browser.openedTabs).toEqual(['chrome-extension://callprep-test/src/ui/popup/popup.html']);
    expect(fake.browser.notificationsById.size).toBe(0);
  });

  it('snoozing moves the alarm: the old one is gone, the new one is at the new time, a shown reminder closes', async () => {
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    clock = T0 + HOUR;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    const moved = await h['followup/reschedule']({ id: f.id, dueAt: T0 + 26 * HOUR }, ctx);
    expect(moved).toMatchObject({ id: f.id, dueAt: T0 + 26 * HOUR, status: 'pending' });
    expect(moved.notifiedAt).toBeUndefined();
    expect([...fake.browser.alarmsByName.values()]).toEqual([{ name: `followup:${f.id}`, scheduledTime: T0 + 26 * HOUR }]);
    expect(fake.browser.notificationsById.size).toBe(0);
    // The old alarm, had it already been on its way, shows nothing; the new one reminds.
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: T0 + HOUR });
    expect(fake.browser.notificationsById.size).toBe(0);
    clock = T0 + 26 * HOUR;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)?.title).toBe('Follow up: +12127368410');
  });

  it.each([
    ['a time in the past', (id: string) => ({ id, dueAt: T0 - 60_000 }), 'Choose a time in the future to move this follow-up to.'],
    ['now', (id: string) => ({ id, dueAt: T0 }), 'Choose a time in the future to move this follow-up to.'],
    ['an unknown follow-up', () => ({ id: 'no-such-id', dueAt: T0 + HOUR }), 'This follow-up no longer exists.'],
  ])('refuses to snooze to %s and leaves the alarm as it was', async (_case, request, error) => {
    const { h } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + 5 * HOUR);
    await expect(h['followup/reschedule'](request(f.id), ctx)).rejects.toThrow(error);
    expect(fake.browser.alarmsByName.get(`followup:${f.id}`)?.scheduledTime).toBe(T0 + 5 * HOUR);
  });

  it('refuses to snooze a follow-up that is already done', async () => {
    const { h } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    await h['followup/set-status']({ id: f.id, status: 'done' }, ctx);
    await expect(h['followup/reschedule']({ id: f.id, dueAt: T0 + 2 * HOUR }, ctx)).rejects.toThrow('This follow-up is already done; only an open one can be moved.');
    expect(fake.browser.alarmsByName.size).toBe(0);
  });

  it.each([
    ['Chrome (notifications have buttons)', true, [{ title: 'Snooze 1 h' }]],
    ['Firefox (no buttons)', false, undefined],
  ])('in %s the reminder has buttons %j', async (_browser, chrome, buttons) => {
    if (chrome) withChromeNotifications();
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    clock = T0 + HOUR;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)?.buttons).toEqual(buttons);
  });

  it('shows the reminder without its button when the browser refuses buttons', async () => {
    withChromeNotifications();
    const create = fake.browser.notifications.create;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const refusing = vi.spyOn(fake.browser.notifications, 'create').mockImplementation(async (id, options) => {
      if ('buttons' in options) throw new TypeError('Property "buttons" is unsupported');
      return create(id, options);
    });
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    clock = T0 + HOUR;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: clock });
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)).toMatchObject({ title: 'Follow up: +12127368410', message: 'Phone · send quote' });
    refusing.mockRestore();
  });

  it('"Snooze 1 h" on a reminder moves the follow-up an hour from now and closes the notification', async () => {
    withChromeNotifications();
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    clock = T0 + HOUR + 5 * 60_000;
    await showReminder(deps, { name: `followup:${f.id}`, scheduledTime: T0 + HOUR });
    await snoozeReminder(deps, `followup:${f.id}`, 0);
    expect(fake.browser.notificationsById.size).toBe(0);
    expect(fake.browser.alarmsByName.get(`followup:${f.id}`)?.scheduledTime).toBe(clock + HOUR);
    const [item] = await h['followup/list']({}, ctx);
    expect(item?.followUp).toMatchObject({ dueAt: clock + HOUR });
    expect(item?.followUp.notifiedAt).toBeUndefined();
  });

  it.each([
    [{ id: 'f1', dueAt: '2026-11-24T09:00' }, 'request.dueAt must be a finite number'],
    [{ id: 'f1' }, 'request.dueAt must be a finite number'],
    [{ id: '../f1', dueAt: T0 }, 'request.id must be a record id'],
  ])('the background refuses the snooze request %j: %s', (request, error) => {
    expect(() => PROTOCOL['followup/reschedule'].request(request, 'request')).toThrow(error);
  });
});
