/**
 * The card's screens for one clicked number: the customer's file (or a pick among several, or
 * "unknown number"), the call view while a call is open, and the wrap-up that closes it. An open
 * call found on load comes first, so closing the card mid-call loses nothing.
 */
import { useState } from 'preact/hooks';
import type { CardParams } from '../../shared/card-frame.ts';
import type { Call } from '../../shared/model.ts';
import type { CustomerFile, NumberLookup } from '../../shared/views.ts';
import { Button } from '../shared/button.tsx';
import { EmptyState } from '../shared/empty-state.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { useAction } from '../shared/use-action.ts';
import { useClient } from '../shared/client-context.tsx';
import { useQuery } from '../shared/use-query.ts';
import { hasCallSidebar, openCallPanel } from '../shared/call-panel.ts';
import { SIDEBAR_KEYS } from '../../shared/call-panel-page.ts';
import { t } from '../../shared/i18n/messages.ts';
import { CallView } from './call-view.tsx';
import { CloseButton } from './card-header.tsx';
import { FileView } from './file-view.tsx';
import { HandoffFrame } from './handoff-link.tsx';
import { useDialUrl } from './dial-link.tsx';
import { formatWhen, yourTime } from '../../shared/time/index.ts';
import { SwitchboardView } from './switchboard-view.tsx';
import { UnknownView } from './unknown-view.tsx';
import { WrapUpView } from './wrap-up-view.tsx';
import { NumberZoneContext } from './number-zone-context.ts';

interface Props {
  params: CardParams;
  /** The number's lookup made while the card loaded (with its session), if any. */
  initialLookup?: NumberLookup;
  onClose: () => void;
  /** Shown in the call panel itself: a call started here stays here. */
  inCallPanel?: boolean;
}

type Screen =
  | { kind: 'auto' }
  | { kind: 'file'; customerId: string }
  | { kind: 'call'; call: Call; notes?: string; dialUrl?: string }
  | { kind: 'wrapup'; call: Call; notes: string; dialUrl?: string };

/** What to show for a lookup when the user has not chosen anything yet. */
function initialScreen(lookup: NumberLookup): Screen {
  if (lookup.openCall) return { kind: 'call', call: lookup.openCall };
  const only = lookup.matches.length === 1 ? lookup.matches[0] : undefined;
  return only ? { kind: 'file', customerId: only.customer.id } : { kind: 'auto' };
}

