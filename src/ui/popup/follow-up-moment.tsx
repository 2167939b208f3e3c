/**
 * Whether now suits the person behind a follow-up: their wall clock and the verdict of the one
 * good-time rule (shared/time/good-time.ts, as the card uses it); or, for a number without a
 * customer, where the follow-up came from (the call it was agreed on, the page that number was on).
 */
import type { FollowUpListItem } from '../../shared/views.ts';
import { contactTimeStatus, formatDateTime, formatWeekdayClock, resolveZone, theirTime, yourTime } from '../../shared/time/index.ts';
import { t } from '../../shared/i18n/messages.ts';
import { Pill } from '../shared/badge.tsx';

interface Props {
  item: FollowUpListItem;
  now: number;
  timeZone: string;
}

export function FollowUpMoment({ item, now, timeZone }: Props) {
  if (!item.contact) {
    const { origin } = item;
    if (!origin) return null;
    const day = yourTime(formatDateTime(origin.calledAt, timeZone));
    return (
      <p class="pp-fu__origin" data-testid="followup-origin">
        {origin.foundOn ? t('followUpOriginPage', day, origin.foundOn) : t('followUpOriginCall', day)}
      </p>
    );
  }
  const zone = resolveZone(item.contact.timeZone);
  const status = contactTimeStatus(item.contact.preferences, item.contact.timeZone, now);
  const clock = formatWeekdayClock(now, zone.zone);
  return (
    <div class="pp-fu__moment">
      <span class="pp-fu__their-time" data-testid="followup-their-time">
        {zone.known ? theirTime(clock, zone.zone) : t('followUpZoneUnknown', yourTime(clock))}
      </span>
      <Pill tone={status.goodNow ? 'good' : 'warn'} testId="followup-good-time">
        {status.goodNow ? t('followUpGoodNow') : status.next ? t('followUpNotNowNext', status.next.label) : t('followUpNotNow')}
      </Pill>
    </div>
  );
}
