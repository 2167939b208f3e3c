/** The worker's one sync service, on the browser's permissions and the sync account database. */
import browser from 'webextension-polyfill';
import { AccountStore } from '../sync/account-store.ts';
import { discover } from '../sync/discover.ts';
import type { BackgroundDeps } from './deps.ts';
import { SyncService } from './sync-service.ts';

const services = new WeakMap<BackgroundDeps, SyncService>();

export function syncServiceOf(deps: BackgroundDeps): SyncService {
  let service = services.get(deps);
  if (!service) {
    service = new SyncService({
      ...deps,
      accounts: new AccountStore(),
      hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      discover: (credentials) => discover(credentials),
    });
    services.set(deps, service);
  }
  return service;
}
