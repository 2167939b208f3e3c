/**
 * Retry, not redial (issue 13): a call nobody answered is tried again after the customer's retry
 * wait, inside their hours, and after the third unanswered attempt in a row their next preferred
 * channel is proposed instead of a fourth call. The wrap-up proposes it; the contact-time strip and
 * the calling-hours guard count the retry wait from the last unanswered call.
 */
import { optOutFor } from './do-not-contact.ts';
import type { Call, CallOutcome, Channel, Customer } from './model.ts';

/** Outcomes where nobody was reached. */
export const UNANSWERED_OUTCOMES: readonly CallOutcome[] = ['no-answer', 'busy', 'voicemail'];
/** Unanswered calls in a row after which another channel is proposed. */
export const MAX_CALL_ATTEMPTS = 3;

export const isUnanswered = (outcome: CallOutcome | '' | undefined): boolean => (UNANSWERED_OUTCOMES as readonly string[]).includes(outcome ?? '');

/** When the latest unanswered call ended: the retry wait counts from there. */
export function lastUnansweredAt(calls: readonly Call[]): number | undefined {
  const times = calls.filter((c) => isUnanswered(c.outcome)).map((c) => c.endedAt ?? c.startedAt);
  return times.length > 0 ? Math.max(...times) : undefined;
}

/** Closed calls nobody answered since the last one that reached someone (newest first), leaving out `exceptId`. */
export function unansweredInARow(calls: readonly Call[], exceptId?: string): number {
  const closed = calls.filter((c) => c.status === 'closed' && c.id !== exceptId).sort((a, b) => b.startedAt - a.startedAt);
  const firstAnswered = closed.findIndex((c) => !isUnanswered(c.outcome));
  return firstAnswered === -1 ? closed.length : firstAnswered;
}

/** The customer's most preferred channel other than the phone that they have not opted out of, if any. */
export function nextPreferredChannel(customer: Pick<Customer, 'preferences' | 'doNotContact' | 'phones'>, e164?: string): Channel | undefined {
  return customer.preferences.channels.find((c) => c !== 'phone' && !optOutFor(customer, c, e164));
}

export interface RetryProposal {
  /** This call's place among the unanswered ones in a row (1 for the first). */
  attempt: number;
  /** Phone for another try; their next channel after the third unanswered attempt. */
  channel: Channel;
}

/** What to propose after a call with this outcome, or null when someone answered. */
export function proposeRetry(customer: Pick<Customer, 'preferences' | 'doNotContact' | 'phones'> | undefined, calls: readonly Call[], callId: string, outcome: CallOutcome | '', e164?: string): RetryProposal | null {
  if (!isUnanswered(outcome)) return null;
  const attempt = unansweredInARow(calls, callId) + 1;
  const other = customer ? nextPreferredChannel(customer, e164) : undefined;
  return { attempt, channel: attempt >= MAX_CALL_ATTEMPTS && other ? other : 'phone' };
}
