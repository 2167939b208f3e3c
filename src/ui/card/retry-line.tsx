/** In the wrap-up after a call nobody answered: which attempt this was, and what comes next (shared/retry.ts). */
import { channelLabel } from '../../shared/channel-labels.ts';
import { t } from '../../shared/i18n/messages.ts';
import { MAX_CALL_ATTEMPTS, type RetryProposal } from '../../shared/retry.ts';
import './respect.css';

export function RetryLine({ retry, retryAfterHours }: { retry: RetryProposal; retryAfterHours: number }) {
  const text =
    retry.channel !== 'phone'
      ? t('retry_switch', retry.attempt, channelLabel(retry.channel))
      : retry.attempt >= MAX_CALL_ATTEMPTS
        ? t('retry_noOtherChannel', retry.attempt, retryAfterHours)
        : t('retry_again', retry.attempt, MAX_CALL_ATTEMPTS, retryAfterHours);
  return (
    <p class="card-retry" role="status" data-testid="wrapup-retry" data-attempt={retry.attempt}>
      {text}
    </p>
  );
}
