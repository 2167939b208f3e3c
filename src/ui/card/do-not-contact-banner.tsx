/** Before anything else on the card: the channels this customer (or this number) must not be contacted on, since when and why. */
import { optOutsFor, type OptOutChannel } from '../../shared/do-not-contact.ts';
import { t, type MessageKey } from '../../shared/i18n/messages.ts';
import type { Customer } from '../../shared/model.ts';
import { formatDay } from '../../shared/time/index.ts';
import './respect.css';

export const OPT_OUT_TITLES: Record<OptOutChannel, MessageKey> = { phone: 'dnc_phone', email: 'dnc_email', sms: 'dnc_sms' };

interface Props {
  customer: Customer;
  e164: string;
}

export function DoNotContactBanner({ customer, e164 }: Props) {
  const marks = optOutsFor(customer, e164);
  if (marks.length === 0) return null;
  const now = Date.now();
  return (
    <div class="cp-banner cp-banner--error card-dnc" role="note" data-testid="do-not-contact">
      <ul class="card-dnc__list">
        {marks.map(({ channel, mark, onNumber }) => (
          <li key={channel} data-testid={`do-not-contact-${channel}`}>
            <strong>{t(OPT_OUT_TITLES[channel])}</strong>
            {onNumber && ` (${t('dnc_thisNumber')})`} · {t('dnc_since', formatDay(mark.since, now), mark.reason || t('optOut_noReason'))}
          </li>
        ))}
      </ul>
    </div>
  );
}
