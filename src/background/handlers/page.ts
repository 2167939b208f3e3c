import { cardPlaceOf, getSettings, isSiteEnabled, setCardPlace, setSiteEnabled } from '../../db/settings-store.ts';
import type { pageMessages } from '../../shared/protocol/page.ts';
import { siteOfFrame } from '../../shared/site.ts';
import { closeCardInTopFrame, openCardInTopFrame } from '../card-relay.ts';
import type { BackgroundDeps } from '../deps.ts';
import { announcePageConfigChange } from '../page-broadcast.ts';
import type { HandlersOf } from './handlers-of.ts';

export const pageHandlers = ({ db }: BackgroundDeps): HandlersOf<typeof pageMessages> => ({
  'page/config': async (_none, { sender }) => ({
    enabled: await isSiteEnabled(db, siteOfFrame(sender)),
    defaultCountry: (await getSettings(db)).defaultCountry,
  }),
  'page/card-place': (_none, { sender }) => cardPlaceOf(db, siteOfFrame(sender)),
  'page/set-card-place': async ({ place }, { sender }) => {
    await setCardPlace(db, siteOfFrame(sender), place);
    return { saved: true as const };
  },
  'page/open-card-in-top': (params, { sender }) => openCardInTopFrame(params, sender),
  'page/close-card-in-top': (_none, { sender }) => closeCardInTopFrame(sender),
  // Open tabs on that site drop or bring back their marks at once: they are told to ask again.
  'site/set-enabled': async ({ hostname, enabled }) => {
    const disabledSites = await setSiteEnabled(db, hostname, enabled);
    announcePageConfigChange();
    return { disabledSites };
  },
});
