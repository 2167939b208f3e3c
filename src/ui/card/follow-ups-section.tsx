/** Follow-ups still pending for this customer, soonest first. */
import type { FollowUp } from '../../shared/model.ts';
import { Section } from '../shared/section.tsx';
import { formatWhen, yourTime } from '../../shared/time/index.ts';
import { channelLabel } from '../../shared/channel-labels.ts';
import { t } from '../../shared/i18n/messages.ts';

export function FollowUpsSection({ followUps }: { followUps: FollowUp[] }) {
  if (followUps.length === 0) return null;
  const now = Date.now();
  const sorted = [...followUps].sort((a, b) => a.dueAt - b.dueAt);
  return (
    <Section title={t('sectionFollowUps')} count={sorted.length} testId="follow-ups">
      <ul class="card-list">
        {sorted.map((f) => (
          <li key={f.id} class={f.dueAt < now ? 'card-item card-item--overdue' : 'card-item'} data-testid="follow-up">
            <span class="card-item__text">
              {f.note || t('followUpDefault')}
              <span class="card-item__who"> · {channelLabel(f.channel)}</span>
            </span>
            <span class="card-item__meta">{yourTime(formatWhen(f.dueAt, now))}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
