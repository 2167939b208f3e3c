/** One line on sync: when it last worked, and what is wrong if it does not (popup and options). */
import type { SyncStatusView } from '../../shared/protocol/sync.ts';
import { t, tPlural } from '../../shared/i18n/messages.ts';

const when = (at: number, now: number): string => {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return t('syncJustNow');
  if (minutes < 60) return t('syncMinutesAgo', minutes);
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export function SyncStatusLine({ status, now = Date.now() }: { status: SyncStatusView; now?: number }) {
  if (!status.connected) return null;
  const last = status.lastSuccessAt !== undefined ? t('syncLastSynced', when(status.lastSuccessAt, now)) : t('syncNotYet');
  return (
    <div class="cp-stack" data-testid="sync-status">
      <p class="cp-sync-line" role="status">
        {status.running ? `${t('syncRunning')} ` : ''}
        {last}
      </p>
      {(status.pending ?? 0) > 0 && (
        <p class="cp-sync-line" data-testid="sync-pending">
          {tPlural('syncPending', status.pending ?? 0)}
        </p>
      )}
      {status.problem && (
        <div class="cp-banner cp-banner--error" role="alert" data-testid="sync-problem">
          <span class="cp-banner__text">{t('syncProblem', status.problem.message)}</span>
        </div>
      )}
    </div>
  );
}
