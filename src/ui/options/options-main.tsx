/** Options page entry point: mounts the page with the extension's client. */
import { render } from 'preact';
import { sendToBackground } from '../../shared/client.ts';
import { ClientProvider } from '../shared/index.ts';
import '../shared/theme.css';
import './options.css';
import { OptionsApp } from './options-app.tsx';

export function main(): void {
  const root = document.getElementById('app');
  if (!root) throw new Error('options.html has no #app element');
  render(
    <ClientProvider client={sendToBackground}>
      <OptionsApp />
    </ClientProvider>,
    root,
  );
}

main();
