/** Under the follow-up time: the same moment on their clock, and whether it suits them. */
import type { Customer } from '../../shared/model.ts';
import { contactTimeStatus, fromDateTimeInputs, onTheirClock } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

interface Props {
  date: string;
  time: string;
  customer?: Customer;
}

export function FollowUpFit({ date, time, customer }: Props) {
  const at = fromDateTimeInputs(date, time);
  if (at === null || !customer) return null;
  const status = contactTimeStatus(customer.preferences, customer.timeZone, at);
  const theirs = customer.timeZone ? onTheirClock(at, customer.timeZone) : '';
  return (
    <p class={status.goodNow ? 'card-fit card-fit--good' : 'card-fit card-fit--warn'} data-testid="follow-up-fit" role="status">
      {status.goodNow ? `✓ ${capitalise(t('goodTimeInside'))}` : `⚠ ${capitalise(status.reason)}`}
      {theirs && ` · ${theirs}`}
    </p>
  );
}
