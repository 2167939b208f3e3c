import { listPendingFollowUps, setFollowUpStatus } from '../../db/follow-ups.ts';
import type { followUpMessages } from '../../shared/protocol/follow-up.ts';
import type { BackgroundDeps } from '../deps.ts';
import { clearReminder, moveFollowUp, scheduleReminder } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

export const followUpHandlers = (deps: BackgroundDeps): HandlersOf<typeof followUpMessages> => ({
  'followup/list': () => listPendingFollowUps(deps.db),
  'followup/set-status': async ({ id, status }) => {
    const followUp = await setFollowUpStatus(deps.db, id, status);
    if (status === 'pending') await scheduleReminder(followUp, deps.now());
    else await clearReminder(id);
    return followUp;
  },
  'followup/reschedule': ({ id, dueAt }) => moveFollowUp(deps, id, dueAt),
});
