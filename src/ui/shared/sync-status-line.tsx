/** One line on sync: when it last worked, and what is wrong if it does not (popup and options). */
import type { SyncStatusView } from '../../shared/protocol/sync.ts';

const when = (at: number, now: number): string => {
  const minutes = Math.round((now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
};

export function SyncStatusLine({ status, now = Date.now() }: { status: SyncStatusView; now?: number }) {
  if (!status.connected) return null;
  const last = status.lastSuccessAt !== undefined ? `Last synced ${when(status.lastSuccessAt, now)}.` : 'Not synced yet.';
  return (
    <div class="cp-stack" data-testid="sync-status">
      <p class="cp-sync-line" role="status">
        {status.running ? 'Syncing… ' : ''}
        {last}
      </p>
      {status.problem && (
        <div class="cp-banner cp-banner--error" role="alert" data-testid="sync-problem">
          <span class="cp-banner__text">Sync is not working: {status.problem.message}</span>
        </div>
      )}
    </div>
  );
}
