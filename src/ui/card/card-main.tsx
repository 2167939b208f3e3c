/**
 * The card page, shown in an iframe beside a clicked number or in a tab the popup opened. It claims
 * the session its URL names (protocol/card.ts) and shows nothing without one; in a page it takes the
 * line its host hands over (host-messages.ts), and its buttons wait until it is really visible
 * (visibility-gate.ts). Escape and ✕ ask to close it.
 */
import '../shared/theme.css';
import './card.css';
import { render } from 'preact';
import { sessionTokenFromQuery } from '../../shared/card-frame.ts';
import { sendToBackground, sessionClient } from '../../shared/client.ts';
import type { CardSession } from '../../shared/protocol/index.ts';
import { ClientProvider } from '../shared/client-context.tsx';
import { ActionGate } from './action-gate.tsx';
import { CardApp } from './card-app.tsx';
import { listenForHostPort, requestClose, setCardCloser, type HostLink } from './host-messages.ts';
import { NoSessionView } from './no-session.tsx';
import { VisibilityGate } from './visibility-gate.ts';
import { visibilitySources, watchVisibility } from './watch-visibility.ts';
import { browserCardStorage } from './browser-card-storage.ts';
import { prepareCallPanel } from '../shared/call-panel.ts';
import { CardStorageProvider } from './card-storage.tsx';
import { ErrorBanner } from '../shared/error-banner.tsx';
import { describeError } from '../shared/describe-error.ts';

/** The session, or null for any reason (no token, not ours, not for this frame, no answer). */
async function claim(token: string | null): Promise<CardSession | null> {
  if (!token) return null;
  try {
    return await sendToBackground('card/claim-session', { token });
  } catch (error) {
    console.warn('Callprep: this card has no session', error);
    return null;
  }
}

export async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // Listening before anything is awaited: the host hands its port over as soon as the card loads.
  const hostPort = listenForHostPort(window);
  const token = sessionTokenFromQuery(location.search);
  const session = await claim(token);
  if (!session || !token) return render(<NoSessionView />, root);

  const gate = new VisibilityGate(visibilitySources(session.inPage));
  // In a page, the host's line: its verdicts feed the gate, and closing asks the host.
  let host: HostLink | undefined;
  const requestCheck = () => host?.requestCheck();
  if (session.inPage && session.key) {
    void hostPort(session.key).then((link) => {
      host = link;
      setCardCloser(link.close);
      link.onVisibility((visible) => gate.report('host', visible));
    });
  }
  watchVisibility(gate, document);
  prepareCallPanel();
  addEventListener('keydown', (e) => {
    // Fields that handle Escape themselves (cancelling an edit) mark the event as handled.
    if (e.key === 'Escape' && !e.defaultPrevented) void requestClose();
  });
  render(
    <ClientProvider client={sessionClient(token)}>
      <CardStorageProvider storage={browserCardStorage()}>
        <ActionGate gate={gate} requestCheck={session.inPage ? requestCheck : undefined}>
          <CardApp params={session.params} initialLookup={session.lookup} onClose={() => void requestClose()} />
        </ActionGate>
      </CardStorageProvider>
    </ClientProvider>,
    root,
  );
}

// A card that cannot start says why where the user looks, instead of staying blank.
main().catch((error: unknown) => {
  console.error('Callprep: the card could not start', error);
  const root = document.getElementById('app');
  if (root) render(<ErrorBanner message={describeError(error)} />, root);
});
