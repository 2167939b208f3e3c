/**
 * The call panel: the call the user started last, in the card's own call view and wrap-up (CardApp),
 * for as long as it takes to wrap it up, whatever the tabs do. A call started later takes its place;
 * other calls still waiting for their wrap-up are listed above it, one click away.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Call } from '../../shared/model.ts';
import { formatPhone } from '../../shared/phone.ts';
import { t } from '../../shared/i18n/messages.ts';
import { EmptyState } from '../shared/empty-state.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useQuery } from '../shared/use-query.ts';
import { CardApp } from '../card/card-app.tsx';
import { useRecordChanges } from '../card/use-record-changes.ts';
import { WaitingCalls } from './waiting-calls.tsx';

interface Props {
  onClose: () => void;
}

export function PanelApp({ onClose }: Props) {
  const open = useQuery((c) => c('call/list-open', {}), [], 'fail_loadOpenCalls');
  // A call started, wrapped up or changed anywhere: the list follows (background/handlers/call.ts announces).
  useRecordChanges((change) => {
    if (change.kind === 'call') void open.refresh();
  });
  const [shown, setShown] = useState<Call | null>(null);
  // The newest call takes the panel when it is new (just started), not again after the user chose another.
  const newestSeen = useRef<string | null>(null);
  const newest = open.data?.[0]?.call;
  useEffect(() => {
    if (!newest || newest.id === newestSeen.current) return;
    newestSeen.current = newest.id;
    if (!shown || newest.startedAt > shown.startedAt) setShown(newest);
  }, [newest, shown]);

  if (open.error && !open.data) return <ErrorBanner message={open.error} />;
  if (!open.data) return <p class="card-loading" aria-busy="true" data-testid="loading" />;
  const others = open.data.filter((item) => item.call.id !== shown?.id);
  return (
    <div class="panel" data-testid="call-panel">
      <WaitingCalls items={others} onShow={setShown} />
      {shown ? (
        <CardApp key={shown.id} params={{ e164: shown.e164, raw: formatPhone(shown.e164), ext: shown.ext }} onClose={onClose} inCallPanel />
      ) : (
        <EmptyState title={t('panelEmptyTitle')} testId="panel-empty">
          {t('panelEmptyText')}
        </EmptyState>
      )}
    </div>
  );
}
