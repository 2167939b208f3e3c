/** For a customer who likes a heads-up: "Let them know you'll call" opens the e-mail or text draft (shared/heads-up.ts). */
import { channelLabel } from '../../shared/channel-labels.ts';
import { headsUpDraft } from '../../shared/heads-up.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Customer } from '../../shared/model.ts';
import { formatWeekdayClock, theirTime, yourTime } from '../../shared/time/index.ts';
import { buttonClass } from '../shared/button.tsx';
import { HandoffLink } from './handoff-link.tsx';
import { useNow } from './use-now.ts';
import { useCustomerZone } from './number-zone-context.ts';
import './respect.css';

export function HeadsUpLink({ customer, e164 }: { customer: Customer; e164: string }) {
  const now = useNow(60_000);
  const draft = headsUpDraft(customer, e164, useCustomerZone(customer), now);
  if (!draft) return null;
  const clock = formatWeekdayClock(draft.at, draft.zone);
  return (
    <div class="card-heads-up" data-testid="heads-up">
      <HandoffLink href={draft.href} class={buttonClass('secondary', 'small')} testId="heads-up-link">
        {t('headsUp_button', channelLabel(draft.channel))}
      </HandoffLink>
      <span class="cp-muted" data-testid="heads-up-time">
        {t('headsUp_proposes', draft.known ? theirTime(clock, draft.zone) : yourTime(clock))}
      </span>
    </div>
  );
}
