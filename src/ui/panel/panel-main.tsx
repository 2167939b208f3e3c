/**
 * The call panel's entry point (Chrome's side panel, Firefox's sidebar: shared/call-panel-page.ts).
 * An extension page no web page can frame (it is not web-accessible), so it talks to the background
 * with the extension's own client, as the popup does, and needs no card session.
 */
import '../shared/theme.css';
import '../card/card.css';
import './panel.css';
import { render } from 'preact';
import { sendToBackground } from '../../shared/client.ts';
import { ClientProvider } from '../shared/client-context.tsx';
import { prepareCallPanel, closeCallPanel } from '../shared/call-panel.ts';
import { browserCardStorage } from '../card/browser-card-storage.ts';
import { CardStorageProvider } from '../card/card-storage.tsx';
import { PanelApp } from './panel-app.tsx';

export function main(): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('panel.html has no #app element');
  prepareCallPanel();
  render(
    <ClientProvider client={sendToBackground}>
      <CardStorageProvider storage={browserCardStorage()}>
        <PanelApp onClose={closeCallPanel} />
      </CardStorageProvider>
    </ClientProvider>,
    root,
  );
}

main();
