/** Every message type's handler, one domain file each; the `Handlers` type makes sure none is missing. */
import browser from 'webextension-polyfill';
import { CardSessions } from '../card-sessions.ts';
import { lookupNumber } from '../../db/customer-file.ts';
import { LookupPrefetch } from '../lookup-prefetch.ts';
import type { BackgroundDeps } from '../deps.ts';
import type { Handlers } from '../router.ts';
import { backupHandlers } from './backup.ts';
import { callHandlers } from './call.ts';
import { cardHandlers } from './card.ts';
import { customerHandlers } from './customer.ts';
import { dataHandlers } from './data.ts';
import { detectHandlers } from './detect.ts';
import { diagnosticsHandlers } from './diagnostics.ts';
import { followUpHandlers } from './follow-up.ts';
import { importHandlers } from './import.ts';
import { pageHandlers } from './page.ts';
import { panelHandlers } from './panel.ts';
import { syncHandlers } from '../sync-handlers.ts';
import { syncServiceOf } from '../sync-browser.ts';

/** The card sessions kept where the background worker's restarts do not lose them (card-sessions.ts). */
export const browserCardSessions = (now: () => number): CardSessions => new CardSessions(browser.storage.session, now);

export const createHandlers = (deps: BackgroundDeps, cardSessions = browserCardSessions(deps.now)): Handlers => ({
  ...pageHandlers(deps),
  ...detectHandlers(),
  ...cardHandlers(cardSessions, new LookupPrefetch((e164) => lookupNumber(deps.db, e164))),
  ...customerHandlers(deps),
  ...callHandlers(deps),
  ...followUpHandlers(deps),
  ...dataHandlers(deps),
  ...backupHandlers(deps),
  ...importHandlers(deps),
  ...diagnosticsHandlers(deps),
  ...syncHandlers(syncServiceOf(deps)),
  ...panelHandlers(deps),
});
