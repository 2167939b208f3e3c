import * as v from 'valibot';
import type { FollowUp } from '../model.ts';
import { nothing, oneOf, recordId, time } from '../records/fields.ts';
import { FOLLOW_UP_STATUSES } from '../records/schemas.ts';
import type { FollowUpListItem } from '../views.ts';
import { answer, message } from './define.ts';

export const followUpMessages = {
  /** Pending follow-ups, soonest first, with the customer's name. */
  'followup/list': message('ui', nothing, answer<FollowUpListItem[]>()),
  'followup/set-status': message('ui', v.object({ id: recordId, status: oneOf(FOLLOW_UP_STATUSES) }), answer<FollowUp>()),
  /** Snooze: moves a pending follow-up to `dueAt` (refused unless in the future) and re-arms its reminder. */
  'followup/reschedule': message('ui', v.object({ id: recordId, dueAt: time }), answer<FollowUp>()),
};
