import { id, object, oneOf } from '../guard.ts';
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
};
