import { listPendingFollowUps, setFollowUpStatus } from '../../db/follow-ups.ts';
import type { followUpMessages } from '../../shared/protocol/follow-up.ts';
import type { BackgroundDeps } from '../deps.ts';
import { clearReminder, scheduleReminder } from '../reminders.ts';
import type { HandlersOf } from './handlers-of.ts';

export const followUpHandlers = ({ db, now }: BackgroundDeps): HandlersOf<typeof followUpMessages> => ({
  'followup/list': () => listPendingFollowUps(db),
  'followup/set-status': async ({ id, status }) => {
    const followUp = await setFollowUpStatus(db, id, status);
    if (status === 'pending') await scheduleReminder(followUp, now());
    else await clearReminder(id);
    return followUp;
  },
});
