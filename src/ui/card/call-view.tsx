/**
 * During the call: who, how long, notes saved as they are typed, and quick adds for what was
 * promised or raised. End call flushes the notes and moves on to the wrap-up.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Call, Customer } from '../../shared/model.ts';
import { Button, buttonClass } from '../shared/button.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useClient } from '../shared/client-context.tsx';
import { AddInline } from './add-inline.tsx';
import { CallTimer } from './call-timer.tsx';
import { CardHeader } from './card-header.tsx';
import { DialLink } from './dial-link.tsx';
import { onBeforeClose } from './host-messages.ts';
import { SaveIndicator } from './save-indicator.tsx';
import { useAutosave } from './use-autosave.ts';

interface Props {
  call: Call;
  raw: string;
  customer?: Customer;
  dialUrl?: string;
  onClose: () => void;
  /** Called with the notes as last saved. */
  onEnd: (notes: string) => void;
}

export function CallView({ call, raw, customer, dialUrl, onClose, onEnd }: Props) {
  const client = useClient();
  const [notes, setNotes] = useState(call.notes);
  const [added, setAdded] = useState<string[]>([]);
  const autosave = useAutosave((text) => client('call/save-notes', { callId: call.id, notes: text }));
  useEffect(() => onBeforeClose(autosave.flush), [autosave.flush]);
  const end = async () => {
    await autosave.flush();
    onEnd(notes);
  };
  return (
    <div class="card-view" data-testid="view-call" data-dial-url={dialUrl}>
      <CardHeader raw={raw} e164={call.e164} onClose={onClose} title={customer?.name ?? 'Unknown number'} />
      <div class="card-body">
        <div class="card-live">
          <span class="card-live__dot" aria-hidden="true" />
          <span>On the call</span>
          <CallTimer startedAt={call.startedAt} />
          <span class="cp-spacer" />
          {dialUrl && (
            <DialLink url={dialUrl} class={buttonClass('ghost', 'small')} testId="dial-again">
              Dial again
            </DialLink>
          )}
        </div>
        <div class="cp-field">
          <div class="cp-row">
            <label for="call-notes" class="cp-field__label">
              Notes
            </label>
            <span class="cp-spacer" />
            <SaveIndicator status={autosave.status} />
          </div>
          <textarea
            id="call-notes"
            class="cp-textarea card-notes"
            rows={7}
            value={notes}
            placeholder="What did you talk about?"
            data-testid="call-notes"
            onInput={(e) => {
              setNotes(e.currentTarget.value);
              autosave.change(e.currentTarget.value);
            }}
            onBlur={() => void autosave.flush()}
          />
        </div>
        <ErrorBanner message={autosave.error} />
        {customer && (
          <div class="card-quick">
            <AddInline
              label="Something you promised on this call"
              placeholder="Promise: send the quote…"
              what="add the promise"
              buttonText="Add promise"
              testId="call-promise"
              onAdd={async (what) => {
                await client('commitment/add', { customerId: customer.id, what, who: 'me', callId: call.id });
                setAdded((list) => [...list, `Promise: ${what}`]);
              }}
            />
            <AddInline
              label="A concern they raised"
              placeholder="Concern: invoice is wrong…"
              what="add the concern"
              buttonText="Add concern"
              testId="call-concern"
              onAdd={async (text) => {
                await client('concern/add', { customerId: customer.id, text });
                setAdded((list) => [...list, `Concern: ${text}`]);
              }}
            />
            {added.length > 0 && (
              <ul class="card-added" aria-label="Added on this call">
                {added.map((a, i) => (
                  <li key={i}>✓ {a}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <Button variant="primary" size="large" block onClick={() => void end()} data-testid="end-call">
          End call
        </Button>
      </div>
    </div>
  );
}
