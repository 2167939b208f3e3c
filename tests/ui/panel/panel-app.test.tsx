// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../../src/ui/panel/panel-app.tsx';
import { RECORD_CHANGED_KEY } from '../../../src/shared/record-change.ts';
import type { Call } from '../../../src/shared/model.ts';
import type { Rendered } from '../popup/support/render.tsx';
import { renderCard } from '../card/support/render-card.tsx';
import { memoryStorage } from '../card/support/memory-storage.ts';
import { customerRecord, realBackend } from '../card/support/real-backend.ts';
import { ada } from '../card/support/samples.ts';

vi.mock('webextension-polyfill', () => import('../card/support/fake-extension.ts'));

let ui: Rendered | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const grace = customerRecord({ id: 'grace', name: 'Grace Hopper', phones: [{ e164: '+18884162273', label: 'direct' }] });
const openCall = (id: string, customerId: string, e164: string, startedAt: number, notes = ''): Call => ({ id, customerId, e164, startedAt, status: 'open', notes, revision: 1 });
const title = (r: Rendered) => r.$('[data-testid="view-call"] [data-testid="card-title"]')?.textContent;

describe('call panel', () => {
  it('says how a call gets here when none is open', async () => {
    const backend = await realBackend({ customers: [ada] });
    ui = await renderCard(<PanelApp onClose={() => {}} />, backend.client);
    await ui.waitFor(() => expect(ui?.$('[data-testid="panel-empty"]')?.textContent).toContain('No call in progress'));
  });

  it('shows the newest open call in the call view, its notes, and the others waiting for wrap-up', async () => {
    const now = Date.now();
    const backend = await realBackend({
      customers: [ada, grace],
      calls: [openCall('c-ada', 'ada', '+12127368410', now - 60_000, 'Quote before Friday'), openCall('c-grace', 'grace', '+18884162273', now - 3_600_000)],
    });
    ui = await renderCard(<PanelApp onClose={() => {}} />, backend.client);
    const r = ui;
    await r.waitFor(() => expect(title(r)).toBe('Ada Lovelace'));
    expect(r.$<HTMLTextAreaElement>('[data-testid="call-notes"]')?.value).toBe('Quote before Friday');
    expect(r.$('[data-testid="panel-waiting"]')?.textContent).toContain('Grace Hopper');
    r.$<HTMLButtonElement>('[data-testid="panel-show-call"]')?.click();
    await r.waitFor(() => expect(title(r)).toBe('Grace Hopper'));
    expect(r.$('[data-testid="panel-waiting"]')?.textContent).toContain('Ada Lovelace');
  });

  it('takes in a call started elsewhere as soon as the background announces it', async () => {
    const now = Date.now();
    const backend = await realBackend({ customers: [ada, grace], calls: [openCall('c-grace', 'grace', '+18884162273', now - 3_600_000)] });
    const storage = memoryStorage();
    ui = await renderCard(<PanelApp onClose={() => {}} />, backend.client, storage);
    const r = ui;
    await r.waitFor(() => expect(title(r)).toBe('Grace Hopper'));
    const { call } = await backend.client('call/start', { e164: '+12127368410' });
    await storage.set({ [RECORD_CHANGED_KEY]: { kind: 'call', id: call.id, revision: 1, at: Date.now() } });
    await r.waitFor(() => expect(title(r)).toBe('Ada Lovelace'));
  });
});
