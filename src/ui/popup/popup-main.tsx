/** Popup entry point: mounts the popup with the extension's client and the real browser around it. */
import { render } from 'preact';
import { sendToBackground } from '../../shared/client.ts';
import { ClientProvider } from '../shared/index.ts';
import '../shared/theme.css';
import './popup.css';
import { PopupApp } from './popup-app.tsx';
import { browserPopupEnv } from './browser-popup-env.ts';
import { prepareCallPanel } from '../shared/call-panel.ts';

export function main(): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('popup.html has no #app element');
  prepareCallPanel();
  render(
    <ClientProvider client={sendToBackground}>
      <PopupApp env={browserPopupEnv()} />
    </ClientProvider>,
    root,
  );
}

main();
