import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser } from '../fake-browser.ts';
import { freshDb, T0 } from '../../db/fresh-db.ts';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as ReturnType<typeof createFakeBrowser> }));
vi.mock('webextension-polyfill', async () => {
  const { createFakeBrowser: create } = await import('../fake-browser.ts');
  fake.browser = create();
  return { default: fake.browser };
});

const { dataHandlers } = await import('../../../src/background/handlers/data.ts');
const ctx = { sender: {} };

beforeEach(() => {
  fake.browser.reset();
  fake.browser.tabIds.push(4, 9);
  for (const id of [4, 9]) fake.browser.tabsWithContentScript.add(id);
});

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('settings/update tells open tabs when pages read the change', () => {
  it.each<[string, number, Record<string, unknown>, Record<string, unknown>]>([
    ['a new default country', 2, { defaultCountry: 'de' }, { defaultCountry: 'DE' }],
    ['back to automatic', 2, { defaultCountry: '' }, { defaultCountry: '' }],
    ['the list of sites switched off (options page)', 2, { disabledSites: ['crm.example.com'] }, { disabledSites: ['crm.example.com'] }],
    ['only the dial template: pages do not use it', 0, { dialTemplate: 'sip:{e164}' }, { dialTemplate: 'sip:{e164}' }],
  ])('%s → %i tabs told', async (_name, told, patch, saved) => {
    const settings = await dataHandlers({ db: freshDb(), now: () => T0 })['settings/update']({ patch }, ctx);
    expect(settings).toMatchObject(saved);
    await settle();
    expect(fake.browser.tabMessages.map((m) => m.tabId)).toEqual([4, 9].slice(0, told));
  });

  it('a refused country tells no tab', async () => {
    await expect(dataHandlers({ db: freshDb(), now: () => T0 })['settings/update']({ patch: { defaultCountry: 'ZZ' } }, ctx)).rejects.toThrow('“ZZ” is not a country code');
    await settle();
    expect(fake.browser.tabMessages).toEqual([]);
  });
});
