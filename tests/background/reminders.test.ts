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
const { openReminder, resyncReminders, showReminder } = await import('../../src/background/reminders.ts');

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
});

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
});
