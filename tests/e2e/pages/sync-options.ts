/** The options page's sync section, with one method per thing a user does there. */
import type { TestPage } from '../support/driver.ts';

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
}
