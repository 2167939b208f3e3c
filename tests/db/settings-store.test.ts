import { describe, expect, it, vi } from 'vitest';
import { getSettings, isSiteEnabled, numberRegion, setSiteEnabled, updateSettings } from '../../src/db/settings-store.ts';
import { resolveRegion } from '../../src/shared/phone-region.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings.ts';
import { freshDb } from './fresh-db.ts';

describe('settings store', () => {
  it('starts from the defaults and keeps an update', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    await updateSettings(db, { defaultCountry: 'de', dialTemplate: ' sip:{e164}@pbx ' });
    expect(await getSettings(db)).toMatchObject({ defaultCountry: 'DE', dialTemplate: 'sip:{e164}@pbx' });
  });

  it.each([
    [{ defaultCountry: 'XX' }, 'not a country code'],
    [{ defaultCountry: 'USA' }, 'not a country code'],
    [{ dialTemplate: 'javascript:alert({e164})' }, 'dial template'],
    [{ dialTemplate: 'tel:1234' }, 'contain {e164}'],
  ])('refuses %o and keeps what was stored', async (patch, message) => {
    const db = freshDb();
    await expect(updateSettings(db, patch)).rejects.toThrow(message);
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces a broken stored value by its default', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'settings', value: { version: 1, defaultCountry: 42, dialTemplate: 'tel:{e164}', disabledSites: [] } });
    // The reset is told in the console, where a bug report will find it.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect((await getSettings(db)).defaultCountry).toBe('');
      expect(warn.mock.calls).toEqual([['Callprep: stored setting "defaultCountry" was invalid (must be a country code) and has been reset to its default.']]);
    } finally {
      warn.mockRestore();
    }
  });

  it('switches a site off and on again', async () => {
    const db = freshDb();
    expect(await setSiteEnabled(db, 'CRM.example.com', false)).toEqual(['crm.example.com']);
    expect(await isSiteEnabled(db, 'crm.example.com')).toBe(false);
    expect(await setSiteEnabled(db, 'crm.example.com', true)).toEqual([]);
    expect(await isSiteEnabled(db, 'crm.example.com')).toBe(true);
  });
});

describe('numberRegion', () => {
  it.each([
    ['US', 'de-DE', 'US'],
    ['', 'de-DE', 'DE'],
    ['', 'en-GB', 'GB'],
    ['', 'fr', 'FR'],
    ['', 'xx-invalid-', ''],
    // "en" and "es" name no one country: import and search read national numbers as pages do (issue 10).
    ['', 'en', ''],
    ['', 'es', ''],
  ])('setting %j with browser language %j reads numbers as %j', async (setting, language, region) => {
    const db = freshDb();
    if (setting) await updateSettings(db, { defaultCountry: setting });
    vi.stubGlobal('navigator', { language, languages: [language] });
    expect(await numberRegion(db)).toBe(region);
    // The same rule a page reads its numbers with, before the page's own lang.
    expect(resolveRegion({ setting, browserLanguages: [language] }) ?? '').toBe(region);
    vi.unstubAllGlobals();
  });
});
