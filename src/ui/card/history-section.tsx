/** The last call's notes and outcome up front; earlier calls folded away. */
import type { Call } from '../../shared/model.ts';
import { Badge } from '../shared/badge.tsx';
import { Section } from '../shared/section.tsx';
import { formatWhen, yourTime } from '../../shared/time/index.ts';
import { outcomeLabel } from './labels.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  calls: Call[];
}

function CallSummary({ call, testId }: { call: Call; testId?: string }) {
  return (
    <div class="card-call" data-testid={testId}>
      <div class="card-call__head">
        <span class="card-call__when">{yourTime(formatWhen(call.startedAt, Date.now()))}</span>
        {call.outcome && <Badge tone={call.outcome === 'connected' ? 'good' : 'neutral'}>{outcomeLabel(call.outcome)}</Badge>}
      </div>
      <p class="card-call__notes card-pre" data-testid={testId ? `${testId}-notes` : undefined}>
        {call.notes.trim() || <span class="cp-faint">{t('noNotes')}</span>}
      </p>
    </div>
  );
}

export function HistorySection({ calls }: Props) {
  const closed = calls.filter((c) => c.status === 'closed');
  const [last, ...earlier] = closed;
  return (
    <Section title={t('sectionLastCall')} testId="history">
      {last ? <CallSummary call={last} testId="last-call" /> : <p class="cp-muted">{t('noCallsYet')}</p>}
      {earlier.length > 0 && (
        <details class="card-earlier">
          <summary>{t('earlierCalls', earlier.length)}</summary>
          {earlier.map((c) => (
            <CallSummary key={c.id} call={c} />
          ))}
        </details>
      )}
    </Section>
  );
}
