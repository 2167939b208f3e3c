/**
 * When and how the customer likes to be reached, in one glance: best days and hours ("Any time"
 * when that is every day, all day), hours to avoid, channels in order, the retry wait. The card shows
 * it below what matters before a call (issue 13: name, verdict, Call, concerns, commitments,
 * follow-up and last call on the first screen); the call view under the customer's file.
 */
import type { Customer } from '../../shared/model.ts';
import { coversAllDay, formatWindow } from '../../shared/time/index.ts';
import { channelLabel } from '../../shared/channel-labels.ts';
import { t } from '../../shared/i18n/messages.ts';
import { dayList } from './contact-time-strip.tsx';

export function ContactFacts({ customer }: { customer: Customer }) {
  const prefs = customer.preferences;
  const everyDay = prefs.bestDays.length === 7 || prefs.bestDays.length === 0;
  const allDay = coversAllDay(prefs.bestWindows);
  const bestDays = everyDay && allDay ? t('anyTime') : everyDay ? t('anyDay') : dayList(prefs.bestDays);
  return (
    <div class="card-time card-time--facts" data-testid="contact-facts">
      <dl class="card-facts">
        <dt>{t('stripBest')}</dt>
        <dd>
          {bestDays}
          {!allDay && `, ${prefs.bestWindows.map((w) => formatWindow(w)).join(', ')}`}
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
    </div>
  );
}
