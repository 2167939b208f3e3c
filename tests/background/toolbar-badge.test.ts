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
const { NEXT_REMINDER_ALARM, showDueReminders } = await import('../../src/background/reminders.ts');
const { BADGE_COLORS, badgeFor } = await import('../../src/background/toolbar-badge.ts');

const HOUR = 3_600_000;
let clock = T0;
const ctx = { sender: {} };
function setup() {
  const deps = { db: freshDb(), now: () => clock };
  return { deps, h: createHandlers(deps) };
}

beforeEach(() => {
  clock = T0;
  fake.browser.reset();
});

describe('badgeFor', () => {
  it.each([
    [{ dueNow: 0, toWrapUp: 0 }, { text: '', title: 'Callprep' }],
    [{ dueNow: 1, toWrapUp: 0 }, { text: '1', color: BADGE_COLORS.due, title: 'Callprep · 1 follow-up due now' }],
    [{ dueNow: 3, toWrapUp: 0 }, { text: '3', color: BADGE_COLORS.due, title: 'Callprep · 3 follow-ups due now' }],
    [{ dueNow: 0, toWrapUp: 1 }, { text: '1', color: BADGE_COLORS.wrapUp, title: 'Callprep · 1 call waiting for wrap-up' }],
    [{ dueNow: 2, toWrapUp: 1 }, { text: '3', color: BADGE_COLORS.wrapUp, title: 'Callprep · 2 follow-ups due now · 1 call waiting for wrap-up' }],
    [{ dueNow: 120, toWrapUp: 0 }, { text: '99+' }],
  ])('%o → %o', (work, expected) => {
    expect(badgeFor(work)).toMatchObject(expected);
  });
});

describe('the toolbar badge', () => {
  it('counts a started call until its wrap-up, then the follow-up once its time comes, and nothing once it is done', async () => {
    const { deps, h } = setup();
    const { call } = await h['call/start']({ e164: '+12127368410' }, ctx);
    expect(fake.browser.badge).toEqual({ text: '1', color: BADGE_COLORS.wrapUp, title: 'Callprep · 1 call waiting for wrap-up' });

    await h['call/finish']({ callId: call.id, notes: 'talked', outcome: 'connected', followUp: { dueAt: T0 + 2 * HOUR, channel: 'phone', note: 'quote' } }, ctx);
    expect(fake.browser.badge.text).toBe('');

    // The reminder alarm fires when the follow-up's time comes: from then on it is due now.
    clock = T0 + 2 * HOUR;
    await showDueReminders(deps, { name: NEXT_REMINDER_ALARM, scheduledTime: clock });
    expect(fake.browser.badge).toEqual({ text: '1', color: BADGE_COLORS.due, title: 'Callprep · 1 follow-up due now' });

    const [item] = await h['followup/list']({}, ctx);
    await h['followup/set-status']({ id: item!.followUp.id, status: 'done' }, ctx);
    expect(fake.browser.badge.text).toBe('');
  });

  it('a call closed without a follow-up leaves the badge at once', async () => {
    const { h } = setup();
    const { call } = await h['call/start']({ e164: '+12127368410' }, ctx);
    await h['call/finish']({ callId: call.id, notes: 'wrong person', outcome: 'wrong-number', followUp: null }, ctx);
    expect(fake.browser.badge.text).toBe('');
  });
});
