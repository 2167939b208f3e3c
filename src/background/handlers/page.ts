import { getSettings, isSiteEnabled, setSiteEnabled } from '../../db/settings-store.ts';
import type { pageMessages } from '../../shared/protocol/page.ts';
import type { BackgroundDeps } from '../deps.ts';
import type { HandlersOf } from './handlers-of.ts';

export const pageHandlers = ({ db }: BackgroundDeps): HandlersOf<typeof pageMessages> => ({
  'page/config': async ({ hostname }) => ({
    enabled: await isSiteEnabled(db, hostname),
    defaultCountry: (await getSettings(db)).defaultCountry,
  }),
  // Content scripts already running on that site pick the change up on their next page load.
  'site/set-enabled': async ({ hostname, enabled }) => ({ disabledSites: await setSiteEnabled(db, hostname, enabled) }),
});
