/** Settings in the `settings` table, read through the shared migration, checked before they are written. */
import * as v from 'valibot';
import { knownRegion } from '../shared/phone.ts';
import { resolveRegion } from '../shared/phone-region.ts';
import { DEFAULT_SETTINGS, SettingsPatchSchema, migrateSettings, siteName, type Settings, type SettingsPatch } from '../shared/settings.ts';
import type { CallprepDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { t } from '../shared/i18n/messages.ts';

const KEY = 'settings';

export async function getSettings(db: CallprepDatabase): Promise<Settings> {
  const row = await db.settings.get(KEY);
  return row ? migrateSettings(row.value) : { ...DEFAULT_SETTINGS };
}

/** The patch as the settings schema has it (trimmed, upper-case region, site names), or a Refusal saying what is wrong. */
function checked(patch: SettingsPatch): SettingsPatch {
  const result = v.safeParse(SettingsPatchSchema, patch, { abortEarly: true });
  if (!result.success) throw new Refusal(`${result.issues[0].message}.`);
  return result.output;
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
  const site = siteName(hostname);
  if (!site) throw new Refusal(t('refuse_noSite'));
  return db.transaction('rw', db.settings, async () => {
    const others = (await getSettings(db)).disabledSites.filter((s) => s !== site);
    const { disabledSites = [] } = await updateSettings(db, { disabledSites: enabled ? others : [...others, site] });
    return disabledSites;
  });
}

export async function isSiteEnabled(db: CallprepDatabase, hostname: string): Promise<boolean> {
  return !(await getSettings(db)).disabledSites.includes(siteName(hostname));
}

/**
 * The region national numbers are read with in import and search: the same rule the pages read them
 * with (shared/phone-region.ts), from the user's setting and the browser's languages; "" when
 * neither names a region.
 */
export async function numberRegion(db: CallprepDatabase): Promise<string> {
  const { defaultCountry } = await getSettings(db);
  const languages = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator?.languages ?? [];
  return knownRegion(resolveRegion({ setting: defaultCountry, browserLanguages: languages })) ?? '';
}
