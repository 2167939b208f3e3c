import type { ComponentChildren } from 'preact';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  /** Nothing renders when this is empty. */
  message: string | null | undefined;
  onDismiss?: () => void;
  /** E.g. a "Try again" button. */
  action?: ComponentChildren;
  testId?: string;
}

/** Says what failed, in a live region so screen readers announce it. */
export function ErrorBanner({ message, onDismiss, action, testId = 'error' }: Props) {
  if (!message) return null;
  return (
    <div class="cp-banner cp-banner--error" role="alert" data-testid={testId}>
      <span class="cp-banner__text">{message}</span>
      {action}
      {onDismiss && (
        <button type="button" class="cp-banner__dismiss" onClick={onDismiss} aria-label={t('dismiss')}>
          ✕
        </button>
      )}
    </div>
  );
}

/** A short confirmation ("Call saved · follow-up Tue 09:30"). */
export function SuccessBanner({ message, testId = 'success' }: { message: string | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <div class="cp-banner cp-banner--success" role="status" data-testid={testId}>
      <span class="cp-banner__text">{message}</span>
    </div>
  );
}
