/**
 * Call, guarded (issue 13). Nothing to ask: the plain Call link. A customer or number marked
 * do-not-call, or a moment outside their hours (their best hours and days, their retry wait, their
 * night), turns Call into a question first: do-not-call needs a reason before "Call anyway" works
 * (the background refuses a call without it and keeps it on the call); a bad time offers their next
 * good slot as a follow-up instead. Every time shown says whose clock it is on.
 */
import { useState } from 'preact/hooks';
import { hasOverrideReason, optOutFor } from '../../shared/do-not-contact.ts';
import { displayNames } from '../../shared/i18n/intl-cache.ts';
import { t } from '../../shared/i18n/messages.ts';
import type { Call, Customer } from '../../shared/model.ts';
import { lastUnansweredAt } from '../../shared/retry.ts';
import { callingHoursConcern, formatDay, formatWeekdayClock, theirTime, uiLocale, yourTime } from '../../shared/time/index.ts';
import { Button, buttonClass } from '../shared/button.tsx';
import { useClient } from '../shared/client-context.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { TextArea } from '../shared/field.tsx';
import { useAction } from '../shared/use-action.ts';
import { CallButton } from './call-button.tsx';
import { DialLink, useDialUrl } from './dial-link.tsx';
import { useNow } from './use-now.ts';
import { useCustomerZone } from './number-zone-context.ts';
import './respect.css';

interface Props {
  customer: Customer;
  recentCalls: Call[];
  e164: string;
  ext?: string;
  /** Starts the call; `overrideReason` when the user called a do-not-call customer anyway. */
  onCall: (overrideReason?: string) => void;
  /** After a follow-up was planned instead: the confirmation to show. */
  onPlanned: (message: string) => void;
}

export function CallGuard({ customer, recentCalls, e164, ext, onCall, onPlanned }: Props) {
  const now = useNow(30_000);
  const [asking, setAsking] = useState(false);
  const doNotCall = optOutFor(customer, 'phone', e164);
  const zone = useCustomerZone(customer);
  const timing = callingHoursConcern(customer.preferences, zone.known ? zone.zone : undefined, now, lastUnansweredAt(recentCalls));
  if (!doNotCall && !timing) return <CallButton e164={e164} ext={ext} onCall={() => onCall()} />;
  if (!asking) {
    return (
      <Button variant={doNotCall ? 'secondary' : 'primary'} size="large" block class="card-call-button" data-testid="call-button" aria-haspopup="dialog" onClick={() => setAsking(true)}>
        <span aria-hidden="true" class="card-call-button__icon">
          ☎
        </span>
        {t('guard_callAsk')}
      </Button>
    );
  }
  const clockNow = formatWeekdayClock(now, zone.zone);
  const theirNow = zone.known ? theirTime(clockNow, zone.zone) : yourTime(clockNow);
  return (
    <CallAsk
      customer={customer}
      e164={e164}
      ext={ext}
      doNotCall={doNotCall ? t('dnc_since', formatDay(doNotCall.since, now), doNotCall.reason || t('optOut_noReason')) : undefined}
      timing={timing && { now: theirNow, reason: timing.reason, next: timing.next }}
      fromNumberOf={zone.fromNumberOf}
      onCall={onCall}
      onPlanned={onPlanned}
      onCancel={() => setAsking(false)}
    />
  );
}

/** "Germany" in the user's language. */
const countryName = (country: string): string => displayNames(uiLocale(), { type: 'region' }).of(country) ?? country;

interface AskProps {
  customer: Customer;
  e164: string;
  ext?: string;
  doNotCall?: string;
  timing: { now: string; reason: string; next?: { at: number; label: string } } | null;
  fromNumberOf?: string;
  onCall: (overrideReason?: string) => void;
  onPlanned: (message: string) => void;
  onCancel: () => void;
}

function CallAsk({ customer, e164, ext, doNotCall, timing, fromNumberOf, onCall, onPlanned, onCancel }: AskProps) {
  const client = useClient();
  const url = useDialUrl(e164, ext);
  const [reason, setReason] = useState('');
  const next = timing?.next;
  const plan = useAction('fail_planFollowUp', async () => {
    if (!next) return;
    await client('followup/plan', { customerId: customer.id, e164, dueAt: next.at, channel: 'phone', note: t('guard_plannedNote') });
    onPlanned(t('guard_planned', next.label, yourTime(formatWeekdayClock(next.at))));
  });
  const canCall = url !== undefined && (!doNotCall || hasOverrideReason(reason));
  return (
    <div class={doNotCall ? 'card-ask card-ask--dnc' : 'card-ask'} role="group" aria-label={t('guard_askLabel')} data-testid="call-ask">
      {doNotCall && (
        <>
          <p data-testid="call-ask-dnc">
            <strong>{t('dnc_phone')}</strong> · {doNotCall}
          </p>
          <TextArea label={t('guard_overrideReason')} hint={t('guard_overrideHint')} rows={2} value={reason} testId="override-reason" onInput={(e) => setReason(e.currentTarget.value)} />
        </>
      )}
      {timing && (
        <p data-testid="call-ask-time">
          {t('guard_notNow', timing.now, timing.reason)}
          {fromNumberOf && ` ${t('guard_zoneFromNumber', countryName(fromNumberOf))}`}
          {next && (
            <>
              <br />
              <span data-testid="call-ask-next">{t('guard_nextGood', next.label, yourTime(formatWeekdayClock(next.at)))}</span>
            </>
          )}
        </p>
      )}
      <ErrorBanner message={plan.error} onDismiss={plan.clearError} />
      <div class="card-ask__actions">
        {next && !doNotCall && (
          <Button variant="primary" busy={plan.busy} data-testid="plan-next-good" onClick={() => void plan.run()}>
            {t('guard_planInstead')}
          </Button>
        )}
        {canCall && url ? (
          <DialLink url={url} class={buttonClass(doNotCall ? 'danger' : 'secondary')} testId="call-anyway" onClick={() => onCall(doNotCall ? reason.trim() : undefined)}>
            {t('guard_callAnyway')}
          </DialLink>
        ) : (
          <Button variant={doNotCall ? 'danger' : 'secondary'} disabled data-testid="call-anyway">
            {t('guard_callAnyway')}
          </Button>
        )}
        <Button variant="ghost" data-testid="call-ask-cancel" onClick={onCancel}>
          {t('cancel')}
        </Button>
      </div>
    </div>
  );
}
