/**
 * The toolbar button says what waits for the user (issue 13): its badge counts the follow-ups due now
 * (overdue included) plus the calls waiting for their wrap-up, in amber while a call waits (a call left
 * open is the thing to finish first), in teal when only follow-ups do; its tooltip spells out both.
 * Set again whenever either can change: a call started or closed, a follow-up changed, done or moved,
 * a reminder due (the reminder alarm fires exactly when a follow-up's time comes), a restore, a start.
 */
import browser from 'webextension-polyfill';
import { waitingWork, type WaitingWork } from '../db/open-calls.ts';
import { t, tPlural } from '../shared/i18n/messages.ts';
import type { BackgroundDeps } from './deps.ts';

export const BADGE_COLORS = { wrapUp: '#b45309', due: '#0f766e' } as const;

/** What the button shows for this work: the badge's text and colour, and the tooltip. */
export function badgeFor({ dueNow, toWrapUp }: WaitingWork): { text: string; color: string; title: string } {
  const total = dueNow + toWrapUp;
  const parts = [
    ...(dueNow > 0 ? [tPlural('badgeDueNow', dueNow)] : []),
    ...(toWrapUp > 0 ? [tPlural('badgeToWrapUp', toWrapUp)] : []),
  ];
  return {
    text: total === 0 ? '' : total > 99 ? '99+' : String(total),
    color: toWrapUp > 0 ? BADGE_COLORS.wrapUp : BADGE_COLORS.due,
    title: parts.length ? t('badgeTitle', parts.join(' · ')) : t('extName'),
  };
}

/** Sets the badge from the database; a failure is logged (the next change sets it again), never thrown at the change that caused it. */
export async function refreshBadge({ db, now }: BackgroundDeps): Promise<void> {
  try {
    const badge = badgeFor(await waitingWork(db, now()));
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setTitle({ title: badge.title });
  } catch (error) {
    console.error('Callprep: the toolbar badge could not be set; it is set again at the next change', error);
  }
}
