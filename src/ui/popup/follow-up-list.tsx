/** Pending follow-ups grouped Overdue / Today / Upcoming around the injected clock. */
import { useState } from 'preact/hooks';
import type { FollowUpListItem } from '../../shared/views.ts';
import { EmptyState, ErrorBanner, Section, useAction, useClient, type Query } from '../shared/index.ts';
import { formatPhone } from '../../shared/phone.ts';
import { formatDateTime } from '../../shared/time/index.ts';
import { GROUP_TITLES, groupFollowUps } from './follow-up-groups.ts';
import { FollowUpRow } from './follow-up-row.tsx';
import { useSnooze } from './use-snooze.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  followUps: Query<FollowUpListItem[]>;
  /** Read at every render, so a snoozed follow-up is grouped against the time it is now. */
  clock: () => number;
  timeZone: string;
  onCall: (item: FollowUpListItem) => void;
}

export function FollowUpList({ followUps, clock, timeZone, onCall }: Props) {
  const client = useClient();
  const [doneId, setDoneId] = useState<string | null>(null);
  const markDone = useAction('fail_followUpDone', async (id: string) => {
    setDoneId(id);
    try {
      await client('followup/set-status', { id, status: 'done' });
      if (followUps.data) followUps.setData(followUps.data.filter((i) => i.followUp.id !== id));
    } finally {
      setDoneId(null);
    }
  });
  const snooze = useSnooze(followUps, clock, (at) => formatDateTime(at, timeZone));

  if (followUps.error) return <ErrorBanner message={followUps.error} />;
  if (!followUps.data) return null;
  const now = clock();
  const groups = groupFollowUps(followUps.data, now, timeZone);
  return (
    <div data-testid="followups">
      <ErrorBanner message={markDone.error} onDismiss={markDone.clearError} />
      <p class="cp-visually-hidden" role="status" data-testid="snooze-status">
        {snooze.announcement}
      </p>
      {groups.length === 0 && (
        <EmptyState title={t('followUpsEmptyTitle')} testId="followups-empty">
          {t('followUpsEmptyText')}
        </EmptyState>
      )}
      {groups.map((group) => (
        <Section
          key={group.name}
          title={t(GROUP_TITLES[group.name])}
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
                snooze={snooze.forRow(item, item.customerName ?? formatPhone(item.followUp.e164))}
                onDone={(id) => void markDone.run(id)}
                onCall={onCall}
              />
            ))}
          </ul>
        </Section>
      ))}
    </div>
  );
}
