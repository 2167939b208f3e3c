/**
 * The background's side of sync: connecting an account, and what the popup and options page are
 * told about it. The sync itself runs in src/sync; ./sync-browser.ts wires this to the browser
 * (permissions, storage), and tests run it with their own.
 */
import { normalizeServerUrl, originPattern, type DavCredentials, type Discovery } from '../sync/account.ts';
import type { AccountStore } from '../sync/account-store.ts';
import { SyncProblemError, toSyncProblem } from '../sync/sync-problem.ts';
import { runSync, type SyncRunInput, type SyncRunReport } from '../sync/sync-run.ts';
import { pendingCount } from '../db/sync/outbox.ts';
import { numberRegion } from '../db/settings-store.ts';
import type { SyncDiscoveryView, SyncStatusView } from '../shared/protocol/sync.ts';
import type { BackgroundDeps } from './deps.ts';
import { t } from '../shared/i18n/messages.ts';

export interface SyncServiceDeps extends BackgroundDeps {
  accounts: AccountStore;
  /** Whether the user granted access to this origin pattern (optional_host_permissions). */
  hasOrigin: (pattern: string) => Promise<boolean>;
  discover: (credentials: DavCredentials) => Promise<Discovery>;
  /** The sync itself; tests pass one with their own fetch. */
  run?: (input: SyncRunInput) => Promise<SyncRunReport>;
  /** Told what a sync wrote here, after it committed (open cards, reminders). */
  onSynced?: (report: SyncRunReport) => Promise<void>;
  /** Keeps the worker awake while a sync runs; returns how to stop. */
  keepAwake?: () => () => void;
  /** Sets the periodic sync (an alarm) once connected. */
  armSchedule?: () => Promise<void>;
  /** Forgets what was synced with the account (outbox, server copies) at disconnect. */
  forgetSynced?: () => Promise<void>;
}

/** How long after a local change the sync starts: a few edits in a row travel together. */
export const SYNC_DEBOUNCE_MS = 2000;

const nameIn = (list: ReadonlyArray<{ url: string; name: string }>, url: string) => list.find((c) => c.url === url)?.name;

export class SyncService {
  private running = false;
  private current: Promise<SyncStatusView> | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly deps: SyncServiceDeps) {}

  /** Refuses before any request when the browser would not let the background reach the server. */
  private async checkAccess(...urls: string[]): Promise<void> {
    for (const url of urls) {
      if (!(await this.deps.hasOrigin(originPattern(url)))) {
        throw new SyncProblemError('no-permission', t('sync_noPermission', new URL(url).host));
      }
    }
  }

  async discover(input: DavCredentials): Promise<SyncDiscoveryView> {
    const serverUrl = normalizeServerUrl(input.serverUrl);
    await this.checkAccess(serverUrl);
    const found = await this.deps.discover({ ...input, serverUrl });
    if (found.addressBooks.length === 0 || found.calendars.length === 0) {
      throw new SyncProblemError('not-dav', found.addressBooks.length === 0 ? t('sync_noAddressBook') : t('sync_noTaskCalendar'));
    }
    return { serverUrl, ...found };
  }

  async connect(input: DavCredentials & { addressBookUrl: string; calendarUrl: string }): Promise<SyncStatusView> {
    const { serverUrl, addressBooks, calendars } = await this.discover(input);
    const book = nameIn(addressBooks, input.addressBookUrl);
    const calendar = nameIn(calendars, input.calendarUrl);
    if (!book || !calendar) throw new SyncProblemError('not-dav', t('sync_collectionGone'));
    // Collections may live on another host than the address typed (a DAV host behind a portal).
    await this.checkAccess(input.addressBookUrl, input.calendarUrl);
    await this.deps.accounts.connect({
      serverUrl,
      username: input.username,
      password: input.password,
      addressBookUrl: input.addressBookUrl,
      addressBookName: book,
      calendarUrl: input.calendarUrl,
      calendarName: calendar,
      connectedAt: this.deps.now(),
    });
    await this.deps.armSchedule?.();
    // The first sync starts now and runs on its own; the options page follows it by its status.
    this.soon(0);
    return this.status();
  }

  async disconnect(): Promise<SyncStatusView> {
    await this.current;
    await this.deps.accounts.disconnect();
    await this.deps.forgetSynced?.();
    return this.status();
  }

  /** A sync shortly, after a local change (several changes in a row make one sync). */
  soon(delayMs = SYNC_DEBOUNCE_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.runNow();
    }, delayMs);
  }

  /** Syncs now (one run at a time: a request during a run makes one more run after it). */
  runNow(): Promise<SyncStatusView> {
    if (this.current) {
      this.again = true;
      return this.current;
    }
    this.current = this.runOnce().finally(() => {
      this.current = undefined;
      if (this.again) {
        this.again = false;
        void this.runNow();
      }
    });
    return this.current;
  }

  private async runOnce(): Promise<SyncStatusView> {
    const account = await this.deps.accounts.account();
    if (!account) return this.status();
    const { db, now } = this.deps;
    const startedAt = now();
    this.running = true;
    const wake = this.deps.keepAwake?.();
    try {
      await this.checkAccess(account.addressBookUrl, account.calendarUrl);
      const report = await (this.deps.run ?? runSync)({ db, account, accounts: this.deps.accounts, region: await numberRegion(db), now });
      await this.deps.accounts.recordRun(() => ({ lastSuccessAt: now(), lastAttemptAt: startedAt }));
      await this.deps.onSynced?.(report);
    } catch (error) {
      // Every failure becomes the sentence the popup and options show; the outbox keeps its changes.
      const problem = toSyncProblem(error, t('sync_theCollections'));
      console.warn(`Callprep: sync failed (${problem.code})`, error);
      await this.deps.accounts.recordRun((state) => ({ ...state, lastAttemptAt: startedAt, problem: { code: problem.code, message: problem.message, at: now() } }));
    } finally {
      this.running = false;
      wake?.();
    }
    return this.status();
  }

  async status(): Promise<SyncStatusView> {
    const account = await this.deps.accounts.account();
    if (!account) return { connected: false, running: this.running };
    const run = await this.deps.accounts.runState();
    return {
      connected: true,
      serverUrl: account.serverUrl,
      username: account.username,
      addressBook: account.addressBookName,
      calendar: account.calendarName,
      running: this.running,
      pending: await pendingCount(this.deps.db),
      ...(run.lastSuccessAt !== undefined ? { lastSuccessAt: run.lastSuccessAt } : {}),
      ...(run.lastAttemptAt !== undefined ? { lastAttemptAt: run.lastAttemptAt } : {}),
      ...(run.problem ? { problem: run.problem } : {}),
    };
  }
}
