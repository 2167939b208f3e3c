/** The options page (a full tab), with one method per thing a user does there. */
import type { TestBrowser, TestPage } from '../support/driver.ts';
import { recordDownloads, recordedDownloads, type RecordedDownload } from './download-recorder.ts';

export const OPTIONS_PATH = 'src/ui/options/options.html';

export class OptionsPage {
  private constructor(
    readonly page: TestPage,
    private readonly browser: TestBrowser,
  ) {}

  static async open(browser: TestBrowser, hash = ''): Promise<OptionsPage> {
    const options = new OptionsPage(await browser.newPage(), browser);
    await options.reload(hash);
    return options;
  }

  async reload(hash = ''): Promise<void> {
    await this.page.goto(this.browser.extensionUrl(`${OPTIONS_PATH}${hash}`));
    // The calling section renders once the settings have arrived from the background.
    await this.page.waitFor('[data-testid="dial-preset"]');
    await recordDownloads(this.page);
  }

  /** Returns the confirmation the page shows. */
  async loadSamples(): Promise<string> {
    await this.page.click('[data-testid="load-samples"]');
    await this.page.waitFor('[data-testid="samples-loaded"]');
    return this.page.text('[data-testid="samples-loaded"]');
  }

  async chooseDialPreset(value: string): Promise<void> {
    await this.page.select('[data-testid="dial-preset"]', value);
  }

  /** Types a custom template; returns the inline error, or null when the template is accepted. */
  async typeCustomTemplate(template: string): Promise<string | null> {
    await this.chooseDialPreset('custom');
    await this.page.fill('[data-testid="dial-custom"]', template);
    return this.page.evaluate(
      () => document.querySelector('[data-testid="dial-template"] .cp-field__error')?.textContent ?? null,
    );
  }

  async saveCustomTemplate(): Promise<string> {
    await this.page.click('[data-testid="dial-save"]');
    await this.page.waitFor('[data-testid="dial-saved"]');
    return this.page.text('[data-testid="dial-saved"]');
  }

  dialExample = (): Promise<string> => this.page.text('[data-testid="dial-example"]');

  selectedPreset = (): Promise<string> =>
    this.page.evaluate(() => (document.querySelector('[data-testid="dial-preset"]') as HTMLSelectElement).value);

  disabledSites = (): Promise<string[]> =>
    this.page.evaluate(() => [...document.querySelectorAll('[data-testid="disabled-site"] .cp-mono')].map((e) => e.textContent ?? ''));

  async turnSiteBackOn(site: string): Promise<void> {
    await this.page.click(`button[aria-label="Turn back on for ${site}"]`);
    const deadline = Date.now() + 10_000;
    while ((await this.disabledSites()).includes(site)) {
      if (Date.now() > deadline) throw new Error(`${site} is still listed`);
      await new Promise((ok) => setTimeout(ok, 50));
    }
  }

  async exportNotes(format: 'csv' | 'json' | 'ics', expectedCount: number): Promise<RecordedDownload[]> {
    await this.page.click(`[data-testid="section-export"] [data-testid="export-${format}"]`);
    return recordedDownloads(this.page, expectedCount);
  }

  async downloadBackup(expectedCount: number): Promise<RecordedDownload[]> {
    await this.page.click('[data-testid="backup-export"]');
    return recordedDownloads(this.page, expectedCount);
  }

  /** The window scrolled to the section with this anchor (or the top). */
  async screenshot(path: string, anchor?: string): Promise<void> {
    await this.page.evaluate((id) => {
      const target = typeof id === 'string' ? document.getElementById(id) : null;
      if (target) target.scrollIntoView({ behavior: 'instant', block: 'start' });
      else window.scrollTo({ top: 0, behavior: 'instant' });
    }, anchor ?? null);
    await this.page.screenshot(path);
  }
}
