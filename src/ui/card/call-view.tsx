/**
 * During the call: who, how long, notes saved as they are typed (and merged with notes typed in
 * another tab on the same call), and the customer's file kept in view (call-file.tsx), where a
 * concern or commitment is added or resolved in one step. End call saves the notes and moves on to
 * the wrap-up.
 */
import type { Call, Customer } from '../../shared/model.ts';
import { Button, buttonClass } from '../shared/button.tsx';
import { CallFile } from './call-file.tsx';
import { CallTimer } from './call-timer.tsx';
import { CardHeader } from './card-header.tsx';
import { DialLink } from './dial-link.tsx';
import { NotesField } from './notes-field.tsx';
import { useCallNotes } from './use-call-notes.ts';
import { t } from '../../shared/i18n/messages.ts';

interface Props {
  call: Call;
  /** The notes the previous view showed, when newer than the stored call's (a save that failed). */
  notes?: string;
  raw: string;
  customer?: Customer;
  dialUrl?: string;
  onClose: () => void;
  /** Called with the call as last stored and the notes on screen. */
  onEnd: (call: Call, notes: string) => void;
}

export function CallView({ call, notes: shownBefore, raw, customer, dialUrl, onClose, onEnd }: Props) {
  const notes = useCallNotes(call, shownBefore);
  const closedElsewhere = notes.call.status === 'closed';
  const end = async () => {
    await notes.flush();
    onEnd(notes.sync.current.call, notes.sync.current.text);
  };
  return (
    <div class="card-view" data-testid="view-call" data-dial-url={dialUrl}>
      <CardHeader raw={raw} e164={call.e164} onClose={onClose} title={customer?.name ?? t('unknownNumber')} />
      <div class="card-body">
        <div class="card-live">
          <span class="card-live__dot" aria-hidden="true" />
          <span>{t('onTheCall')}</span>
          <CallTimer startedAt={call.startedAt} />
          <span class="cp-spacer" />
          {dialUrl && (
            <DialLink url={dialUrl} class={buttonClass('ghost', 'small')} testId="dial-again">
              {t('dialAgain')}
            </DialLink>
          )}
        </div>
        <NotesField notes={notes} label={t('notes')} rows={4} placeholder={t('notesPlaceholder')} testId="call-notes" />
        {closedElsewhere ? (
          <Button variant="primary" size="large" block onClick={onClose} data-testid="close-call-view">
            {t('close')}
          </Button>
        ) : (
          <Button variant="primary" size="large" block onClick={() => void end()} data-testid="end-call">
            {t('endCall')}
          </Button>
        )}
        {call.customerId && <CallFile customerId={call.customerId} callId={call.id} e164={call.e164} />}
      </div>
    </div>
  );
}
