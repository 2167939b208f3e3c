import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Call, type CallOutcome, type Customer } from '../../src/shared/model.ts';
import { lastUnansweredAt, nextPreferredChannel, proposeRetry, unansweredInARow } from '../../src/shared/retry.ts';

const HOUR = 3_600_000;
const call = (id: string, hoursAgo: number, outcome: CallOutcome | undefined, status: Call['status'] = 'closed'): Call => ({
  id, e164: '+4930901820', startedAt: -hoursAgo * HOUR, endedAt: -hoursAgo * HOUR + 60_000, status, notes: 'x', ...(outcome ? { outcome } : {}),
});
const customer = (channels: Customer['preferences']['channels'], doNotContact?: Customer['doNotContact']) => ({
  preferences: { ...DEFAULT_PREFERENCES, channels }, phones: [{ e164: '+4930901820', label: 'direct' as const }], ...(doNotContact ? { doNotContact } : {}),
});

describe('retry, not redial', () => {
  const history = [call('now', 0, undefined, 'open'), call('a', 5, 'busy'), call('b', 30, 'voicemail'), call('c', 50, 'connected'), call('d', 80, 'no-answer')];

  it('counts unanswered calls in a row since the last answered one, leaving out the call being closed', () => {
    expect(unansweredInARow(history, 'now')).toBe(2);
    expect(unansweredInARow([...history].reverse(), 'now')).toBe(2);
    expect(unansweredInARow([call('c', 50, 'connected')])).toBe(0);
    expect(unansweredInARow([])).toBe(0);
  });

  it('counts the retry wait from the last call nobody answered: no answer, busy or voicemail', () => {
    expect(lastUnansweredAt(history)).toBe(-5 * HOUR + 60_000);
    expect(lastUnansweredAt([call('c', 50, 'connected')])).toBeUndefined();
  });

  it.each<[string, CallOutcome, Call[], Customer['preferences']['channels'], Customer['doNotContact'], object | null]>([
    ['an answered call proposes no retry', 'connected', history, ['phone', 'email'], undefined, null],
    ['a first no-answer: attempt 1, by phone', 'no-answer', [], ['phone', 'email'], undefined, { attempt: 1, channel: 'phone' }],
    ['the third unanswered in a row: their next channel', 'voicemail', history, ['phone', 'email'], undefined, { attempt: 3, channel: 'email' }],
    ['… skipping a channel they opted out of', 'busy', history, ['phone', 'email', 'sms'], { email: { reason: 'unsubscribed', since: 0 } }, { attempt: 3, channel: 'sms' }],
    ['… and the phone again when no other is known', 'busy', history, ['phone'], undefined, { attempt: 3, channel: 'phone' }],
  ])('%s', (_name, outcome, calls, channels, doNotContact, expected) => {
    expect(proposeRetry(customer(channels, doNotContact), calls, 'now', outcome, '+4930901820')).toEqual(expected);
  });

  it('their next preferred channel is the best-ranked one besides the phone', () => {
    expect(nextPreferredChannel(customer(['email', 'phone', 'sms']))).toBe('email');
    expect(nextPreferredChannel(customer(['phone']))).toBeUndefined();
  });
});
