/** Sync's state and its "Sync now" button, in the options page and the popup. */
import type { SyncStatusView } from '../../shared/protocol/sync.ts';
import { t } from '../../shared/i18n/messages.ts';
import { Button } from './button.tsx';
import { ErrorBanner } from './error-banner.tsx';
import { SyncStatusLine } from './sync-status-line.tsx';
import { useAction } from './use-action.ts';
import { useClient } from './client-context.tsx';

interface Props {
  status: SyncStatusView;
  onStatus: (status: SyncStatusView) => void;
}

export function SyncPanel({ status, onStatus }: Props) {
  const client = useClient();
  const run = useAction('fail_syncNow', async () => onStatus(await client('sync/run', {})));
  return (
    <div class="cp-stack" data-testid="sync-panel">
      <SyncStatusLine status={status} />
      <div class="cp-row">
        <Button busy={run.busy} onClick={() => void run.run()} data-testid="sync-now">
          {t('syncNow')}
        </Button>
      </div>
      <ErrorBanner message={run.error} onDismiss={run.clearError} />
    </div>
  );
}
