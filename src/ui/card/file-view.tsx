/** One customer's file: who, whether now is a good time, Call, and everything to know before calling. */
import type { CustomerFile } from '../../shared/views.ts';
import { SuccessBanner } from '../shared/error-banner.tsx';
import { useClient } from '../shared/client-context.tsx';
import { CallButton } from './call-button.tsx';
import { CardHeader } from './card-header.tsx';
import { CommitmentsSection } from './commitments-section.tsx';
import { ConcernsSection } from './concerns-section.tsx';
import { ContactTimeStrip } from './contact-time-strip.tsx';
import type { SaveCustomer } from './customer-save.ts';
import { FollowUpsSection } from './follow-ups-section.tsx';
import { HistorySection } from './history-section.tsx';
import { PreferencesSection } from './preferences-section.tsx';
import { ProfileSection } from './profile-section.tsx';

interface Props {
  file: CustomerFile;
  e164: string;
  raw: string;
  ext?: string;
  confirmation: string | null;
  onClose: () => void;
  onCall: () => void;
  /** Reloads the file after a change. */
  onChanged: () => Promise<unknown>;
}

export function FileView({ file, e164, raw, ext, confirmation, onClose, onCall, onChanged }: Props) {
  const client = useClient();
  const { customer } = file;
  const save: SaveCustomer = async (patch) => {
    await client('customer/update', { id: customer.id, patch });
    await onChanged();
  };
  return (
    <div class="card-view" data-testid="view-file">
      <CardHeader raw={raw} e164={e164} onClose={onClose} customer={customer} save={save} />
      <ContactTimeStrip customer={customer} recentCalls={file.recentCalls} e164={e164} />
      <div class="card-primary">
        <SuccessBanner message={confirmation} testId="confirmation" />
        <CallButton e164={e164} ext={ext ?? customer.phones.find((p) => p.e164 === e164)?.ext} onCall={onCall} />
      </div>
      <ConcernsSection customerId={customer.id} concerns={file.concerns} onChanged={onChanged} />
      <CommitmentsSection customerId={customer.id} commitments={file.commitments} onChanged={onChanged} />
      <HistorySection calls={file.recentCalls} />
      <FollowUpsSection followUps={file.pendingFollowUps} />
      <ProfileSection customer={customer} save={save} />
      <PreferencesSection customer={customer} save={save} />
    </div>
  );
}
