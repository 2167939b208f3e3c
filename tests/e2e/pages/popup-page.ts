/**
 * The toolbar popup, opened as a tab (a real toolbar popup cannot be driven in either browser):
 * `?site=` stands in for the active tab's hostname.
 */
import { DEFAULT_WAIT_MS, pollUntil, waitUntil, type TestBrowser, type TestPage } from '../support/driver.ts';
import { recordedDownloads, type RecordedDownload } from './download-recorder.ts';
import { activateOwnTab, extensionTabText, extensionTabUrls, loadExtensionPage } from './extension-page.ts';

/** The alarms API as an extension page sees it (alarms belong to the background, any page may list them). */
type AlarmsApi = { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } };

export { askBackground } from './extension-page.ts';

export const POPUP_PATH = 'src/ui/popup/popup.html';

export type FollowUpGroups = Record<'overdue' | 'today' | 'upcoming', string[]>;
export type SnoozeChoice = 'hour' | 'tomorrow' | 'good-time';

/** The snooze panel's choices as a user reads them: label and the time each lands on. */
export interface SnoozeMenu {
  choices: Array<{ label: string; at: string; disabled: boolean }>;
}

export class PopupPage {
  private constructor(
    readonly page: TestPage,
    private readonly browser: TestBrowser,
  ) {}

  static async open(browser: TestBrowser, site = 'crm.example.com'): Promise<PopupPage> {
    const popup = new PopupPage(await browser.newPage(), browser);
    await popup.reload(site);
    return popup;
  }

  async reload(site = 'crm.example.com'): Promise<void> {
    // Ready once it knows whether the database is empty: either the first-run panel or the search box.
    await loadExtensionPage(this.page, this.browser.extensionUrl(`${POPUP_PATH}?site=${encodeURIComponent(site)}`), '.pp-title', '[data-testid="first-run"], [data-testid="search"]');
  }

  isFirstRun = async (): Promise<boolean> => (await this.page.count('[data-testid="first-run"]')) > 0;

