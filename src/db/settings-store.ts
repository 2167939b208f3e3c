/** Settings in the `settings` table, read through the shared migration, checked before they are written. */
import { isSupportedCountry } from 'libphonenumber-js';
import { DEFAULT_SETTINGS, isValidDialTemplate, isValidRegion, migrateSettings, type Settings } from '../shared/settings.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { t } from '../shared/i18n/messages.ts';

const KEY = 'settings';
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

export async function getSettings(db: CallprepDatabase): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return row ? migrateSettings(row.value) : { ...DEFAULT_SETTINGS };
}

const hostnameOf = (site: string) => site.trim().toLowerCase().replace(/\.$/, '');

function checked(patch: SettingsPatch): SettingsPatch {
  const out: SettingsPatch = {};
  if (patch.defaultCountry !== undefined) {
    const region = patch.defaultCountry.trim().toUpperCase();
    if (region && !(isValidRegion(region) && isSupportedCountry(region))) {
      throw new Refusal(`"${patch.defaultCountry}" is not a country code for phone numbers; use two letters like US or DE.`);
    }
    out.defaultCountry = region;
  }
  if (patch.dialTemplate !== undefined) {
    const template = patch.dialTemplate.trim();
    if (!isValidDialTemplate(template)) {
      throw new Refusal(t('refuse_dialTemplate'));
    }
    out.dialTemplate = template;
  }
  if (patch.disabledSites !== undefined) out.disabledSites = [...new Set(patch.disabledSites.map(hostnameOf).filter(Boolean))];
  return out;
}

export async function updateSettings(db: CallprepDatabase, patch: SettingsPatch): Promise<Settings> {
  const changes = checked(patch);
  return db.transaction('rw', db.settings, async () => {
    const next: Settings = { ...(await getSettings(db)), ...changes };
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

export async function setSiteEnabled(db: CallprepDatabase, hostname: string, enabled: boolean): Promise<string[]> {
  const site = hostnameOf(hostname);
  if (!site) throw new Refusal(t('refuse_noSite'));
  return db.transaction('rw', db.settings, async () => {
    const others = (await getSettings(db)).disabledSites.filter((s) => s !== site);
    const { disabledSites = [] } = await updateSettings(db, { disabledSites: enabled ? others : [...others, site] });
    return disabledSites;
  });
}

export async function isSiteEnabled(db: CallprepDatabase, hostname: string): Promise<boolean> {
  return !(await getSettings(db)).disabledSites.includes(hostnameOf(hostname));
}

/** The region national numbers are read with: the user's setting, else the browser's locale ("en-GB" → GB). */
export async function numberRegion(db: CallprepDatabase): Promise<string> {
  const { defaultCountry } = await getSettings(db);
  if (defaultCountry) return defaultCountry;
  const language = (globalThis as { navigator?: { language?: string } }).navigator?.language;
  try {
    const region = language ? new Intl.Locale(language).maximize().region : undefined;
    return region && isSupportedCountry(region) ? region : '';
  } catch (error) {
    if (error instanceof RangeError) return ''; // not a language tag
    throw error;
  }
}
