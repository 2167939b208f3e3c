import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from './fake-browser.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('./fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

await import('../../src/background/main.ts');

const popup = { id: 'callprep-test', url: 'chrome-extension://callprep-test/src/ui/popup/popup.html' };
const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
const content = { id: 'callprep-test', url: 'https://crm.example.com/customers', tab, frameId: 0 };
const send = async (type: string, data: unknown, sender: object = popup) => {
  const [reply] = fake.browser.runtime.onMessage.fire({ callprep: 1, type, data }, sender);
  return reply;
};

describe('background main', () => {
  it('registers every listener when it starts', () => {
    for (const e of [fake.browser.runtime.onMessage, fake.browser.runtime.onInstalled, fake.browser.runtime.onStartup, fake.browser.alarms.onAlarm, fake.browser.notifications.onClicked, fake.browser.notifications.onButtonClicked, fake.browser.commands.onCommand, fake.browser.tabs.onRemoved]) {
      expect(e.listeners).toHaveLength(1);
    }
  });

  it('answers a card page only under a session Callprep opened for it (issue 9: any page can frame the card)', async () => {
    const framedByPage = { id: 'callprep-test', url: 'chrome-extension://callprep-test/src/ui/card/card.html?e164=%2B12127368410', tab, frameId: 5 };
    const refused = { ok: false, error: 'This card was not opened by Callprep. Click a phone number on the page to open it.' };
    expect(await send('customer/lookup', { e164: '+12127368410' }, framedByPage)).toEqual(refused);
    const grant = (await send('page/open-card-session', { e164: '+12127368410', raw: '(212) 736-8410' }, content)) as { data: { token: string } };
    const opened = { ...framedByPage, url: `chrome-extension://callprep-test/src/ui/card/card.html?session=${grant.data.token}` };
    expect(await send('card/claim-session', { token: grant.data.token }, opened)).toMatchObject({ ok: true, data: { params: { e164: '+12127368410' }, inPage: true } });
    const [reply] = fake.browser.runtime.onMessage.fire({ callprep: 1, type: 'customer/lookup', data: { e164: '+12127368410' }, session: grant.data.token }, opened);
    expect(await reply).toMatchObject({ ok: true, data: { e164: '+12127368410' } });
  });

  it('leaves messages that are not Callprep envelopes unanswered', () => {
    expect(fake.browser.runtime.onMessage.fire({ hello: 1 }, popup)).toEqual([undefined]);
  });

  it('answers the content script with the page config, and follows the per-site switch', async () => {
    expect(await send('page/config', { hostname: 'crm.example.com' }, content)).toEqual({ ok: true, data: { enabled: true, defaultCountry: '' } });
    expect(await send('site/set-enabled', { hostname: 'crm.example.com', enabled: false })).toEqual({ ok: true, data: { disabledSites: ['crm.example.com'] } });
    expect(await send('page/config', { hostname: 'crm.example.com' }, content)).toMatchObject({ data: { enabled: false } });
  });

  it('starts a call with the dial URL from the settings and refuses to close it without notes', async () => {
    await send('settings/update', { patch: { dialTemplate: 'https://pbx.example.com/dial?n={e164}&d={digits}', defaultCountry: 'US' } });
    const started = (await send('call/start', { e164: '+12127368410' })) as { ok: true; data: { call: { id: string }; dialUrl: string } };
    expect(started.data.dialUrl).toBe('https://pbx.example.com/dial?n=%2B12127368410&d=12127368410');
    const wrapUp = { callId: started.data.call.id, notes: '   ', outcome: 'connected', followUp: { dueAt: Date.now() + 1000, channel: 'phone', note: '' } };
    expect(await send('call/finish', wrapUp)).toEqual({ ok: false, error: 'Write what was said before closing the call: the notes are empty.' });
    expect(fake.browser.alarmsByName.size).toBe(0);
  });

  it('refuses to close a call with a follow-up in the past, whatever the card checked', async () => {
    const started = (await send('call/start', { e164: '+12127368499' })) as { ok: true; data: { call: { id: string } } };
    const wrapUp = { callId: started.data.call.id, notes: 'Wants a quote', outcome: 'connected', followUp: { dueAt: Date.now() - 60_000, channel: 'phone', note: '' } };
    expect(await send('call/finish', wrapUp)).toEqual({ ok: false, error: 'The follow-up must be in the future: pick a later date or time.' });
    expect(await send('call/get', { id: started.data.call.id })).toMatchObject({ ok: true, data: { status: 'open' } });
  });

  it('refuses an invalid setting with a clear message', async () => {
    expect(await send('settings/update', { patch: { defaultCountry: 'ZZ' } })).toMatchObject({ ok: false, error: expect.stringContaining('“ZZ” is not a country code') });
  });

  it('loads the samples twice without duplicating them and sets their reminders', async () => {
    const first = (await send('data/load-samples', {})) as { ok: true; data: { customers: number } };
    await send('data/load-samples', {});
    const all = (await send('customer/search', { query: '' })) as { data: unknown[] };
    expect(first.data.customers).toBeGreaterThanOrEqual(8);
    expect(all.data).toHaveLength(Math.min(20, first.data.customers));
    // One alarm, for the soonest sample follow-up.
    expect([...fake.browser.alarmsByName.keys()]).toEqual(['followups:next']);
  });
});
