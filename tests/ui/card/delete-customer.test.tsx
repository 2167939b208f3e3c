// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../../src/ui/card/card-app.tsx';
import { clickButton, type Rendered } from '../popup/support/render.tsx';
import { renderCard } from './support/render-card.tsx';
import { realBackend } from './support/real-backend.ts';
import { ada, lastCall, openConcern, overdueCommitment, params } from './support/samples.ts';

vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'));

const NOW = Date.UTC(2026, 10, 23, 20);
let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

async function openFile() {
  const backend = await realBackend({ customers: [ada], calls: [lastCall(NOW)], concerns: [openConcern(NOW)], commitments: [overdueCommitment(NOW)] });
  const onClose = vi.fn();
  ui = await renderCard(<CardApp params={params()} onClose={onClose} />, backend.client);
  await ui.waitFor(() => expect(ui?.$('[data-testid="view-file"]')).not.toBeNull());
  return { ui, backend, onClose };
}

const question = (r: Rendered) => r.$('[data-testid="delete-customer-question"]');

describe('deleting a customer from their card', () => {
  it('asks in the card, naming the customer and what goes with them; Cancel and Escape step back and delete nothing', async () => {
    const { ui, backend, onClose } = await openFile();
    await clickButton(ui, 'Delete customer…');
    await ui.waitFor(() => expect(question(ui)).not.toBeNull());
    expect(question(ui)?.textContent).toContain('Delete Ada Lovelace?');
    expect(question(ui)?.textContent).toContain('Their calls with all notes, concerns, commitments and follow-ups are deleted with them');
    expect(question(ui)?.textContent).toContain('shared address book and calendar');
    expect(document.activeElement).toBe(question(ui));
    await clickButton(ui, 'Cancel');
    await ui.waitFor(() => expect(question(ui)).toBeNull());

    await clickButton(ui, 'Delete customer…');
    await ui.waitFor(() => expect(question(ui)).not.toBeNull());
    question(ui)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await ui.waitFor(() => expect(question(ui)).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect(backend.sent('customer/delete')).toEqual([]);
    expect(await backend.db.customers.count()).toBe(1);
  });

  it('deletes on the named button: the card says so and shows the number as unknown', async () => {
    const { ui, backend } = await openFile();
    await clickButton(ui, 'Delete customer…');
    await ui.waitFor(() => expect(question(ui)).not.toBeNull());
    await clickButton(ui, 'Delete Ada Lovelace');
    await ui.waitFor(() => expect(ui.$('[data-testid="view-unknown"]')).not.toBeNull());
    expect(ui.$('[data-testid="confirmation"]')?.textContent).toContain('Ada Lovelace was deleted.');
    expect(backend.sent('customer/delete')).toEqual([{ id: 'ada' }]);
    expect({ customers: await backend.db.customers.count(), calls: await backend.db.calls.count(), concerns: await backend.db.concerns.count(), commitments: await backend.db.commitments.count() }).toEqual({ customers: 0, calls: 0, concerns: 0, commitments: 0 });
  });
});
