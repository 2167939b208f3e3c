import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseOrThrow } from '../../src/shared/guard.ts';
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
const { NEXT_REMINDER_ALARM, SUMMARY_NOTIFICATION, openReminder, resyncReminders, showDueReminders, snoozeReminder } = await import('../../src/background/reminders.ts');
const { ALARM_LIMIT } = await import('./fake-browser.ts');

const HOUR = 3_600_000;
let clock = T0;
function setup() {
  const deps = { db: freshDb(), now: () => clock };
  return { deps, h: createHandlers(deps) };
}
const ctx = { sender: {} };

/** The one reminder alarm's time, or undefined when none is set. */
const alarmAt = () => fake.browser.alarmsByName.get('followups:next')?.scheduledTime;
/** The browser fires the alarm at `at` (or a stale one scheduled earlier). */
async function fire(deps: ReturnType<typeof setup>['deps'], at: number, scheduledTime = at) {
  clock = at;
  await showDueReminders(deps, { name: NEXT_REMINDER_ALARM, scheduledTime });
}

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
  it('finishing a call with a follow-up sets the one alarm at its time; done clears it', async () => {
    const { h } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + 5 * HOUR);
    expect([...fake.browser.alarmsByName.keys()]).toEqual([NEXT_REMINDER_ALARM]);
    expect(alarmAt()).toBe(T0 + 5 * HOUR);
    await h['followup/set-status']({ id: f.id, status: 'done' }, ctx);
    expect(fake.browser.alarmsByName.size).toBe(0);
    expect(await h['followup/list']({}, ctx)).toEqual([]);
  });

  it('one alarm for any number of follow-ups: always at the soonest one not reminded of yet', async () => {
    const { h } = setup();
    const later = await closeWithFollowUp(h, '+12127368410', T0 + 5 * HOUR);
    await closeWithFollowUp(h, '+442079460958', T0 + 2 * HOUR);
    expect(alarmAt()).toBe(T0 + 2 * HOUR);
    await closeWithFollowUp(h, '+4930901820', T0 + HOUR);
    expect(alarmAt()).toBe(T0 + HOUR);
    expect(fake.browser.alarmsByName.size).toBe(1);
    await h['followup/reschedule']({ id: later.id, dueAt: T0 + 30 * 60_000 }, ctx);
    expect(alarmAt()).toBe(T0 + 30 * 60_000);
  });

  it('a fired alarm shows a notification with the customer name, marks it notified and sets the alarm for the next', async () => {
    const { h, deps } = setup();
    await h['customer/create']({ draft: { name: 'Ada Lovelace', phones: [{ e164: '+12127368410', label: 'direct' }] } }, ctx);
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    await closeWithFollowUp(h, '+442079460958', T0 + 3 * HOUR);
    await fire(deps, T0 + HOUR);
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)).toEqual({
      type: 'basic',
      iconUrl: 'chrome-extension://callprep-test/public/icons/icon-128.png',
      title: 'Follow up: Ada Lovelace',
      message: 'Phone · send quote',
    });
    expect(fake.browser.notificationsById.size).toBe(1);
    expect((await deps.db.followUps.get(f.id))?.notifiedAt).toBe(clock);
    expect(alarmAt()).toBe(T0 + 3 * HOUR);
  });

  it('deleting a customer: their follow-ups never remind, the alarm moves to the next one, their reminder on screen and the badge go', async () => {
    const { h, deps } = setup();
    const ada = await h['customer/create']({ draft: { name: 'Ada Lovelace', phones: [{ e164: '+12127368410', label: 'direct' }] } }, ctx);
    const soon = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    const overdue = await closeWithFollowUp(h, '+12127368410', T0 + 2 * HOUR);
    await closeWithFollowUp(h, '+442079460958', T0 + 5 * HOUR);
    await fire(deps, T0 + 2 * HOUR);
    expect(fake.browser.notificationsById.has(`followup:${overdue.id}`)).toBe(true);
    expect(fake.browser.badge.text).toBe('2');
    await h['customer/delete']({ id: ada.id }, ctx);
    expect(fake.browser.notificationsById.has(`followup:${soon.id}`)).toBe(false);
    expect(fake.browser.notificationsById.has(`followup:${overdue.id}`)).toBe(false);
    expect(alarmAt()).toBe(T0 + 5 * HOUR);
    expect(fake.browser.badge.text).toBe('');
    await fire(deps, T0 + 6 * HOUR);
    expect([...fake.browser.notificationsById.values()].map((n) => n.title)).toEqual(['Follow up: +442079460958']);
  });

  it('a follow-up for an unknown number is titled with the number; a cancelled one does not remind', async () => {
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+442079460958', T0 + HOUR);
    await fire(deps, T0 + HOUR);
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)?.title).toBe('Follow up: +442079460958');
    fake.browser.reset();
    const g = await closeWithFollowUp(h, '+4930901820', T0 + 2 * HOUR);
    await h['followup/set-status']({ id: g.id, status: 'cancelled' }, ctx);
    await fire(deps, T0 + 2 * HOUR);
    expect(fake.browser.notificationsById.size).toBe(0);
  });

  it('several due at once: a notification each up to three, one summary for more, each reminded of once', async () => {
    const { h, deps } = setup();
    for (const [i, e164] of ['+12127368410', '+442079460958', '+4930901820'].entries()) await closeWithFollowUp(h, e164, T0 + HOUR + i);
    await fire(deps, T0 + 2 * HOUR);
    expect([...fake.browser.notificationsById.keys()].filter((k) => k.startsWith('followup:'))).toHaveLength(3);
    fake.browser.notificationsById.clear();
    for (const [i, e164] of ['+33142685300', '+61293744000', '+81332249999', '+14155550100'].entries()) await closeWithFollowUp(h, e164, T0 + 3 * HOUR + i);
    await fire(deps, T0 + 4 * HOUR);
    expect([...fake.browser.notificationsById.keys()]).toEqual([SUMMARY_NOTIFICATION]);
    expect(fake.browser.notificationsById.get(SUMMARY_NOTIFICATION)).toMatchObject({
      title: '4 follow-ups are due',
      message: '+33142685300, +61293744000, +81332249999 and 1 more. Open the list to call, snooze or close them.',
    });
    expect(alarmAt()).toBeUndefined();
    fake.browser.notificationsById.clear();
    await fire(deps, T0 + 5 * HOUR);
    expect(fake.browser.notificationsById.size).toBe(0);
  });

  it('on startup, sets the alarm for what is still to remind of (past-due ones at once) and drops the old per-follow-up alarms', async () => {
    const { h, deps } = setup();
    const past = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    await closeWithFollowUp(h, '+442079460958', T0 + 48 * HOUR);
    clock = T0 + 3 * HOUR;
    fake.browser.reset(); // the browser lost the alarms (Firefox does not keep them over a restart)
    await fake.browser.alarms.create(`followup:${past.id}`, { when: T0 + HOUR }); // an alarm of the one-per-follow-up version
    await resyncReminders(deps);
    expect(Object.fromEntries([...fake.browser.alarmsByName].map(([k, v]) => [k, v.scheduledTime]))).toEqual({ [NEXT_REMINDER_ALARM]: clock });
  });

  it('an alarm of the old one-per-follow-up kind that fires after the update shows nothing and sets the new one', async () => {
    const { h, deps } = setup();
    await closeWithFollowUp(h, '+12127368410', T0 + 5 * HOUR);
    await fake.browser.alarms.create('followup:old', { when: T0 });
    await showDueReminders(deps, { name: 'followup:old', scheduledTime: T0 });
    expect(fake.browser.notificationsById.size).toBe(0);
    expect([...fake.browser.alarmsByName.keys()]).toEqual([NEXT_REMINDER_ALARM]);
  });

  it('clicking a reminder or the summary opens the follow-up list and closes the notification', async () => {
    await fake.browser.notifications.create('followup:x', {});
    await fake.browser.notifications.create(SUMMARY_NOTIFICATION, {});
    await openReminder('followup:x');
    await openReminder(SUMMARY_NOTIFICATION);
    await openReminder('someone-else');
    expect(fake.browser.openedTabs).toEqual(['chrome-extension://callprep-test/src/ui/popup/popup.html', 'chrome-extension://callprep-test/src/ui/popup/popup.html']);
    expect(fake.browser.notificationsById.size).toBe(0);
  });

  it('snoozing moves the alarm to the new time and closes a shown reminder; the old time, had it already fired, shows nothing', async () => {
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    await fire(deps, T0 + HOUR);
    const moved = await h['followup/reschedule']({ id: f.id, dueAt: T0 + 26 * HOUR }, ctx);
    expect(moved).toMatchObject({ id: f.id, dueAt: T0 + 26 * HOUR, status: 'pending' });
    expect(moved.notifiedAt).toBeUndefined();
    expect([...fake.browser.alarmsByName.values()]).toEqual([{ name: NEXT_REMINDER_ALARM, scheduledTime: T0 + 26 * HOUR }]);
    expect(fake.browser.notificationsById.size).toBe(0);
    // The alarm for the old time, had it already been on its way, shows nothing; the new one reminds.
    await fire(deps, T0 + HOUR + 1000, T0 + HOUR);
    expect(fake.browser.notificationsById.size).toBe(0);
    await fire(deps, T0 + 26 * HOUR);
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)?.title).toBe('Follow up: +12127368410');
  });

  it.each([
    ['a time in the past', (id: string) => ({ id, dueAt: T0 - 60_000 }), 'The follow-up must be in the future: pick a later date or time.'],
    ['now', (id: string) => ({ id, dueAt: T0 }), 'The follow-up must be in the future: pick a later date or time.'],
    ['an unknown follow-up', () => ({ id: 'no-such-id', dueAt: T0 + HOUR }), 'This follow-up no longer exists.'],
  ])('refuses to snooze to %s and leaves the alarm as it was', async (_case, request, error) => {
    const { h } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + 5 * HOUR);
    await expect(h['followup/reschedule'](request(f.id), ctx)).rejects.toThrow(error);
    expect(alarmAt()).toBe(T0 + 5 * HOUR);
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
    await fire(deps, T0 + HOUR);
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
    await fire(deps, T0 + HOUR);
    expect(fake.browser.notificationsById.get(`followup:${f.id}`)).toMatchObject({ title: 'Follow up: +12127368410', message: 'Phone · send quote' });
    refusing.mockRestore();
  });

  it('"Snooze 1 h" on a reminder moves the follow-up an hour from now and closes the notification', async () => {
    withChromeNotifications();
    const { h, deps } = setup();
    const f = await closeWithFollowUp(h, '+12127368410', T0 + HOUR);
    await fire(deps, T0 + HOUR + 5 * 60_000, T0 + HOUR);
    await snoozeReminder(deps, `followup:${f.id}`, 0);
    expect(fake.browser.notificationsById.size).toBe(0);
    expect(alarmAt()).toBe(clock + HOUR);
    const [item] = await h['followup/list']({}, ctx);
    expect(item?.followUp).toMatchObject({ dueAt: clock + HOUR });
    expect(item?.followUp.notifiedAt).toBeUndefined();
  });

  // Issue 9: with an alarm per follow-up, Chrome's limit of 500 made the 501st fail after the call was closed.
  // 600 rows are written first: on a loaded 2-core machine that alone can take the default 5 s.
  it(`finishing a call with more than ${ALARM_LIMIT} pending follow-ups closes it and reports success`, async () => {
    const { h, deps } = setup();
    await deps.db.followUps.bulkAdd(
      Array.from({ length: ALARM_LIMIT + 100 }, (_, i) => ({
        id: `f${i}`, e164: '+12127368410', dueAt: T0 + HOUR + i, channel: 'phone' as const, note: '', status: 'pending' as const, createdAt: T0,
      })),
    );
    await resyncReminders(deps);
    const { call } = await h['call/start']({ e164: '+442079460958' }, ctx);
    const closed = await h['call/finish']({ callId: call.id, notes: 'talked', outcome: 'connected', followUp: { dueAt: T0 + 30 * 60_000, channel: 'phone', note: '' } }, ctx);
    expect(closed.status).toBe('closed');
    expect(fake.browser.alarmsByName.size).toBe(1);
    expect(alarmAt()).toBe(T0 + 30 * 60_000);
  }, 30_000);

  it('a call that was closed is answered as closed even when the browser refuses to set the alarm', async () => {
    const { h, deps } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const refusing = vi.spyOn(fake.browser.alarms, 'create').mockRejectedValue(new Error('An extension cannot have more than 500 active alarms.'));
    const { call } = await h['call/start']({ e164: '+12127368410' }, ctx);
    const closed = await h['call/finish']({ callId: call.id, notes: 'talked', outcome: 'connected', followUp: { dueAt: T0 + HOUR, channel: 'phone', note: '' } }, ctx);
    expect(closed.status).toBe('closed');
    expect((await deps.db.calls.get(call.id))?.status).toBe('closed');
    expect(error).toHaveBeenCalledWith(expect.stringContaining('reminder could not be set'), expect.any(Error));
    refusing.mockRestore();
    error.mockRestore();
  });

  it.each([
    [{ id: 'f1', dueAt: '2026-11-24T09:00' }, 'request.dueAt must be a finite number'],
    [{ id: 'f1' }, 'request.dueAt is missing'],
    [{ id: '../f1', dueAt: T0 }, 'request.id must be a record id'],
  ])('the background refuses the snooze request %j: %s', (request, error) => {
    expect(() => parseOrThrow(PROTOCOL['followup/reschedule'].request, request, 'request')).toThrow(error);
  });
});
