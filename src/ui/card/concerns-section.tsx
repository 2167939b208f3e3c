/** Open concerns: what the customer is unhappy or worried about; resolve inline, add new ones. */
import type { Concern } from '../../shared/model.ts';
import { Section } from '../shared/section.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useAction } from '../shared/use-action.ts';
import { useClient } from '../shared/client-context.tsx';
import { AddInline } from './add-inline.tsx';
import { formatDay } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customerId: string;
  concerns: Concern[];
  onChanged: () => Promise<unknown>;
}

export function ConcernsSection({ customerId, concerns, onChanged }: Props) {
  const client = useClient();
  const open = concerns.filter((c) => c.status === 'open');
  const resolve = useAction('fail_resolveConcern', async (id: string) => {
    await client('concern/set-resolved', { id, resolved: true });
    await onChanged();
  });
  return (
    <Section title={t('sectionConcerns')} count={open.length} testId="concerns">
      {open.length > 0 && (
        <ul class="card-list">
          {open.map((c) => (
            <li key={c.id} class="card-item" data-testid="concern">
              <span class="card-item__text">{c.text}</span>
              <span class="card-item__meta">{formatDay(c.createdAt, Date.now())}</span>
              <button type="button" class="cp-button cp-button--ghost cp-button--small" onClick={() => void resolve.run(c.id)} aria-label={t('resolveWhat', c.text)}>
                {t('resolve')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorBanner message={resolve.error} onDismiss={resolve.clearError} />
      <AddInline
        label={t('newConcern')}
        placeholder={t('addConcernPlaceholder')}
        what="fail_addConcern"
        testId="add-concern"
        onAdd={async (text) => {
          await client('concern/add', { customerId, text });
          await onChanged();
        }}
      />
    </Section>
  );
}
