/**
 * Follow-up reminders: one alarm per pending follow-up ("followup:<id>"), a notification when it
 * fires. Alarms outlive the service worker; on startup and install they are re-synced with the
 * database, so past-due follow-ups that were never shown remind at once. Snoozing moves the
 * follow-up and its alarm together.
 */
import browser, { type Alarms } from 'webextension-polyfill';
import { followUpToRemind, markNotified, pendingFollowUps, rescheduleFollowUp } from '../db/follow-ups.ts';
import { CHANNEL_LABELS } from '../shared/channel-labels.ts';
import type { FollowUp } from '../shared/model.ts';
import type { BackgroundDeps } from './deps.ts';
import { SNOOZE_BUTTON_MS, showWithSnoozeButton } from './reminder-buttons.ts';

const PREFIX = 'followup:';
/** An alarm fires at or after its time: a follow-up due later than this past the alarm was moved since. */
const STALE_ALARM_MS = 60_000;
export const POPUP_PAGE = 'src/ui/popup/popup.html';
export const reminderName = (followUpId: string) => `${PREFIX}${followUpId}`;
const followUpIdOf = (name: string) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined);

export async function scheduleReminder(followUp: FollowUp, now: number): Promise<void> {
  await browser.alarms.create(reminderName(followUp.id), { when: Math.max(followUp.dueAt, now) });
}

export async function clearReminder(followUpId: string): Promise<void> {
  await browser.alarms.clear(reminderName(followUpId));
}

/**
 * Snooze: the follow-up's new time is written first (one transaction), then its alarm is replaced,
 * so the old time can no longer fire, and a reminder still on screen for the old time goes away.
 */
export async function moveFollowUp({ db, now }: BackgroundDeps, id: string, dueAt: number): Promise<FollowUp> {
  const followUp = await rescheduleFollowUp(db, id, dueAt, now());
  await clearReminder(id);
  await scheduleReminder(followUp, now());
  await browser.notifications.clear(reminderName(id));
  return followUp;
}

/** Makes the alarms match the pending follow-ups: none missing, none left for a closed one. */
export async function resyncReminders({ db, now }: BackgroundDeps): Promise<void> {
  const pending = await pendingFollowUps(db);
  const wanted = new Set(pending.map((f) => reminderName(f.id)));
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(PREFIX) && !wanted.has(alarm.name)) await browser.alarms.clear(alarm.name);
  }
  const at = now();
  for (const f of pending) if (f.notifiedAt === undefined) await scheduleReminder(f, at);
}

export async function showReminder({ db, now }: BackgroundDeps, alarm: Alarms.Alarm): Promise<void> {
  const id = followUpIdOf(alarm.name);
  if (id === undefined) return;
  const item = await followUpToRemind(db, id);
  // An alarm set for a time the follow-up was since moved away from (it fired as it was snoozed).
  if (!item || item.followUp.dueAt > alarm.scheduledTime + STALE_ALARM_MS) return;
  const { followUp, customerName } = item;
  await showWithSnoozeButton(alarm.name, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('public/icons/icon-128.png'),
    title: `Follow up: ${customerName ?? followUp.e164}`,
    message: followUp.note ? `${CHANNEL_LABELS[followUp.channel]} · ${followUp.note}` : CHANNEL_LABELS[followUp.channel],
  });
  await markNotified(db, id, now());
}

/** A click on a reminder opens the follow-up list (the popup page, in a tab). */
export async function openReminder(notificationId: string): Promise<void> {
  if (followUpIdOf(notificationId) === undefined) return;
  await browser.tabs.create({ url: browser.runtime.getURL(POPUP_PAGE) });
  await browser.notifications.clear(notificationId);
}

/** The reminder's "Snooze 1 h" button (Chrome): an hour from now, and the notification goes away. */
export async function snoozeReminder(deps: BackgroundDeps, notificationId: string, buttonIndex: number): Promise<void> {
  const id = followUpIdOf(notificationId);
  if (id === undefined || buttonIndex !== 0) return;
  try {
    await moveFollowUp(deps, id, deps.now() + SNOOZE_BUTTON_MS);
  } finally {
    await browser.notifications.clear(notificationId);
  }
}
