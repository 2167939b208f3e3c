/**
 * The background's side of sync: connecting an account, and what the popup and options page are
 * told about it. The sync itself runs in src/sync; ./sync-browser.ts wires this to the browser
 * (permissions, storage), and tests run it with their own.
 */
import { normalizeServerUrl, originPattern, type DavCredentials, type Discovery } from '../sync/account.ts';
import type { AccountStore } from '../sync/account-store.ts';
import { SyncProblemError } from '../sync/sync-problem.ts';
import type { SyncDiscoveryView, SyncStatusView } from '../shared/protocol/sync.ts';
import type { BackgroundDeps } from './deps.ts';
import { t } from '../shared/i18n/messages.ts';

export interface SyncServiceDeps extends BackgroundDeps {
  accounts: AccountStore;
  /** Whether the user granted access to this origin pattern (optional_host_permissions). */
  hasOrigin: (pattern: string) => Promise<boolean>;
  discover: (credentials: DavCredentials) => Promise<Discovery>;
}

const nameIn = (list: ReadonlyArray<{ url: string; name: string }>, url: string) => list.find((c) => c.url === url)?.name;

export class SyncService {
  private running = false;

  constructor(readonly deps: SyncServiceDeps) {}

  /** Refuses before any request when the browser would not let the background reach the server. */
  private async checkAccess(...urls: string[]): Promise<void> {
    for (const url of urls) {
      if (!(await this.deps.hasOrigin(originPattern(url)))) {
        throw new SyncProblemError('no-permission', `Callprep may not reach ${new URL(url).host}: allow it when the browser asks (click Connect again), or under the extension's site access.`);
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
    return this.status();
  }

  async disconnect(): Promise<SyncStatusView> {
    await this.deps.accounts.disconnect();
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
      ...(run.lastSuccessAt !== undefined ? { lastSuccessAt: run.lastSuccessAt } : {}),
      ...(run.lastAttemptAt !== undefined ? { lastAttemptAt: run.lastAttemptAt } : {}),
      ...(run.problem ? { problem: run.problem } : {}),
    };
  }
}
