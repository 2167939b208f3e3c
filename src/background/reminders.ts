/**
 * Follow-up reminders. One alarm ("followups:next") is set for the soonest pending follow-up not
 * reminded of yet, and set again after it fires, after every change to a follow-up (a call closed,
 * a snooze, done or cancelled), after a restore and at browser start. Chrome allows an extension
 * 500 alarms at most, so an alarm per follow-up failed past that (issue 9); one alarm never does.
 *
 * When it fires, every follow-up due by then and not yet reminded of gets its notification: one each
 * for up to MAX_SEPARATE at once, else one summary (a restore or a browser closed over a weekend can
 * leave hundreds due, and a wall of notifications helps nobody). What is due is read from the
 * database when the alarm fires, so an alarm for a time a follow-up was since moved away from shows
 * nothing for it. Snoozing moves the follow-up, then sets the alarm again.
 */
import browser, { type Alarms } from 'webextension-polyfill';
import { dueToRemind, markNotified, nextToRemind, rescheduleFollowUp } from '../db/follow-ups.ts';
import { channelLabel } from '../shared/channel-labels.ts';
import { t, tPlural } from '../shared/i18n/messages.ts';
import type { FollowUp } from '../shared/model.ts';
import type { FollowUpListItem } from '../shared/views.ts';
import type { BackgroundDeps } from './deps.ts';
import { SNOOZE_BUTTON_MS, showWithSnoozeButton } from './reminder-buttons.ts';
import { refreshBadge } from './toolbar-badge.ts';

export const NEXT_REMINDER_ALARM = 'followups:next';
/** Versions before issue 9 set one alarm per follow-up under this prefix; they are cleared on resync. */
const LEGACY_ALARM_PREFIX = 'followup:';
/** A reminder for one follow-up; the same prefix as the old alarms, so their notifications still open the list. */
const PREFIX = 'followup:';
export const SUMMARY_NOTIFICATION = 'followups:due';
/** Up to this many follow-ups due at once get a notification each; more get one summary. */
export const MAX_SEPARATE = 3;
export const POPUP_PAGE = 'src/ui/popup/popup.html';
export const reminderName = (followUpId: string) => `${PREFIX}${followUpId}`;
const followUpIdOf = (name: string) => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : undefined);

/** Sets the one alarm for the soonest follow-up still to remind of, or clears it when there is none. */
export async function armNextReminder({ db, now }: BackgroundDeps): Promise<void> {
  // Every moment the next reminder may change is one the follow-ups due now may: the badge follows.
  await refreshBadge({ db, now });
  const next = await nextToRemind(db);
  if (next) await browser.alarms.create(NEXT_REMINDER_ALARM, { when: Math.max(next.dueAt, now()) });
  else await browser.alarms.clear(NEXT_REMINDER_ALARM);
}

/**
 * For handlers whose change is already committed: the alarm is set again, and a failure to do so is
 * logged, not answered, because the change itself succeeded (the reminder is set again at the next
 * change or browser start). Issue 9: "finishing a call shows the error yet closes the call".
 */
export async function rearmAfterCommit(deps: BackgroundDeps): Promise<void> {
  try {
    await armNextReminder(deps);
  } catch (error) {
    console.error('Callprep: the follow-up reminder could not be set; it is set again at the next change or browser start', error);
  }
}

/** Makes the alarms match the database: the next reminder set, any alarm of the old one-per-follow-up scheme gone. */
export async function resyncReminders(deps: BackgroundDeps): Promise<void> {
  for (const alarm of await browser.alarms.getAll()) {
    if (alarm.name.startsWith(LEGACY_ALARM_PREFIX)) await browser.alarms.clear(alarm.name);
  }
  await armNextReminder(deps);
}

/**
 * Snooze: the follow-up's new time is written first (one transaction), then the alarm is set again,
 * and a reminder still on screen for the old time goes away.
 */
export async function moveFollowUp(deps: BackgroundDeps, id: string, dueAt: number): Promise<FollowUp> {
  const followUp = await rescheduleFollowUp(deps.db, id, dueAt, deps.now());
  await rearmAfterCommit(deps);
  await browser.notifications.clear(reminderName(id));
  return followUp;
}

/** Reminders still on screen for follow-ups that no longer exist (their customer was deleted) go away. */
export async function clearReminders(followUpIds: readonly string[]): Promise<void> {
  for (const id of followUpIds) await browser.notifications.clear(reminderName(id));
}

const iconUrl = () => browser.runtime.getURL('public/icons/icon-128.png');

function showOne({ followUp, customerName }: FollowUpListItem): Promise<void> {
  return showWithSnoozeButton(reminderName(followUp.id), {
    type: 'basic',
    iconUrl: iconUrl(),
    title: t('reminderTitle', customerName ?? followUp.e164),
    message: followUp.note ? `${channelLabel(followUp.channel)} · ${followUp.note}` : channelLabel(followUp.channel),
  });
}

async function showSummary(due: FollowUpListItem[]): Promise<void> {
  const names = due.slice(0, MAX_SEPARATE).map((item) => item.customerName ?? item.followUp.e164);
  const more = due.length - names.length;
  await browser.notifications.create(SUMMARY_NOTIFICATION, {
    type: 'basic',
    iconUrl: iconUrl(),
    title: tPlural('reminderSummaryTitle', due.length),
    message: t('reminderSummaryMessage', more > 0 ? tPlural('reminderNamesMore', more, names.join(', ')) : names.join(', ')),
  });
}

/** The alarm fired: every follow-up due by now gets its reminder, then the alarm is set for the next one. */
export async function showDueReminders(deps: BackgroundDeps, alarm: Alarms.Alarm): Promise<void> {
  if (alarm.name.startsWith(LEGACY_ALARM_PREFIX)) return resyncReminders(deps);
  if (alarm.name !== NEXT_REMINDER_ALARM) return;
  const due = await dueToRemind(deps.db, deps.now());
  if (due.length > MAX_SEPARATE) await showSummary(due);
  else for (const item of due) await showOne(item);
  if (due.length > 0) await markNotified(deps.db, due.map((item) => item.followUp.id), deps.now());
  await armNextReminder(deps);
}

/** A click on a reminder or on the summary opens the follow-up list (the popup page, in a tab). */
export async function openReminder(notificationId: string): Promise<void> {
  if (followUpIdOf(notificationId) === undefined && notificationId !== SUMMARY_NOTIFICATION) return;
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
