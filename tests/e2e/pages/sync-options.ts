/** The options page's sync section, with one method per thing a user does there. */
import { waitUntil, type TestPage } from '../support/driver.ts';

export interface SyncStatusShown {
  /** The whole status: "Last synced just now", "2 changes waiting to be sent", the problem. */
  text: string;
  running: boolean;
  pending: boolean;
  problem: string | null;
}

export class SyncOptions {
  constructor(readonly page: TestPage) {}

  /** Fills in the server and account and asks for the collections; waits for the list or an error. */
  async search(serverUrl: string, username: string, password: string): Promise<void> {
    await this.page.waitFor('[data-testid="sync-connect"]');
    await this.page.fill('[data-testid="sync-server"]', serverUrl);
    await this.page.fill('[data-testid="sync-user"]', username);
    await this.page.fill('[data-testid="sync-password"]', password);
    await this.page.click('[data-testid="sync-search"]');
    await this.page.waitForFunction(() => document.querySelector('[data-testid="sync-address-book"], [data-testid="sync-search-error"]') !== null, undefined, 30_000);
  }

  searchError = (): Promise<string | null> =>
    this.page.evaluate(() => document.querySelector('[data-testid="sync-search-error"]')?.textContent ?? null);

  async connect(addressBookUrl: string, calendarUrl: string): Promise<string> {
    await this.page.select('[data-testid="sync-address-book"]', addressBookUrl);
    await this.page.select('[data-testid="sync-calendar"]', calendarUrl);
    await this.page.click('[data-testid="sync-connect-button"]');
    await this.page.waitFor('[data-testid="sync-connected"]', 30_000);
    return this.page.text('[data-testid="sync-connected"]');
  }

  /** Presses "Sync now" and waits until the status line says the sync worked or what went wrong. */
  async syncNow(): Promise<string> {
    await this.page.click('[data-testid="sync-now"]');
    await this.page.waitForFunction(() => /Last synced|could not|refused|did not answer/i.test(document.querySelector('[data-testid="sync-status"]')?.textContent ?? ''), undefined, 60_000);
    return this.page.text('[data-testid="sync-status"]');
  }

  /** What the sync status shows now. */
  status = (): Promise<SyncStatusShown> =>
    this.page.evaluate(() => {
      const status = document.querySelector('[data-testid="sync-status"]');
      return {
        text: status?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        running: document.querySelector('[data-testid="sync-now"]')?.getAttribute('aria-busy') === 'true',
        pending: Boolean(status?.querySelector('[data-testid="sync-pending"]')),
        problem: status?.querySelector('[data-testid="sync-problem"]')?.textContent ?? null,
      };
    });

  /** Presses "Sync now" once and waits until that press's sync has ended (the button busy, then free again). */
  async pressSyncNow(timeoutMs = 60_000): Promise<SyncStatusShown> {
    await this.page.waitFor('[data-testid="sync-now"]:not([aria-busy="true"])', timeoutMs);
    await this.page.evaluate(() => {
      const w = window as unknown as { cpSawBusy?: boolean; cpBusyWatch?: MutationObserver };
      w.cpSawBusy = false;
      w.cpBusyWatch?.disconnect();
      w.cpBusyWatch = new MutationObserver(() => {
        if (document.querySelector('[data-testid="sync-now"][aria-busy="true"]')) w.cpSawBusy = true;
      });
      w.cpBusyWatch.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], childList: true });
    });
    await this.page.click('[data-testid="sync-now"]');
    await this.page.waitForFunction(
      () => (window as unknown as { cpSawBusy?: boolean }).cpSawBusy === true && !document.querySelector('[data-testid="sync-now"][aria-busy="true"]'),
      undefined,
      timeoutMs,
    );
    return this.status();
  }

  /**
   * Presses "Sync now" as a user does until a sync has run to its end: nothing waiting to be sent
   * and no problem, or (`'problem'`) a problem shown. A press while a sync already runs answers
   * with that run, so the user presses again once it ends. Returns what the status shows.
   */
  async syncUntil(outcome: 'sent' | 'problem', timeoutMs = 60_000): Promise<SyncStatusShown> {
    const done = (s: SyncStatusShown) => (outcome === 'problem' ? s.problem !== null : s.problem === null && !s.pending && /Last synced/.test(s.text));
    return waitUntil(() => this.pressSyncNow(timeoutMs), done, `a sync that ends ${outcome === 'sent' ? 'with nothing waiting' : 'with a problem shown'}`, timeoutMs);
  }
}
