/** Under the follow-up time: the same moment on their clock, and whether it suits them. */
import type { Customer } from '../../shared/model.ts';
import { contactTimeStatus, localNow } from '../../shared/contact-time.ts';
import { fromDateTimeInputs } from './format.ts';

interface Props {
  date: string;
  time: string;
  customer?: Customer;
}

export function FollowUpFit({ date, time, customer }: Props) {
  const at = fromDateTimeInputs(date, time);
  if (at === null || !customer) return null;
  const status = contactTimeStatus(customer.preferences, customer.timeZone, at);
  const theirs = customer.timeZone ? `${localNow(customer.timeZone, at).label} their time` : '';
  return (
    <p class={status.goodNow ? 'card-fit card-fit--good' : 'card-fit card-fit--warn'} data-testid="follow-up-fit" role="status">
      {status.goodNow ? '✓ Inside their best hours' : `⚠ ${status.reason.charAt(0).toUpperCase()}${status.reason.slice(1)}`}
      {theirs && ` · ${theirs}`}
    </p>
  );
}
