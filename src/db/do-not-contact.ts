/**
 * The background's side of do-not-contact (the rule is shared/do-not-contact.ts): the refusal a
 * marked channel gets, for a call (src/db/calls.ts) and for a follow-up planned on that channel.
 */
import { channelLabel } from '../shared/channel-labels.ts';
import { optOutFor } from '../shared/do-not-contact.ts';
import { t } from '../shared/i18n/messages.ts';
import type { Channel, OptOut } from '../shared/model.ts';
import { formatDay } from '../shared/time/index.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';

/** "Marked do not call since 3 Nov (asked not to be called). …" */
export function optOutRefusal(channel: Channel, mark: OptOut): string {
  const since = formatDay(mark.since, Date.now());
  const reason = mark.reason || t('optOut_noReason');
  return channel === 'phone' ? t('refuse_doNotCall', since, reason) : t('refuse_channelClosed', channelLabel(channel), since, reason);
}

/** Refuses a follow-up on a channel the customer (or this number) is marked not to be contacted on. Call inside a transaction over customers. */
export async function refuseClosedChannel(db: CallprepDatabase, customerId: string | undefined, channel: Channel, e164: string): Promise<void> {
  if (customerId === undefined) return;
  const mark = optOutFor(await db.customers.get(customerId), channel, e164);
  if (mark) throw new Refusal(optOutRefusal(channel, mark));
}
