// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../../src/ui/card/card-app.tsx';
import { choose, typeInto, type Rendered } from '../popup/support/render.tsx';
import { renderCard } from './support/render-card.tsx';
import { realBackend } from './support/real-backend.ts';
import { params } from './support/samples.ts';

vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'));

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const value = (r: Rendered, testId: string) => r.$<HTMLInputElement>(`[data-testid="${testId}"]`)?.value;

async function openUnknown(pageTitle?: string, nearbyName?: string, nearbyCompany?: string) {
  const backend = await realBackend();
  ui = await renderCard(<CardApp params={params({ e164: '+442079460958', raw: '+44 20 7946 0958', pageTitle, nearbyName, nearbyCompany })} onClose={() => {}} />, backend.client);
  await ui.waitFor(() => expect(ui?.$('[data-testid="view-unknown"]')).not.toBeNull());
  return { ui, backend };
}

describe('unknown number', () => {
  it.each([
    // The title of a CRM page names the customer on screen, not this number's: never taken (issue 13).
    ['the row, on a page titled after another customer', 'Ada Lovelace · Contacts · Northwind CRM', 'Wardenclyffe Labs', 'Wardenclyffe Labs'],
    ['a page titled as a company, with no company by the number', 'Globex Corporation | Contact', undefined, ''],
    ['no title', undefined, 'Muster GmbH', 'Muster GmbH'],
  ])('prefills the create form from what the page shows with the number: %s', async (_case, pageTitle, nearbyCompany, company) => {
    const { ui } = await openUnknown(pageTitle, 'Grace Hopper', nearbyCompany);
    expect(ui.text()).toContain('No customer with this number');
    expect(value(ui, 'create-name')).toBe('Grace Hopper');
    expect(value(ui, 'create-number')).toBe('+442079460958');
    expect(value(ui, 'create-company')).toBe(company);
    expect(ui.$<HTMLTextAreaElement>('[data-testid="create-notes"]')?.value).toBe('');
  });

  it('asks for a name before creating, then shows the new file', async () => {
    const { ui, backend } = await openUnknown('Contacts', undefined, 'Globex Corporation');
    const submit = () => ui.$<HTMLButtonElement>('[data-testid="create-save"]')?.click();
    submit();
    await ui.waitFor(() => expect(ui.text()).toContain('Enter the customer’s name.'));
    expect(backend.sent('customer/create')).toHaveLength(0);

    const name = ui.$<HTMLInputElement>('[data-testid="create-name"]');
    const label = ui.$<HTMLSelectElement>('[data-testid="create-label"]');
    if (!name || !label) throw new Error('form incomplete');
    await typeInto(name, 'Hank Scorpio');
    await choose(label, 'switchboard');
    submit();
    await ui.waitFor(() => expect(ui.$('[data-testid="view-file"]')).not.toBeNull());
    expect(backend.sent('customer/create')).toEqual([
      { draft: { name: 'Hank Scorpio', company: 'Globex Corporation', emails: [], phones: [{ e164: '+442079460958', label: 'switchboard' }], notes: undefined } },
    ]);
    expect(ui.$('[data-testid="customer-name"]')?.textContent).toBe('Hank Scorpio');
  });

  it('can call without a customer', async () => {
    const { ui, backend } = await openUnknown();
    await ui.waitFor(() => expect(ui.$('[data-testid="call-anyway"]')?.getAttribute('href')).toBe('tel:+442079460958'));
    ui.$<HTMLAnchorElement>('[data-testid="call-anyway"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await ui.waitFor(() => expect(ui.$('[data-testid="view-call"]')).not.toBeNull());
    expect(backend.sent('call/start')).toEqual([{ e164: '+442079460958', ext: undefined, customerId: undefined }]);
    expect(ui.$('[data-testid="card-title"]')?.textContent).toBe('Unknown number');
  });
});
