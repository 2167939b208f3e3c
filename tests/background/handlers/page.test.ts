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
const PUSH = { callprepPush: 1, type: 'page/config-changed' };
const ctx = { sender: {} };

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
    expect(await handlers['page/config']({ hostname: 'crm.example.com' }, ctx)).toEqual({ enabled: configEnabled, defaultCountry: '' });
  });

  it('asking for config tells no tab anything', async () => {
    await pageHandlers({ db: freshDb(), now: () => T0 })['page/config']({ hostname: 'crm.example.com' }, ctx);
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.browser.tabMessages).toEqual([]);
  });

  it('answers the popup even when no tab can be reached', async () => {
    fake.browser.tabsWithContentScript.clear();
    const handlers = pageHandlers({ db: freshDb(), now: () => T0 });
    expect(await handlers['site/set-enabled']({ hostname: 'crm.example.com', enabled: false }, ctx)).toEqual({ disabledSites: ['crm.example.com'] });
  });
});
