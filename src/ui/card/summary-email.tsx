/**
 * After the wrap-up: one click opens an e-mail draft to the customer in the user's mail app, with
 * the call's date, what was discussed (the notes), what each side committed to on the call with
 * dates, and the agreed next contact on their clock; written from the user's template (options
 * page) and still editable in the mail app before it is sent (shared/call-summary.ts).
 */
import { fillSummary, summaryMailto, summaryTemplateOrDefault, summaryValues, type CallOutcomeFacts } from '../../shared/call-summary.ts';
import { t } from '../../shared/i18n/messages.ts';
import { buttonClass } from '../shared/button.tsx';
import { useQuery } from '../shared/use-query.ts';
import { HandoffLink } from './handoff-link.tsx';

export function SummaryEmail(facts: CallOutcomeFacts) {
  const settings = useQuery((client) => client('settings/get', {}), [], 'fail_load');
  const to = facts.customer.emails[0];
  if (!to) {
    return (
      <p class="cp-muted card-summary" data-testid="email-summary-missing">
        {t('emailSummaryNoAddress')}
      </p>
    );
  }
  // Not shown until the settings answer: a click before would mail the default text, not the
  // user's template. A failed read falls back to the default.
  if (settings.data === undefined && settings.error === null) return null;
  const template = summaryTemplateOrDefault(settings.data?.summaryTemplate ?? '');
  const values = summaryValues(facts);
  const href = summaryMailto(to, t('summarySubject', values.date), fillSummary(template, values));
  return (
    <HandoffLink href={href} class={`${buttonClass('secondary', 'small')} card-summary`} testId="email-summary">
      ✉ {t('emailSummary')}
    </HandoffLink>
  );
}
