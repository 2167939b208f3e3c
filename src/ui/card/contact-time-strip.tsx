/**
 * "Is this a good moment to call?": their local time, a green or amber verdict with the reason and
 * the next good time, and the preferences behind it. When phone is not what they prefer, the
 * alternative is one click away.
 */
import type { Call, Customer, Weekday } from '../../shared/model.ts';
import { contactTimeStatus, formatWeekdayClock, formatWindow, resolveZone, theirTime, weekdayName, yourTime } from '../../shared/time/index.ts';
import { Pill } from '../shared/badge.tsx';
import { channelLabel } from '../../shared/channel-labels.ts';
import { AlternativeChannel } from './alternative-channel.tsx';
import { useNow } from './use-now.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  customer: Customer;
  recentCalls: Call[];
  e164: string;
}

/** When the latest call nobody answered ended: the retry wait counts from there. */
export function lastNoAnswerAt(calls: readonly Call[]): number | undefined {
  const times = calls.filter((c) => c.outcome === 'no-answer').map((c) => c.endedAt ?? c.startedAt);
  return times.length > 0 ? Math.max(...times) : undefined;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function ContactTimeStrip({ customer, recentCalls, e164 }: Props) {
  const now = useNow(30_000);
  const prefs = customer.preferences;
  const zone = resolveZone(customer.timeZone);
  const clock = formatWeekdayClock(now, zone.zone);
  const status = contactTimeStatus(prefs, customer.timeZone, now, lastNoAnswerAt(recentCalls));
  const verdict = status.goodNow
    ? t('goodTimeNow')
    : status.next
      ? t('notNowNext', status.next.label, status.next.inLabel)
      : t('notNowNone');
  const bestDays = prefs.bestDays.length === 7 || prefs.bestDays.length === 0 ? t('anyDay') : dayList(prefs.bestDays);
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
      <dl class="card-facts">
        <dt>{t('stripBest')}</dt>
        <dd>
          {bestDays}
          {prefs.bestWindows.length > 0 && `, ${prefs.bestWindows.map((w) => formatWindow(w)).join(', ')}`}
        </dd>
        {prefs.worstWindows.length > 0 && (
          <>
            <dt>{t('stripAvoid')}</dt>
            <dd>{prefs.worstWindows.map((w) => formatWindow(w)).join(', ')}</dd>
          </>
        )}
        <dt>{t('stripPrefers')}</dt>
        <dd>{prefs.channels.length > 0 ? prefs.channels.map((c, i) => `${i + 1}. ${channelLabel(c)}`).join('  ') : t('stripNotKnown')}</dd>
        <dt>{t('stripRetry')}</dt>
        <dd>{t('stripRetryAfter', prefs.retryAfterHours)}</dd>
      </dl>
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
