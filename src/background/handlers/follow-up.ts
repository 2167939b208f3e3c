import { listPendingFollowUps, planFollowUp, setFollowUpStatus } from '../../db/follow-ups.ts';
import { announceRecordChange } from '../record-changes.ts';
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
  'followup/plan': async (plan) => {
    const followUp = await planFollowUp(deps.db, plan, deps.now());
    // The customer's file lists it; the reminder is set after the transaction has committed.
    announceRecordChange({ kind: 'customer', id: plan.customerId });
    await rearmAfterCommit(deps);
    return followUp;
  },
});
