/**
 * The card page, shown in an iframe beside a clicked number. Reads its number from the URL, renders
 * the card, reports its height to the host page and asks to be closed on ✕ or Escape.
 */
import '../shared/theme.css';
import './card.css';
import { render } from 'preact';
import { cardParamsFromQuery } from '../../shared/card-frame.ts';
import { sendToBackground } from '../../shared/client.ts';
import { ClientProvider } from '../shared/client-context.tsx';
import { CardApp } from './card-app.tsx';
import { BadParams } from './bad-params.tsx';
import { browserCardStorage } from './browser-card-storage.ts';
import { CardStorageProvider } from './card-storage.tsx';
import { reportHeight, requestClose } from './host-messages.ts';

export function main(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const params = cardParamsFromQuery(location.search);
  const close = () => void requestClose();
  addEventListener('keydown', (e) => {
    // Fields that handle Escape themselves (cancelling an edit) mark the event as handled.
    if (e.key === 'Escape' && !e.defaultPrevented) void requestClose();
  });
  render(
    <ClientProvider client={sendToBackground}>
      <CardStorageProvider storage={browserCardStorage()}>{params ? <CardApp params={params} onClose={close} /> : <BadParams onClose={close} />}</CardStorageProvider>
    </ClientProvider>,
    root,
  );
  reportHeight(root);
}

main();
