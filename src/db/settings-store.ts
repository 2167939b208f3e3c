/** Settings in the `settings` table, read through the shared migration, checked before they are written. */
import * as v from 'valibot';
import { knownRegion } from '../shared/phone.ts';
import { resolveRegion } from '../shared/phone-region.ts';
import { CARD_PLACES_MAX, DEFAULT_SETTINGS, SettingsPatchSchema, migrateSettings, siteName, type CardPlace, type Settings, type SettingsPatch } from '../shared/settings.ts';
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

/** Where the user put the card on `hostname`, or null. */
export async function cardPlaceOf(db: CallprepDatabase, hostname: string): Promise<CardPlace | null> {
  const places = (await getSettings(db)).cardPlaces;
  const site = siteName(hostname);
  return Object.hasOwn(places, site) ? (places[site] ?? null) : null;
}

/** Keeps (or with null forgets) the card's place on `hostname`; the latest choice is last, the oldest goes first past the limit. */
export async function setCardPlace(db: CallprepDatabase, hostname: string, place: CardPlace | null): Promise<void> {
  const site = siteName(hostname);
  if (!site) throw new Refusal(t('refuse_noSite'));
  await db.transaction('rw', db.settings, async () => {
    const places = Object.entries((await getSettings(db)).cardPlaces).filter(([key]) => key !== site);
    if (place) places.push([site, place]);
    await updateSettings(db, { cardPlaces: Object.fromEntries(places.slice(-CARD_PLACES_MAX)) });
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
