/**
 * The worker's one sync service, on the browser's permissions and the sync account database, and
 * what starts a sync: a local change (the outbox gets an entry; debounced), an alarm every few
 * minutes, the browser starting, "Sync now".
 */
import browser, { type Alarms } from 'webextension-polyfill';
import { AccountStore } from '../sync/account-store.ts';
import { discover } from '../sync/discover.ts';
import type { SyncRunReport } from '../sync/sync-run.ts';
import type { BackgroundDeps } from './deps.ts';
import { announceRecordChange, syncAnnouncements } from './record-changes.ts';
import { rearmAfterCommit } from './reminders.ts';
import { SyncService } from './sync-service.ts';

export const SYNC_ALARM = 'sync:periodic';
/** How often the server is asked for colleagues' changes. */
const SYNC_EVERY_MINUTES = 5;

/** The periodic sync alarm, set when missing (creating it again would restart its period). */
async function armSchedule(): Promise<void> {
  if (!(await browser.alarms.get(SYNC_ALARM))) await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_EVERY_MINUTES });
}

const services = new WeakMap<BackgroundDeps, SyncService>();

/** Open cards follow what a sync wrote; a follow-up pulled or moved gets its reminder. */
async function afterSync(deps: BackgroundDeps, report: SyncRunReport): Promise<void> {
  for (const change of syncAnnouncements(report.changed)) announceRecordChange(change);
  if (report.changed.some((c) => c.kind === 'followUp')) await rearmAfterCommit(deps);
}

/**
 * Chrome stops a service worker 30 s after its last event or extension call, also in the middle of
 * a fetch; a first sync of thousands of contacts takes longer. An extension call every 20 s keeps it.
 */
function keepAwake(): () => void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  return () => clearInterval(timer);
}

export function syncServiceOf(deps: BackgroundDeps): SyncService {
  let service = services.get(deps);
  if (!service) {
    service = new SyncService({
      ...deps,
      accounts: new AccountStore(),
      hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
      discover: (credentials) => discover(credentials),
      onSynced: (report) => afterSync(deps, report),
      keepAwake,
      armSchedule,
      forgetSynced: async () => {
        await browser.alarms.clear(SYNC_ALARM);
        await deps.db.transaction('rw', deps.db.outbox, deps.db.syncObjects, async () => {
          await deps.db.outbox.clear();
          await deps.db.syncObjects.clear();
        });
      },
    });
    services.set(deps, service);
  }
  return service;
}

/** What starts a sync. main() registers the browser's listeners and hands the sync's events here. */
export interface SyncTriggers {
  /** True when the alarm was the sync's. */
  onAlarm: (alarm: Alarms.Alarm) => boolean;
  onStartup: () => void;
}

export function startSyncTriggers(deps: BackgroundDeps, report: (what: string) => (error: unknown) => void): SyncTriggers {
  const sync = syncServiceOf(deps);
  deps.db.outbox.hook('creating', () => sync.soon());
  const connected = async () => (await sync.status()).connected;
  // A worker woken after an update or a crash sets the alarm again if it was lost.
  (async () => (await connected()) && (await armSchedule()))().catch(report('setting the sync alarm'));
  return {
    onAlarm: (alarm) => {
      if (alarm.name !== SYNC_ALARM) return false;
      sync.runNow().catch(report('sync'));
      return true;
    },
    onStartup: () =>
      void (async () => {
        if (!(await connected())) return;
        await armSchedule();
        await sync.runNow();
      })().catch(report('sync at browser start')),
  };
}
