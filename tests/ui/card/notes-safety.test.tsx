// @vitest-environment happy-dom
/**
 * Issue 9, "nothing typed is lost", through the whole stack but the browser: card views in happy-dom,
 * the real client, background router and handlers, Dexie on fake-indexeddb, and storage.local from
 * the fake browser (shared by all cards, as the real one is by all tabs).
 */
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../src/shared/client.ts';
import { createFakeBrowser } from '../../background/fake-browser.ts';
import { clickButton, typeInto, type Rendered } from '../popup/support/render.tsx';
import { params } from './support/samples.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('../../background/fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

await import('../../../src/background/main.ts');
// Cards here talk as an extension page of their own: what they may ask under which session is
// tests/background/card-sessions.test.ts's subject; this file's is what happens to the notes.
fake.browser.runtime.sender.url = fake.browser.runtime.getURL('src/ui/options/options.html');
const { sendToBackground } = await import('../../../src/shared/client.ts');
const { browserCardStorage } = await import('../../../src/ui/card/browser-card-storage.ts');
const { CardStorageProvider } = await import('../../../src/ui/card/card-storage.tsx');
const { CardApp } = await import('../../../src/ui/card/card-app.tsx');
const { render } = await import('../popup/support/render.tsx');
const { NOTICES } = await import('../../../src/ui/card/notes-sync.ts');
const { t } = await import('../../../src/shared/i18n/messages.ts');

const opened: Rendered[] = [];
afterEach(() => {
  opened.splice(0).forEach((card) => card.unmount());
});

/** A card for this number, as a tab shows it: its own root, the shared storage.local. */
async function openCard(e164: string, client: Client = sendToBackground): Promise<Rendered> {
  const card = await render(
    <CardStorageProvider storage={browserCardStorage()}>
      <CardApp params={params({ e164, raw: e164 })} onClose={() => {}} />
    </CardStorageProvider>,
    client,
  );
  opened.push(card);
  return card;
}

const $ = <E extends Element = HTMLElement>(card: Rendered, testId: string): E => {
  const found = card.$<E>(`[data-testid="${testId}"]`);
  if (!found) throw new Error(`No ${testId} in: ${card.text()}`);
  return found;
};
const notesOf = (card: Rendered) => $<HTMLTextAreaElement>(card, 'call-notes').value;
const blur = (card: Rendered) => act(() => void $(card, 'call-notes').dispatchEvent(new FocusEvent('blur')));
const stored = async (e164: string) => (await sendToBackground('customer/lookup', { e164 })).openCall?.notes;

async function onCall(e164: string, ...cards: Rendered[]) {
  for (const card of cards) await card.waitFor(() => $(card, 'view-call'));
}

describe('two tabs on one call', () => {
  it('keeps both texts typed at once, and both cards show them', async () => {
    const e164 = '+12025550101';
    await sendToBackground('call/start', { e164 });
    const [one, two] = [await openCard(e164), await openCard(e164)];
    await onCall(e164, one, two);
    // Both type before either has saved: each save starts from the same, empty notes.
    await typeInto($(one, 'call-notes'), 'Alpha from tab one.');
    await typeInto($(two, 'call-notes'), 'Bravo from tab two.');
    await blur(one);
    await blur(two);
    const both = 'Alpha from tab one. Bravo from tab two.';
    await one.waitFor(() => expect(notesOf(one)).toBe(both));
    await two.waitFor(() => expect(notesOf(two)).toBe(both));
    expect(await stored(e164)).toBe(both);
    await two.waitFor(() => expect($(two, 'notes-status').dataset.status).toBe('saved'));
    expect(two.text()).toContain(t(NOTICES.merged));
  });

  it('shows the other tab’s notes in a card that is only reading', async () => {
    const e164 = '+12025550102';
    await sendToBackground('call/start', { e164 });
    const [one, two] = [await openCard(e164), await openCard(e164)];
    await onCall(e164, one, two);
    await typeInto($(one, 'call-notes'), 'Wants 45 seats.');
    await blur(one);
    await two.waitFor(() => expect(notesOf(two)).toBe('Wants 45 seats.'));
    expect(two.text()).toContain(t(NOTICES.updated));
  });
});

describe('typing the background never received', () => {
  it('is kept at each keystroke and sent again when the call is opened next (tab closed, browser killed)', async () => {
    const e164 = '+12025550103';
    await sendToBackground('call/start', { e164 });
    // The save of this card never arrives: the browser died with it.
    const dying: Client = (type, data) => (type === 'call/save-notes' ? new Promise(() => {}) : sendToBackground(type, data));
    const first = await openCard(e164, dying);
    await onCall(e164, first);
    await typeInto($(first, 'call-notes'), 'Refund confirmed for invoice 4471.');
    await blur(first);
    first.unmount();
    opened.splice(opened.indexOf(first), 1);
    expect(await stored(e164)).toBe('');

    const again = await openCard(e164);
    await onCall(e164, again);
    await again.waitFor(() => expect(notesOf(again)).toBe('Refund confirmed for invoice 4471.'));
    expect(again.text()).toContain(t(NOTICES.recovered));
    expect(await stored(e164)).toBe('Refund confirmed for invoice 4471.');
    // Once saved, the copy on this device is gone: nothing is sent twice next time.
    await again.waitFor(() => expect([...fake.browser.stored.keys()].filter((k) => k.startsWith('callprep:draft:'))).toEqual([]));
  });
});

describe('a customer edited in two tabs', () => {
  it('refuses the second edit of the same field, showing the value now and keeping what was typed', async () => {
    const e164 = '+12025550104';
    await sendToBackground('customer/create', { draft: { name: 'Grace Hopper', title: 'Commodore', phones: [{ e164, label: 'direct' }] } });
    const [one, two] = [await openCard(e164), await openCard(e164)];
    for (const card of [one, two]) await card.waitFor(() => $(card, 'view-file'));
    // Tab two starts editing the title; meanwhile another tab (its card not shown here) saves another title.
    await clickButton(two, /^Commodore/);
    const input = $<HTMLInputElement>(two, 'customer-title-input');
    await typeInto(input, 'Rear Admiral');
    const [grace] = (await sendToBackground('customer/lookup', { e164 })).matches;
    const seen = grace!.customer;
    await sendToBackground('customer/update', { id: seen.id, patch: { title: 'Professor' }, base: { revision: seen.revision ?? 0, values: { title: seen.title } } });
    // A card that only shows the customer follows at once.
    await one.waitFor(() => expect($(one, 'customer-title').textContent).toContain('Professor'));

    await act(() => void input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await two.waitFor(() => expect(two.text()).toContain('Changed in another tab while you were editing: the title is now "Professor" (yours: "Rear Admiral")'));
    expect($<HTMLInputElement>(two, 'customer-title-input').value).toBe('Rear Admiral');
    // Saving again from what is stored now replaces it, as the message says.
    await act(() => void $(two, 'customer-title-input').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await one.waitFor(() => expect($(one, 'customer-title').textContent).toContain('Rear Admiral'));
  });
});
