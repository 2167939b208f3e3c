import { formatDuration } from '../../shared/time/index.ts';
import { useNow } from './use-now.ts';
import { t } from '../../shared/i18n/messages.ts';

/** mm:ss since the call started; counts from the stored start, so it survives closing the card. */
export function CallTimer({ startedAt }: { startedAt: number }) {
  const now = useNow(1000);
  return (
    <span class="card-timer cp-mono" data-testid="call-timer" role="timer" aria-label={t('callLength')}>
      {formatDuration(now - startedAt)}
    </span>
  );
}
