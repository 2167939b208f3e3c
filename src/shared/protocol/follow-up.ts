import * as v from 'valibot';
import type { FollowUp } from '../model.ts';
import { e164, nothing, oneOf, recordId, text, time } from '../records/fields.ts';
import { LIMITS } from '../records/limits.ts';
import { CHANNELS, FOLLOW_UP_STATUSES } from '../records/schemas.ts';
import type { FollowUpListItem } from '../views.ts';
import { answer, message } from './define.ts';

export const followUpMessages = {
  /** Pending follow-ups, soonest first, with the customer's name. */
  'followup/list': message('ui', nothing, answer<FollowUpListItem[]>()),
  'followup/set-status': message('ui', v.object({ id: recordId, status: oneOf(FOLLOW_UP_STATUSES) }), answer<FollowUp>()),
  /** Snooze: moves a pending follow-up to `dueAt` (refused unless in the future) and re-arms its reminder. */
  'followup/reschedule': message('ui', v.object({ id: recordId, dueAt: time }), answer<FollowUp>()),
  /**
   * A follow-up planned without a call: "call at their next good time instead" (issue 13). Refused
   * unless in the future, for a customer gone, or on a channel they are marked not to be contacted on.
   */
  'followup/plan': message(
    'ui',
    v.object({ customerId: recordId, e164, dueAt: time, channel: oneOf(CHANNELS), note: text(LIMITS.followUpNote) }),
    answer<FollowUp>(),
  ),
};
