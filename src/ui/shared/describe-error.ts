/** Turns anything thrown into one sentence a user can read, in their language. */
import { t, type MessageKey } from '../../shared/i18n/messages.ts';

export function describeError(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.trim();
  if (!text) return t('somethingWentWrong');
  // Only a context that lost its extension for good; a worker that restarted is retried by the client.
  if (/Extension context invalidated/i.test(text)) return t('extensionReloaded');
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** A message "Could not …: $ERROR$" (keys `fail_…`), one whole sentence per language. */
export type FailureKey = Extract<MessageKey, `fail_${string}`>;

/** "Could not save the customer: Name is required." */
export const failedTo = (what: FailureKey, error: unknown): string => (t as (key: FailureKey, why: string) => string)(what, describeError(error));
