/**
 * The customer's file beside the call (issue 13): their notes on file ("agenda by e-mail first"),
 * open concerns and commitments, when to reach them, folded into one block the user can close. It
 * is the card's own sections, loaded by the customer's id, so the call view in a page, in a tab or
 * in the side panel shows the same thing; a concern or commitment is added or resolved in one step,
 * and a commitment added here belongs to the call.
 */
import { t } from '../../shared/i18n/messages.ts';
import { useQuery } from '../shared/use-query.ts';
import { CommitmentsSection } from './commitments-section.tsx';
import { ConcernsSection } from './concerns-section.tsx';
import { ContactFacts } from './contact-facts.tsx';
import { ContactTimeStrip } from './contact-time-strip.tsx';
import { useRecordChanges } from './use-record-changes.ts';
import { changeConcerns } from '../../shared/record-change.ts';

interface Props {
  customerId: string;
  callId: string;
  /** The number on the call (a text instead of a call is offered to it). */
  e164: string;
}

export function CallFile({ customerId, callId, e164 }: Props) {
  const file = useQuery((c) => c('customer/get', { id: customerId }), [customerId], 'fail_lookUpNumber');
  useRecordChanges((change) => {
    if (changeConcerns(change, 'customer', customerId)) void file.refresh();
  });
  if (!file.data) return file.error ? <p class="cp-field__error" role="alert">{file.error}</p> : null;
  const { customer, concerns, commitments, recentCalls } = file.data;
  return (
    <details class="card-callfile" open data-testid="call-file">
      <summary class="card-callfile__summary">{t('callFileTitle')}</summary>
      {customer.notes?.trim() && (
        <p class="card-callfile__notes card-pre" data-testid="call-file-notes">
          {customer.notes.trim()}
        </p>
      )}
      <ConcernsSection customerId={customer.id} concerns={concerns} onChanged={file.refresh} />
      <CommitmentsSection customerId={customer.id} commitments={commitments} onChanged={file.refresh} callId={callId} />
      <ContactTimeStrip customer={customer} recentCalls={recentCalls} e164={e164} />
      <ContactFacts customer={customer} />
    </details>
  );
}
