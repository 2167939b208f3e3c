import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../fake-browser.ts';
import { freshDb, T0 } from '../../db/fresh-db.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('../fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

const { pageHandlers } = await import('../../../src/background/handlers/page.ts');
const { createRouter } = await import('../../../src/background/router.ts');
const { createHandlers } = await import('../../../src/background/handlers/index.ts');
const PUSH = { callprepPush: 1, type: 'page/config-changed' };
const ctx = { sender: {} };
const tab = { id: 1, index: 0, highlighted: false, active: true, pinned: false, incognito: false };
/** A content script in a frame showing `url` (and, for about:blank and the like, the origin it inherited). */
const frameAt = (url: string, origin?: string) => ({ sender: { id: 'callprep-test', url, origin, tab, frameId: 0 } });

beforeEach(() => {
  fake.browser.reset();
  fake.browser.tabIds.push(1, 2, 3);
  for (const id of [1, 3]) fake.browser.tabsWithContentScript.add(id);
});

describe('per-site switch', () => {
  it.each([
    ['switched off', false, ['crm.example.com'], false],
    ['switched (back) on', true, [], true],
  ])('%s: the site answers accordingly and every open tab with our script is told', async (_name, enabled, disabledSites, configEnabled) => {
    const handlers = pageHandlers({ db: freshDb(), now: () => T0 });
    expect(await handlers['site/set-enabled']({ hostname: 'CRM.example.com', enabled }, ctx)).toEqual({ disabledSites });
    await vi.waitFor(() => expect(fake.browser.tabMessages).toEqual([{ tabId: 1, message: PUSH }, { tabId: 3, message: PUSH }]));
    expect(await handlers['page/config']({}, frameAt('https://crm.example.com/contacts/7'))).toEqual({ enabled: configEnabled, defaultCountry: '' });
  });

  it('asking for config tells no tab anything', async () => {
    await pageHandlers({ db: freshDb(), now: () => T0 })['page/config']({}, frameAt('https://crm.example.com/'));
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.browser.tabMessages).toEqual([]);
  });

  it('answers the popup even when no tab can be reached', async () => {
    fake.browser.tabsWithContentScript.clear();
    const handlers = pageHandlers({ db: freshDb(), now: () => T0 });
    expect(await handlers['site/set-enabled']({ hostname: 'crm.example.com', enabled: false }, ctx)).toEqual({ disabledSites: ['crm.example.com'] });
  });
});

describe('page/config answers for the asking frame\'s own site', () => {
  const switchedOff = async () => {
    const db = freshDb();
    const handlers = pageHandlers({ db, now: () => T0 });
    await handlers['site/set-enabled']({ hostname: 'crm.example.com', enabled: false }, ctx);
    return createRouter(createHandlers({ db, now: () => T0 }), fake.browser.runtime.getURL(''), fake.browser.runtime.id);
  };
  const ask = (data: unknown) => ({ callprep: 1, type: 'page/config', data });

  it.each([
    ['a page on the switched-off site', frameAt('https://crm.example.com/contacts/7'), false],
    ['an about:blank frame that site made (its origin)', frameAt('about:blank', 'https://crm.example.com'), false],
    ['a blob: frame of that site', frameAt('blob:https://crm.example.com/5d1f7a4e'), false],
    ['a page on another site', frameAt('https://other.example/'), true],
  ])('%s', async (_name, { sender }, enabled) => {
    const route = await switchedOff();
    expect(await route(ask({}), sender)).toEqual({ ok: true, data: { enabled, defaultCountry: '' } });
  });

  it('a host name in the request changes nothing: a page cannot ask about another site', async () => {
    const route = await switchedOff();
    // Attack from issue 9: a frame on another site asking for the switched-off one, and the reverse.
    expect(await route(ask({ hostname: 'crm.example.com' }), frameAt('https://other.example/').sender)).toEqual({ ok: true, data: { enabled: true, defaultCountry: '' } });
    expect(await route(ask({ hostname: 'other.example' }), frameAt('https://crm.example.com/').sender)).toEqual({ ok: true, data: { enabled: false, defaultCountry: '' } });
  });
});

describe('where the card opens on a site (the user docked or dragged it)', () => {
  it('keeps the choice for the asking frame’s site only, and forgets it on null', async () => {
    const handlers = pageHandlers({ db: freshDb(), now: () => T0 });
    const crm = frameAt('https://crm.example.com/contacts/7');
    const mail = frameAt('https://mail.example.com/inbox');
    expect(await handlers['page/card-place']({}, crm)).toBeNull();
    await handlers['page/set-card-place']({ place: { docked: true } }, crm);
    await handlers['page/set-card-place']({ place: { left: 40, top: 120 } }, mail);
    expect(await handlers['page/card-place']({}, frameAt('https://CRM.example.com/deals'))).toEqual({ docked: true });
    expect(await handlers['page/card-place']({}, mail)).toEqual({ left: 40, top: 120 });
    await handlers['page/set-card-place']({ place: null }, crm);
    expect(await handlers['page/card-place']({}, crm)).toBeNull();
    expect(await handlers['page/card-place']({}, mail)).toEqual({ left: 40, top: 120 });
  });

  it('is asked for by content scripts only, with a place the schema allows', async () => {
    const route = createRouter(createHandlers({ db: freshDb(), now: () => T0 }), 'chrome-extension://x/', 'callprep-test');
    const send = (data: unknown) => route({ callprep: 1, type: 'page/set-card-place', data }, frameAt('https://crm.example.com/').sender as never);
    expect(await send({ place: { left: -5, top: 10 } })).toMatchObject({ ok: false });
    expect(await send({ place: { docked: true, left: 3 } })).toMatchObject({ ok: false });
    expect(await send({ place: { left: 5, top: 10 } })).toMatchObject({ ok: true });
    const fromPopup = await route({ callprep: 1, type: 'page/set-card-place', data: { place: null } }, { id: 'callprep-test', url: 'chrome-extension://x/popup.html' } as never);
    expect(fromPopup).toMatchObject({ ok: false });
  });
});
