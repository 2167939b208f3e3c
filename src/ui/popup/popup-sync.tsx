/** The popup's sync line: when the team sync last worked, what is wrong, "Sync now". Only once connected. */
import type { SyncStatusView } from '../../shared/protocol/sync.ts';
import { Section, useQuery } from '../shared/index.ts';
import { SyncPanel } from '../shared/sync-panel.tsx';
import { t } from '../../shared/i18n/messages.ts';

export function PopupSync() {
  const status = useQuery<SyncStatusView>((c) => c('sync/status', {}), [], 'fail_readSyncStatus');
  if (!status.data?.connected) return null;
  return (
    <Section title={t('syncPopupTitle')} class="pp-sync" testId="popup-sync">
      <SyncPanel status={status.data} onStatus={status.setData} />
    </Section>
  );
}
