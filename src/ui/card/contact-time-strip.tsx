/**
 * "Is this a good moment to call?": their local time, a green or amber verdict with the reason and
 * the next good time (or until when now is good). When phone is not what they prefer, the
 * alternative is one click away. The preferences behind it are ContactFacts, lower on the card.
 */
import type { Call, Customer, Weekday } from '../../shared/model.ts';
import { contactTimeStatus, formatWeekdayClock, theirTime, weekdayName, yourTime } from '../../shared/time/index.ts';
import { lastUnansweredAt } from '../../shared/retry.ts';
import { Pill } from '../shared/badge.tsx';
import { AlternativeChannel } from './alternative-channel.tsx';
import { useNow } from './use-now.ts';
import { useCustomerZone } from './number-zone-context.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customer: Customer;
  recentCalls: Call[];
  e164: string;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ContactTimeStrip({ customer, recentCalls, e164 }: Props) {
  const now = useNow(30_000);
  const prefs = customer.preferences;
  // Their zone, else their number's country's (shared/customer-zone.ts); the retry wait counts from
  // the last call nobody answered, busy and voicemail included (shared/retry.ts).
  const zone = useCustomerZone(customer);
  const clock = formatWeekdayClock(now, zone.zone);
  const status = contactTimeStatus(prefs, zone.known ? zone.zone : undefined, now, lastUnansweredAt(recentCalls));
  const verdict = status.goodNow
    ? status.until
      ? t('goodTimeUntil', status.until.label)
      : t('goodTimeAnyTime')
    : status.next
      ? t('notNowNext', status.next.label, status.next.inLabel)
      : t('notNowNone');
  return (
    <div class="card-time" data-testid="contact-time">
      <div class="card-time__now">
        <span class="card-time__clock" data-testid="contact-local-time">
          {zone.known ? theirTime(clock, zone.zone) : t('timeZoneNotSet', yourTime(clock))}
        </span>
      </div>
      <div class="card-time__verdict">
        <Pill tone={status.goodNow ? 'good' : 'warn'} testId="good-time">
          {verdict}
        </Pill>
        <span class="card-time__reason" data-testid="good-time-reason">
          {capitalise(status.reason)}
        </span>
      </div>
      <AlternativeChannel customer={customer} e164={e164} />
    </div>
  );
}

/** [1,2,3,4,5] → "Mon–Fri"; [1,3,5] → "Mon, Wed, Fri" (day names in the user's locale). */
export function dayList(days: readonly Weekday[], locale?: string): string {
  const sorted = [...days].sort((a, b) => a - b);
  const consecutive = sorted.every((d, i) => i === 0 || d === (sorted[i - 1] ?? 0) + 1);
  const name = (d: Weekday) => weekdayName(d, 'short', locale);
  if (consecutive && sorted.length > 2) return `${name(sorted[0] ?? 1)}–${name(sorted[sorted.length - 1] ?? 7)}`;
  return sorted.map(name).join(', ');
}
