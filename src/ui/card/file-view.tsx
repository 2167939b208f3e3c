/**
 * One customer's file: who, whether now is a good time, Call, and everything to know before calling.
 * The first screen (a 900 px window shows it without scrolling) holds what a call needs: name, their
 * time and the verdict, Call, open concerns, commitments by due date, the next follow-up and the last
 * call; contact preferences and the account's details follow below, and last "Delete customer…".
 * It reloads when the background announces that this customer changed (edited in another tab, a
 * call wrapped up there). An edit names the values it was made from, so the background refuses it
 * when another tab changed that field meanwhile; the file then reloads to show what is stored.
 */
import type { CustomerPatch } from '../../shared/model.ts';
import type { Call, Customer } from '../../shared/model.ts';
import { t } from '../../shared/i18n/messages.ts';
import { revisionOf } from '../../shared/revision.ts';
import type { CustomerFile } from '../../shared/views.ts';
import { SuccessBanner } from '../shared/error-banner.tsx';
import { useClient } from '../shared/client-context.tsx';
import { CallGuard } from './call-guard.tsx';
import { DeleteCustomer } from './delete-customer.tsx';
import { DoNotContactBanner } from './do-not-contact-banner.tsx';
import { DoNotContactSection } from './do-not-contact-section.tsx';
import { PersonalNotes } from './personal-notes.tsx';
import { HeadsUpLink } from './heads-up-link.tsx';
import { CardHeader } from './card-header.tsx';
import { CommitmentsSection } from './commitments-section.tsx';
import { ConcernsSection } from './concerns-section.tsx';
import { ContactFacts } from './contact-facts.tsx';
import { ContactTimeStrip } from './contact-time-strip.tsx';
import type { SaveCustomer } from './customer-save.ts';
import { FollowUpsSection } from './follow-ups-section.tsx';
import { HistorySection } from './history-section.tsx';
import { PreferencesSection } from './preferences-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { SummaryEmail } from './summary-email.tsx';
import { useRecordChanges } from './use-record-changes.ts';
import { changeConcerns } from '../../shared/record-change.ts';

interface Props {
  file: CustomerFile;
  e164: string;
  raw: string;
  ext?: string;
  confirmation: string | null;
  onClose: () => void;
  /** Starts the call; with the reason when the customer is marked do-not-call. */
  onCall: (overrideReason?: string) => void;
  /** Shows a confirmation (a follow-up planned instead of calling). */
  onConfirm: (message: string) => void;
  /** Reloads the file after a change. */
  onChanged: () => Promise<unknown>;
  /** The call just wrapped up on this card: its summary can be e-mailed. */
  wrappedUp?: Call;
}

/** The values the patched fields had on screen, which the edit was made from. */
function baseOf(customer: Customer, patch: CustomerPatch) {
  const values = Object.fromEntries(Object.keys(patch).map((key) => [key, customer[key as keyof CustomerPatch]])) as CustomerPatch;
  return { revision: revisionOf(customer), values };
}

export function FileView({ file, e164, raw, ext, confirmation, onClose, onCall, onConfirm, onChanged, wrappedUp }: Props) {
  const client = useClient();
  const { customer } = file;
  useRecordChanges((change) => {
    if (changeConcerns(change, 'customer', customer.id)) void onChanged();
  });
  const save: SaveCustomer = async (patch) => {
    try {
      await client('customer/update', { id: customer.id, patch, base: baseOf(customer, patch) });
    } finally {
      // Also after a refusal: the field then shows what is stored now beside the user's attempt.
      await onChanged();
    }
  };
  return (
    <div class="card-view" data-testid="view-file">
      <CardHeader raw={raw} e164={e164} onClose={onClose} customer={customer} save={save} />
      <DoNotContactBanner customer={customer} e164={e164} />
      <PersonalNotes customer={customer} save={save} />
      <ContactTimeStrip customer={customer} recentCalls={file.recentCalls} e164={e164} />
      <div class="card-primary">
        <SuccessBanner message={confirmation} testId="confirmation" />
        {wrappedUp && (
          <SummaryEmail customer={customer} call={wrappedUp} commitments={file.commitments} followUp={file.pendingFollowUps.find((f) => f.id === wrappedUp.followUpId)} />
        )}
        <CallGuard customer={customer} recentCalls={file.recentCalls} e164={e164} ext={ext ?? customer.phones.find((p) => p.e164 === e164)?.ext} onCall={onCall} onPlanned={(message) => (onConfirm(message), void onChanged())} />
        <HeadsUpLink customer={customer} e164={e164} />
      </div>
      <ConcernsSection customerId={customer.id} concerns={file.concerns} onChanged={onChanged} />
      <CommitmentsSection customerId={customer.id} commitments={file.commitments} onChanged={onChanged} />
      <FollowUpsSection followUps={file.pendingFollowUps} />
      <HistorySection calls={file.recentCalls} />
      <ContactFacts customer={customer} />
      <ProfileSection customer={customer} save={save} />
      <PreferencesSection customer={customer} save={save} />
      <DoNotContactSection customer={customer} e164={e164} save={save} />
      <DeleteCustomer customer={customer} onDeleted={(name) => (onConfirm(t('deleteCustomerDone', name)), onChanged())} />
    </div>
  );
}