export function CardApp({ params, initialLookup, onClose, inCallPanel = false }: Props) {
  const client = useClient();
  const lookup = useQuery((c) => c('customer/lookup', { e164: params.e164 }), [params.e164], 'fail_lookUpNumber', initialLookup);
  const [chosen, setChosen] = useState<Screen | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [wrappedUp, setWrappedUp] = useState<Call | undefined>(undefined);
  const [sidebarHint, setSidebarHint] = useState(false);
  // A call returned to (opened again, or in the call panel) can be dialled again as well.
  const redialUrl = useDialUrl(params.e164, params.ext);

  const start = useAction('fail_startCall', async (customerId?: string, overrideReason?: string) => {
    // First, while the click is still being handled: the browser opens the panel only then (call-panel.ts).
    const panel = inCallPanel ? Promise.resolve(false) : openCallPanel();
    setConfirmation(null);
    setWrappedUp(undefined);
    const { call, dialUrl } = await client('call/start', {
      e164: params.e164,
      ext: params.ext,
      customerId,
      foundOn: params.pageTitle,
      ...(overrideReason ? { overrideReason } : {}),
    });
    // The call lives in the panel from now on; where no panel opened, the card becomes the call view.
    if (await panel) return onClose();
    setSidebarHint(!inCallPanel && hasCallSidebar());
    setChosen({ kind: 'call', call, dialUrl });
  });

  if (!lookup.data) {
    return lookup.error ? (
      <div class="card-view" data-testid="view-error">
        <div class="card-topbar">
          <CloseButton onClose={onClose} />
        </div>
        <EmptyState title={t('cardLoadFailed')} actions={<Button onClick={() => void lookup.refresh()}>{t('tryAgain')}</Button>}>
          {lookup.error}
        </EmptyState>
      </div>
    ) : (
      <p class="card-loading" data-testid="loading" aria-busy="true">
        {t('lookingUp', params.raw)}
      </p>
    );
  }

  const data = lookup.data;
  const screen = chosen ?? initialScreen(data);
  const fileOf = (customerId?: string) => data.matches.find((m) => m.customer.id === customerId);
  const afterCall = async (call: Call, followUpAt: number | null) => {
    // The file is shown once it holds what the wrap-up stored (this call as the last one, the
    // follow-up, the call's commitments): "Call saved" never stands beside the call before it.
    await lookup.refresh();
    setConfirmation(followUpAt === null ? t('callSavedNoFollowUp') : t('callSavedFollowUp', yourTime(formatWhen(followUpAt, Date.now()))));
    setChosen(call.customerId ? { kind: 'file', customerId: call.customerId } : { kind: 'auto' });
    setWrappedUp(call);
  };

  const fileView = (file: CustomerFile) => (
    <FileView
      file={file}
      e164={params.e164}
      raw={params.raw}
      ext={params.ext}
      confirmation={confirmation}
      onClose={onClose}
      onCall={(overrideReason) => void start.run(file.customer.id, overrideReason)}
      onConfirm={setConfirmation}
      onChanged={lookup.refresh}
      wrappedUp={wrappedUp?.customerId === file.customer.id ? wrappedUp : undefined}
    />
  );

  const view = (() => {
    switch (screen.kind) {
      case 'call':
        return (
          <CallView
            call={screen.call}
            notes={screen.notes}
            raw={params.raw}
            customer={fileOf(screen.call.customerId)?.customer}
            dialUrl={screen.dialUrl ?? redialUrl}
            onClose={onClose}
            onEnd={(call, notes) => setChosen({ kind: 'wrapup', call, notes, dialUrl: screen.dialUrl })}
          />
        );
      case 'wrapup':
        return (
          <WrapUpView
            call={screen.call}
            raw={params.raw}
            notes={screen.notes}
            customer={fileOf(screen.call.customerId)?.customer}
            recentCalls={fileOf(screen.call.customerId)?.recentCalls}
            onClose={onClose}
            onBack={(call, notes) => setChosen({ kind: 'call', call, notes, dialUrl: screen.dialUrl })}
            onSaved={afterCall}
          />
        );
      case 'file': {
        const file = fileOf(screen.customerId);
        if (file) return fileView(file);
        break; // the customer no longer has this number: fall back to what the lookup says
      }
      case 'auto':
        break; // nothing chosen: what the lookup found decides, below
    }
    if (data.matches.length > 1) {
      return <SwitchboardView matches={data.matches} e164={params.e164} raw={params.raw} onClose={onClose} onPick={(customerId) => setChosen({ kind: 'file', customerId })} />;
    }
    if (data.matches[0]) return fileView(data.matches[0]);
    return (
      <UnknownView
        params={params}
        confirmation={confirmation}
        onClose={onClose}
        onCall={() => void start.run(undefined)}
        onCreated={async (customer) => {
          await lookup.refresh();
          setChosen({ kind: 'file', customerId: customer.id });
        }}
      />
    );
  })();

  return (
    <>
      <HandoffFrame />
      {start.error && (
        <div class="card-toast">
          <ErrorBanner message={start.error} onDismiss={start.clearError} testId="start-error" />
        </div>
      )}
      {sidebarHint && screen.kind === 'call' && (
        <p class="card-sidebar-hint" data-testid="sidebar-hint">
          {t('panelSidebarHint', SIDEBAR_KEYS)}
        </p>
      )}
      <NumberZoneContext.Provider value={data.numberZone}>{view}</NumberZoneContext.Provider>
    </>
  );
}
