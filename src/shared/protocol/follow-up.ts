import { id, num, object, oneOf } from '../guard.ts';
import type { FollowUp } from '../model.ts';
import type { FollowUpListItem } from '../views.ts';
import { message } from './define.ts';

export const followUpMessages = {
  /** Pending follow-ups, soonest first, with the customer's name. */
  'followup/list': message<Record<string, never>, FollowUpListItem[]>('ui', object({})),
  'followup/set-status': message<{ id: string; status: 'pending' | 'done' | 'cancelled' }, FollowUp>(
    'ui',
    object({ id, status: oneOf(['pending', 'done', 'cancelled'] as const) }),
  ),
  /** Snooze: moves a pending follow-up to `dueAt` (must be in the future) and re-arms its reminder. */
  'followup/reschedule': message<{ id: string; dueAt: number }, FollowUp>('ui', object({ id, dueAt: num })),
};
