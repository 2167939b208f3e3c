// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CardApp } from '../../../src/ui/card/card-app.tsx';
import { clickButton, typeInto, type Rendered } from '../popup/support/render.tsx';
import { renderCard } from './support/render-card.tsx';
import { realBackend } from './support/real-backend.ts';
import { ada, lastCall, openConcern, overdueCommitment, params } from './support/samples.ts';

vi.mock('webextension-polyfill', () => import('./support/fake-extension.ts'));

// Monday 23 November 2026; New York is UTC-5.
const nyTime = (hour: number, minute = 0, dayOffset = 0) => Date.UTC(2026, 10, 23 + dayOffset, hour + 5, minute);

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
  vi.useRealTimers();
});

async function openFile(now: number) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  const backend = await realBackend({ customers: [ada], calls: [lastCall(now)], concerns: [openConcern(now)], commitments: [overdueCommitment(now)] });
  ui = await renderCard(<CardApp params={params()} onClose={() => {}} />, backend.client);
  await ui.waitFor(() => expect(ui?.$('[data-testid="view-file"]')).not.toBeNull());
  return { ui, backend };
}

// The card writes times as the browser's locale does (en-US here: 12-hour); ICU's space before AM varies.
const text = (r: Rendered, testId: string) => r.$(`[data-testid="${testId}"]`)?.textContent?.trim().replace(/\s/gu, ' ');

describe('customer file', () => {
  it('shows who this is, the number as clicked, and what to know before calling', async () => {
    const { ui } = await openFile(nyTime(15));
    expect(text(ui, 'customer-name')).toBe('Ada Lovelace');
    expect(text(ui, 'customer-title')).toBe('Head of Procurement');
    expect(text(ui, 'customer-company')).toBe('Analytical Engines Ltd');
    expect(text(ui, 'number-raw')).toBe('(212) 736-8410');
    expect(text(ui, 'number-label')).toBe('Mobile');
    expect(text(ui, 'contact-local-time')).toBe('Mon 3:00 PM their time (New York)');
    expect(text(ui, 'last-call-notes')).toBe('Wants the renewal quote before Friday.');
    expect(text(ui, 'concern')).toContain('Invoice 1042 charged twice');
    expect(ui.$('[data-testid="commitment"]')?.className).toContain('overdue');
    expect(text(ui, 'commitment')).toContain('Overdue');
    expect(text(ui, 'customer-products')).toBe('Pro planSupport add-on');
    expect(text(ui, 'customer-service-level')).toBe('Gold');
    // The Call button is a real link to the softphone, built from the user's dial template.
    await ui.waitFor(() => expect(ui.$('[data-testid="call-button"]')?.getAttribute('href')).toBe('tel:+12127368410'));
  });

  it.each([
    ['inside best hours', nyTime(15), 'Good time until 5:00 PM their time (New York)', 'Inside their best hours'],
    ['lunch (a worst hour)', nyTime(12, 30), 'Not now — next good time Mon 1:00 PM their time (New York) (in 30 minutes)', '12:00 PM–1:00 PM is one of their worst hours'],
    ['evening', nyTime(19), 'Not now — next good time Tue 9:00 AM their time (New York) (in 14 hours)', 'Outside their best hours (9:00 AM–5:00 PM)'],
    ['Saturday', nyTime(10, 0, 5), 'Not now — next good time Mon 9:00 AM their time (New York) (in 2 days)', 'Saturday is not a best day'],
  ])('says whether now is a good time: %s', async (_case, now, verdict, reason) => {
    const { ui } = await openFile(now);
    expect(text(ui, 'good-time')).toBe(verdict);
    expect(text(ui, 'good-time-reason')).toBe(reason);
  });

  it('saves an edited name on Enter and leaves it alone on Escape', async () => {
    const { ui, backend } = await openFile(nyTime(15));
    await clickButton(ui, 'Ada Lovelace');
    const input = ui.$<HTMLInputElement>('[data-testid="customer-name-input"]');
    if (!input) throw new Error('no name editor');
    await typeInto(input, 'Ada King');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await ui.waitFor(() => expect(text(ui, 'customer-name')).toContain('Ada King'));
    expect(backend.sent('customer/update')).toEqual([{ id: 'ada', patch: { name: 'Ada King' }, base: { revision: 0, values: { name: 'Ada Lovelace' } } }]);
    expect(text(ui, 'customer-name')).toContain('Saved');

    await clickButton(ui, /^Head of Procurement/);
    const title = ui.$<HTMLInputElement>('[data-testid="customer-title-input"]');
    if (!title) throw new Error('no title editor');
    await typeInto(title, 'CEO');
    title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await ui.waitFor(() => expect(text(ui, 'customer-title')).toBe('Head of Procurement'));
    expect(backend.sent('customer/update')).toHaveLength(1);
  });

  it('refuses an invalid e-mail with a message and keeps the editor open', async () => {
    const { ui, backend } = await openFile(nyTime(15));
    await clickButton(ui, 'ada@engines.example');
    const input = ui.$<HTMLInputElement>('[data-testid="customer-emails-input"]');
    if (!input) throw new Error('no e-mail editor');
    await typeInto(input, 'ada@engines.example, not-an-address');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await ui.waitFor(() => expect(ui.text()).toContain('“not-an-address” is not an e-mail address'));
    expect(backend.sent('customer/update')).toHaveLength(0);
  });
});

describe('a card whose lookup came with its session', () => {
  it('shows the file before any answer of its own, then what changed meanwhile', async () => {
    const backend = await realBackend({ customers: [ada] });
    const madeWhileLoading = await backend.client('customer/lookup', { e164: params().e164 });
    await backend.db.customers.update(ada.id, { name: 'Ada King' });
    let answer = () => {};
    const held = new Promise<void>((release) => (answer = release));
    const client = ((type, data) => (type === 'customer/lookup' ? held.then(() => backend.client(type, data)) : backend.client(type, data))) as typeof backend.client;
    ui = await renderCard(<CardApp params={params()} initialLookup={madeWhileLoading} onClose={() => {}} />, client);
    expect(text(ui, 'customer-name')).toBe('Ada Lovelace');
    answer();
    await ui.waitFor(() => expect(text(ui!, 'customer-name')).toBe('Ada King'));
    expect(backend.sent('customer/lookup')).toHaveLength(2);
  });
});
