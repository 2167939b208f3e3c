/**
 * Snoozing from the follow-up list: which row's panel is open (one at a time), moving the follow-up
 * through the background, and putting the answer into the list so the row regroups at its new time.
 */
import { useState } from 'preact/hooks';
import type { FollowUpListItem } from '../../shared/views.ts';
import { useAction, useClient, type Query } from '../shared/index.ts';
import type { RowSnooze } from './follow-up-row.tsx';
import { t } from '../../shared/i18n/messages.ts';

export interface Snoozing {
  /** The announcement for screen readers after a move, e.g. "Ada Lovelace snoozed to Tue 09:00". */
  announcement: string;
  forRow: (item: FollowUpListItem, who: string) => RowSnooze;
}

export function useSnooze(followUps: Query<FollowUpListItem[]>, clock: () => number, describe: (at: number) => string): Snoozing {
  const client = useClient();
  const [open, setOpen] = useState<{ id: string; openedAt: number } | null>(null);
  const [moved, setMoved] = useState<{ id: string; announcement: string } | null>(null);
  const move = useAction('fail_snooze', async (id: string, dueAt: number, who: string) => {
    const followUp = await client('followup/reschedule', { id, dueAt });
    if (followUps.data) followUps.setData(followUps.data.map((i) => (i.followUp.id === id ? { ...i, followUp } : i)));
    setOpen(null);
    setMoved({ id, announcement: t('snoozedTo', who, describe(followUp.dueAt)) });
  });

  return {
    announcement: moved?.announcement ?? '',
    forRow: (item, who) => {
      const id = item.followUp.id;
      const isOpen = open?.id === id;
      return {
        openedAt: isOpen ? open.openedAt : null,
        busy: isOpen && move.busy,
        error: isOpen ? move.error : null,
        moved: moved?.id === id,
        onToggle: () => {
          move.clearError();
          setMoved(null);
          setOpen(isOpen ? null : { id, openedAt: clock() });
        },
        onSnooze: (dueAt) => void move.run(id, dueAt, who),
      };
    },
  };
}