  async search(query: string): Promise<string[]> {
    await this.page.fill('[data-testid="search"]', query);
    // The answer for this query, not the previous one still on screen while it loads.
    const q = JSON.stringify(query);
    await this.page.waitFor(`[data-testid="search-results"][data-query=${q}][aria-busy="false"], [data-testid="search-none"][data-query=${q}]`);
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="search-result"] .pp-result__name')].map((e) => e.textContent ?? ''),
    );
  }

  /** Clicks a result and returns the URL of the card tab it opened. */
  async openResult(name: string): Promise<string> {
    const index = (await this.search(name)).indexOf(name);
    if (index < 0) throw new Error(`No search result "${name}"`);
    await this.page.click(`[data-testid="search-results"] li:nth-child(${index + 1}) [data-testid="search-result"]`);
    const url = await this.waitForTab('card.html');
    await activateOwnTab(this.page);
    return url;
  }

  /** The customer name the card opened in a tab shows, once it shows one (read through the extension's own views). */
  async cardTabCustomerName(timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const name = await extensionTabText(this.page, '/card.html', '[data-testid="customer-name"]');
      if (name) return name;
      if (Date.now() > deadline) throw new Error('The card tab shows no customer');
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  /** The URL of an extension page open in a tab whose URL contains `part`. */
  async waitForTab(part: string, timeoutMs = DEFAULT_WAIT_MS): Promise<string> {
    const urls = await waitUntil(() => extensionTabUrls(this.page), (open) => open.some((u) => u.includes(part)), `a tab with "${part}"`, timeoutMs);
    return urls.find((u) => u.includes(part))!;
  }

  async followUpGroups(): Promise<FollowUpGroups> {
    await this.page.waitFor('[data-testid="followups"]');
    return this.page.evaluate(() => {
      const names = (group: string) =>
        [...document.querySelectorAll(`[data-testid="group-${group}"] [data-testid="followup-who"]`)].map((e) => e.textContent ?? '');
      return { overdue: names('overdue'), today: names('today'), upcoming: names('upcoming') };
    });
  }

  /** What a follow-up's row says about now: their clock and the good-time verdict, or where it came from. */
  async moment(who: string): Promise<{ theirTime: string; goodTime: string; origin: string }> {
    return this.page.evaluate((name) => {
      const row = [...document.querySelectorAll('[data-testid="followup"]')].find((r) => r.querySelector('[data-testid="followup-who"]')?.textContent === name);
      const read = (id: string) => row?.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
      return { theirTime: read('followup-their-time'), goodTime: read('followup-good-time'), origin: read('followup-origin') };
    }, who);
  }

  /** Clicks Call on a follow-up's row (a user's click: the one that may open the call panel). */
  async callFrom(who: string): Promise<void> {
    await this.page.waitFor(`[data-testid="followup"] [data-testid="followup-call"][aria-label="Call ${who}"]`);
    await this.page.click(`[data-testid="followup"] [data-testid="followup-call"][aria-label="Call ${who}"]`);
  }

  async markDone(who: string): Promise<void> {
    await this.page.click(`button[aria-label="Mark done: ${who}"]`);
    await waitUntil(() => this.followUpGroups(), (groups) => !Object.values(groups).flat().includes(who), `${who} to leave the list after Done`);
  }

  /** Opens the Snooze panel under `who`'s follow-up and reads its choices. */
  async openSnooze(who: string): Promise<SnoozeMenu> {
    await this.page.click(`button[aria-label="Snooze: ${who}"]`);
    const menu = `[data-testid="snooze-menu"][aria-label="Snooze ${who} until"]`;
    await this.page.waitFor(menu);
    const choices = await this.page.evaluate(
      (selector) =>
        [...document.querySelectorAll<HTMLButtonElement>(`${selector as string} .pp-snooze__choice`)].map((b) => ({
          label: b.querySelector('.pp-snooze__label')?.textContent ?? '',
          at: b.querySelector('.pp-snooze__at')?.textContent ?? '',
          disabled: b.disabled,
        })),
      menu,
    );
    return { choices };
  }

  /** Picks a choice in the open panel and waits until the row has moved (its panel closes). */
  async snoozeTo(who: string, choice: SnoozeChoice): Promise<void> {
    await this.page.click(`[data-testid="snooze-${choice}"]`);
    await this.page.waitFor(`[data-testid="snooze-status"]:not(:empty)`);
    const status = await this.page.text('[data-testid="snooze-status"]');
    if (!status.startsWith(`${who} snoozed to`)) throw new Error(`Snoozing ${who} said "${status}"`);
  }

  /** The due time a follow-up's row shows: its machine-readable instant and the text ("Tue 24 Nov, 09:00"). */
  async dueShown(followUpId: string): Promise<{ group: string; iso: string; text: string }> {
    return this.page.evaluate((id) => {
      const row = document.querySelector(`[data-testid="followup"][data-id="${id as string}"]`);
      if (!row) throw new Error(`No row for follow-up ${id as string}`);
      return {
        group: row.closest('section')?.getAttribute('data-testid')?.replace('group-', '') ?? '',
        iso: row.querySelector('time')?.getAttribute('datetime') ?? '',
        text: (row.querySelector('[data-testid="followup-at"]')?.textContent ?? '').replace(/^ · /, ''),
      };
    }, followUpId);
  }

  /** When the background's one reminder alarm fires next (epoch ms), or null when none is set. */
  async reminderAlarm(): Promise<number | null> {
    return this.page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: AlarmsApi; chrome: AlarmsApi };
      const alarms = await (g.browser ?? g.chrome).alarms.getAll();
      return alarms.find((a) => a.name === 'followups:next')?.scheduledTime ?? null;
    });
  }

  /** Clicks an export button and returns every file saved so far on this page. */
  async exportNotes(format: 'csv' | 'json' | 'ics', expectedCount: number): Promise<RecordedDownload[]> {
    await this.page.click(`[data-testid="export-${format}"]`);
    return recordedDownloads(this.page, expectedCount);
  }

  async siteEnabled(): Promise<boolean> {
    // The switch appears once the settings and the active site are known.
    await this.page.waitFor('[data-testid="site-switch"] + .pp-switch__track');
    return this.page.evaluate(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement).checked);
  }

  async toggleSite(): Promise<void> {
    await this.page.waitFor('[data-testid="site-switch"] + .pp-switch__track');
    // The checkbox is visually hidden under its track: click the label, as a user does.
    await this.page.click('.pp-switch__label');
    await this.page.waitFor('[data-testid="site-reload"]');
  }

  async loadSamples(): Promise<void> {
    await this.page.click('[data-testid="first-run"] .cp-button--primary');
    await this.page.waitFor('[data-testid="search"]');
  }

  /** The popup's own 380 px column, as tall as its content (the browser caps a real popup near 600 px). */
  async screenshot(path: string): Promise<void> {
    const height = await this.page.evaluate(() => Math.min(document.body.scrollHeight, 600));
    await this.page.screenshot(path, { x: 0, y: 0, width: 380, height });
  }

  /** "Callprep could not run on this page: …" as the popup shows it for its site, once it does; null if it says nothing. */
  async pageProblem(timeoutMs = DEFAULT_WAIT_MS): Promise<string | null> {
    const read = () => this.page.evaluate(() => document.querySelector('[data-testid="page-problem"]')?.textContent ?? null);
    return pollUntil(read, (text) => text !== null, timeoutMs);
  }
}
