// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { CardApp } from '../../../src/ui/card/card-app.tsx';
import { clickButton, type Rendered } from '../popup/support/render.tsx';
import { renderCard } from './support/render-card.tsx';
import { customerRecord, realBackend } from './support/real-backend.ts';
import { params } from './support/samples.ts';

vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'));

let ui: Rendered | undefined;
afterEach(() => ui?.unmount());

it('asks who is being called when a switchboard number has several customers, then opens that file', async () => {
  const board = [{ e164: '+18884162273', label: 'switchboard' as const }];
  const customers = [
    customerRecord({ id: 'a', name: 'Alice Arden', company: 'Initech', title: 'CFO', phones: board }),
    customerRecord({ id: 'b', name: 'Bob Brink', company: 'Initech', phones: board }),
  ];
  const backend = await realBackend({ customers });
  ui = await renderCard(<CardApp params={params({ e164: '+18884162273', raw: '1-888-416-2273' })} onClose={() => {}} />, backend.client);
  await ui.waitFor(() => expect(ui?.text()).toContain('This number belongs to 2 customers'));
  expect(ui.$$('[data-testid="switchboard-option"]').map((o) => o.textContent)).toEqual(['Alice ArdenCFO · InitechSwitchboard', 'Bob BrinkInitechSwitchboard']);
  await clickButton(ui, /^Bob Brink/);
  await ui.waitFor(() => expect(ui?.$('[data-testid="customer-name"]')?.textContent).toBe('Bob Brink'));
});
