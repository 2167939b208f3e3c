/** Commitments made to or by the customer: open ones by due date, overdue in red; mark done; add. */
import { useState } from 'preact/hooks';
import type { Commitment } from '../../shared/model.ts';
import { Section } from '../shared/section.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useAction } from '../shared/use-action.ts';
import { useClient } from '../shared/client-context.tsx';
import { AddInline } from './add-inline.tsx';
import { formatDay, fromDateTimeInputs } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customerId: string;
  commitments: Commitment[];
  onChanged: () => Promise<unknown>;
  /** The call a commitment added here was made on (the call view's file). */
  callId?: string;
}

const byDue = (a: Commitment, b: Commitment) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity);

export function CommitmentsSection({ customerId, commitments, onChanged, callId }: Props) {
  const client = useClient();
  const [due, setDue] = useState('');
  const now = Date.now();
  const open = commitments.filter((c) => c.doneAt === undefined).sort(byDue);
  const done = useAction('fail_commitmentDone', async (id: string) => {
    await client('commitment/set-done', { id, done: true });
    await onChanged();
  });
  return (
    <Section title={t('sectionCommitments')} count={open.length} testId="commitments">
      {open.length > 0 && (
        <ul class="card-list">
          {open.map((c) => {
            const overdue = c.dueAt !== undefined && c.dueAt < now;
            return (
              <li key={c.id} class={overdue ? 'card-item card-item--overdue' : 'card-item'} data-testid="commitment">
                <input type="checkbox" class="card-item__check" aria-label={t('commitmentDoneWhat', c.what)} onChange={() => void done.run(c.id)} />
                <span class="card-item__text">
                  {c.what}
                  {c.who && c.who !== 'me' && <span class="card-item__who"> · {c.who}</span>}
                </span>
                {c.dueAt !== undefined && <span class="card-item__meta">{overdue ? t('overdueOn', formatDay(c.dueAt, now)) : t('dueOn', formatDay(c.dueAt, now))}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <ErrorBanner message={done.error} onDismiss={done.clearError} />
      <AddInline
        label={t('newCommitment')}
        placeholder={t('commitmentPlaceholder')}
        what="fail_addCommitment"
        testId="add-commitment"
        extra={<input type="date" class="cp-input card-add__date" aria-label={t('dueDateOptional')} value={due} onInput={(e) => setDue(e.currentTarget.value)} />}
        onAdd={async (what) => {
          const dueAt = due ? (fromDateTimeInputs(due, '17:00') ?? undefined) : undefined;
          await client('commitment/add', { customerId, what, who: 'me', dueAt, callId });
          setDue('');
          await onChanged();
        }}
      />
    </Section>
  );
}
