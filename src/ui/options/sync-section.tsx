/** Options: sync with the team's address book and calendar (issue 11). */
import { Button, ErrorBanner, MessageParts, useAction, useClient, useQuery } from '../shared/index.ts';
import { SyncPanel } from '../shared/sync-panel.tsx';
import type { SyncStatusView } from '../../shared/protocol/sync.ts';
import { SyncConnectForm } from './sync-connect-form.tsx';
import { t } from '../../shared/i18n/messages.ts';
import { requestServerAccess, type RequestServerAccess } from './sync-permission.ts';

export function SyncSection({ requestAccess = requestServerAccess }: { requestAccess?: RequestServerAccess }) {
  const client = useClient();
  const status = useQuery<SyncStatusView>((c) => c('sync/status', {}), [], 'fail_readSyncStatus');
  const disconnect = useAction('fail_disconnectSync', async () => status.setData(await client('sync/disconnect', {})));
  if (!status.data) return <ErrorBanner message={status.error} />;
  if (!status.data.connected) return <SyncConnectForm requestAccess={requestAccess} onConnected={status.setData} />;
  const s = status.data;
  return (
    <div class="cp-stack" data-testid="sync-connected">
      <p>
        <MessageParts id="syncConnectedTo" parts={[<strong>{s.serverUrl}</strong>, <strong>{s.username}</strong>, <strong>{s.addressBook}</strong>, <strong>{s.calendar}</strong>]} />
      </p>
      <SyncPanel status={s} onStatus={status.setData} />
      <div class="cp-row">
        <Button onClick={() => void status.refresh()} data-testid="sync-refresh-status">{t('syncRefresh')}</Button>
        <Button variant="danger" busy={disconnect.busy} onClick={() => void disconnect.run()} data-testid="sync-disconnect">{t('syncDisconnect')}</Button>
      </div>
      <ErrorBanner message={disconnect.error ?? status.error} onDismiss={disconnect.clearError} />
    </div>
  );
}
