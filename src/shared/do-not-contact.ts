/**
 * Do not contact (issue 13): which marks apply to reaching a customer on a number by a channel.
 * A mark on the number itself comes first, then the customer's own. The background enforces them
 * (src/db/calls.ts refuses a call without an override, src/db/follow-ups.ts a follow-up on a marked
 * channel); the card shows them before anything else and asks for the override's reason.
 */
import type { Channel, Customer, OptOut } from './model.ts';

/** The channels a mark can be set on: do-not-call, do-not-e-mail, do-not-text. */
export const OPT_OUT_CHANNELS = ['phone', 'email', 'sms'] as const satisfies readonly Channel[];
export type OptOutChannel = (typeof OPT_OUT_CHANNELS)[number];

const isOptOutChannel = (channel: Channel): channel is OptOutChannel => (OPT_OUT_CHANNELS as readonly Channel[]).includes(channel);

/** The mark that keeps `channel` closed for this customer (on this number, when one is given), if any. */
export function optOutFor(customer: Pick<Customer, 'doNotContact' | 'phones'> | undefined, channel: Channel, e164?: string): OptOut | undefined {
  if (!customer || !isOptOutChannel(channel)) return undefined;
  if (channel !== 'email' && e164 !== undefined) {
    const onNumber = customer.phones.find((p) => p.e164 === e164)?.doNotContact?.[channel];
    if (onNumber) return onNumber;
  }
  return customer.doNotContact?.[channel];
}

/** Every closed channel with its mark, do-not-call first. */
export function optOutsFor(customer: Pick<Customer, 'doNotContact' | 'phones'> | undefined, e164?: string): Array<{ channel: OptOutChannel; mark: OptOut; onNumber: boolean }> {
  return OPT_OUT_CHANNELS.flatMap((channel) => {
    const mark = optOutFor(customer, channel, e164);
    if (!mark) return [];
    const onNumber = channel !== 'email' && customer?.doNotContact?.[channel] !== mark;
    return [{ channel, mark, onNumber }];
  });
}

/** An override needs words: whitespace alone is none. */
export const hasOverrideReason = (reason: string | undefined): reason is string => (reason ?? '').trim().length > 0;
