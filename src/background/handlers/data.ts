import { getSettings, updateSettings } from '../../db/settings-store.ts';
import type { SettingsPatch } from '../../shared/settings.ts';
import type { dataMessages } from '../../shared/protocol/data.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announcePageConfigChange } from '../page-broadcast.ts';
import type { HandlersOf } from './handlers-of.ts';

/** The settings open pages read through `page/config`: a change to one is pushed to every tab. */
const PAGE_SETTINGS = ['defaultCountry', 'disabledSites'] as const satisfies ReadonlyArray<keyof SettingsPatch>;

export const dataHandlers = ({ db }: BackgroundDeps): HandlersOf<typeof dataMessages> => ({
  'settings/get': () => getSettings(db),
  'settings/update': async ({ patch }) => {
    const settings = await updateSettings(db, patch);
    if (PAGE_SETTINGS.some((key) => patch[key] !== undefined)) announcePageConfigChange();
    return settings;
  },
});
