import { listPendingFollowUps, setFollowUpStatus } from '../../db/follow-ups.ts';
import type { followUpMessages } from '../../shared/protocol/follow-up.ts';
import type { BackgroundDeps } from '../deps.ts';
import browser from 'webextension-polyfill';
import { moveFollowUp, rearmAfterCommit, reminderName } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

export const followUpHandlers = (deps: BackgroundDeps): HandlersOf<typeof followUpMessages> => ({
  'followup/list': () => listPendingFollowUps(deps.db),
  'followup/set-status': async ({ id, status }) => {
    const followUp = await setFollowUpStatus(deps.db, id, status);
    await rearmAfterCommit(deps);
    // Done or cancelled: a reminder still on screen for it no longer applies.
    if (status !== 'pending') await browser.notifications.clear(reminderName(id));
    return followUp;
  },
  'followup/reschedule': ({ id, dueAt }) => moveFollowUp(deps, id, dueAt),
});
