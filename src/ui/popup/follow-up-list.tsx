/** Pending follow-ups grouped Overdue / Today / Upcoming around the injected "now". */
import { useState } from 'preact/hooks';
import type { FollowUpListItem } from '../../shared/views.ts';
import { EmptyState, ErrorBanner, Section, useAction, useClient, type Query } from '../shared/index.ts';
import { GROUP_TITLES, groupFollowUps } from './follow-up-groups.ts';
import { FollowUpRow } from './follow-up-row.tsx';

interface Props {
  followUps: Query<FollowUpListItem[]>;
  now: number;
  timeZone: string;
}

export function FollowUpList({ followUps, now, timeZone }: Props) {
  const client = useClient();
  const [doneId, setDoneId] = useState<string | null>(null);
  const markDone = useAction('mark the follow-up done', async (id: string) => {
    setDoneId(id);
    try {
      await client('followup/set-status', { id, status: 'done' });
      if (followUps.data) followUps.setData(followUps.data.filter((i) => i.followUp.id !== id));
    } finally {
      setDoneId(null);
    }
  });

  if (followUps.error) return <ErrorBanner message={followUps.error} />;
  if (!followUps.data) return null;
  const groups = groupFollowUps(followUps.data, now, timeZone);
  return (
    <div data-testid="followups">
      <ErrorBanner message={markDone.error} onDismiss={markDone.clearError} />
      {groups.length === 0 && (
        <EmptyState title="No follow-ups" testId="followups-empty">
          Calls you wrap up with a follow-up show here.
        </EmptyState>
      )}
      {groups.map((group) => (
        <Section
          key={group.name}
          title={GROUP_TITLES[group.name]}
          count={group.items.length}
          class={`pp-group pp-group--${group.name}`}
          testId={`group-${group.name}`}
        >
          <ul class="pp-list">
            {group.items.map((item) => (
              <FollowUpRow
                key={item.followUp.id}
                item={item}
                now={now}
                timeZone={timeZone}
                overdue={group.name === 'overdue'}
                busy={doneId === item.followUp.id}
                onDone={(id) => void markDone.run(id)}
              />
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}
