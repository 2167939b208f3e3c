/** The options page (a full tab), with one method per thing a user does there. */
import { waitUntil, type TestBrowser, type TestPage } from '../support/driver.ts';
import { chooseRecordedDownload, recordedDownloadSizes, recordedDownloads, type RecordedDownload } from './download-recorder.ts';
import { loadExtensionPage } from './extension-page.ts';

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
    // A changing query makes every reload a real one, even when only the #anchor differs. The
    // calling section renders once the settings have arrived from the background.
    await loadExtensionPage(this.page, this.browser.extensionUrl(`${OPTIONS_PATH}?load=${Date.now()}${hash}`), '[data-testid="dial-preset"]');
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
    return this.fieldError('dial-template');
  }

  /** The inline error a field shows under itself; null while it shows none. */
  private fieldError = (testId: string): Promise<string | null> =>
    this.page.evaluate((id) => document.querySelector(`[data-testid="${String(id)}"] .cp-field__error`)?.textContent ?? null, testId);

  async saveCustomTemplate(): Promise<string> {
    await this.page.click('[data-testid="dial-save"]');
    await this.page.waitFor('[data-testid="dial-saved"]');
    return this.page.text('[data-testid="dial-saved"]');
  }

  /** The summary e-mail's template as the field shows it (the default until the user saves their own). */
  summaryTemplate = (): Promise<string> =>
    this.page.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-testid="summary-template-input"]')?.value ?? '');

  /** Writes the summary e-mail's template and saves it; returns the confirmation, or the field's refusal. */
  async saveSummaryTemplate(template: string): Promise<string> {
    await this.page.fill('[data-testid="summary-template-input"]', template);
    const error = await this.fieldError('summary-template');
    if (error) return error;
    await this.page.click('[data-testid="summary-template-save"]');
    await this.page.waitFor('[data-testid="summary-template-saved"]');
    return this.page.text('[data-testid="summary-template-saved"]');
  }

  dialExample = (): Promise<string> => this.page.text('[data-testid="dial-example"]');

  selectedPreset = (): Promise<string> =>
    this.page.evaluate(() => (document.querySelector('[data-testid="dial-preset"]') as HTMLSelectElement).value);

  disabledSites = (): Promise<string[]> =>
    this.page.evaluate(() => [...document.querySelectorAll('[data-testid="disabled-site"] .cp-mono')].map((e) => e.textContent ?? ''));

  async turnSiteBackOn(site: string): Promise<void> {
    await this.page.click(`button[aria-label="Turn back on for ${site}"]`);
    await waitUntil(this.disabledSites, (sites) => !sites.includes(site), `${site} to leave the list`);
  }

  async exportNotes(format: 'csv' | 'json' | 'ics', expectedCount: number): Promise<RecordedDownload[]> {
    await this.page.click(`[data-testid="section-export"] [data-testid="export-${format}"]`);
    return recordedDownloads(this.page, expectedCount);
  }

  async downloadBackup(expectedCount: number): Promise<RecordedDownload[]> {
    await this.page.click('[data-testid="backup-export"]');
    return recordedDownloads(this.page, expectedCount);
  }

  /** Downloads a backup and returns its name and size only (it may be larger than the driver should carry). */
  async downloadLargeBackup(timeoutMs: number): Promise<{ filename: string; bytes: number }> {
    await this.page.click('[data-testid="backup-export"]');
    const [file] = await recordedDownloadSizes(this.page, 1, timeoutMs);
    return file!;
  }

  /**
   * Restores the backup this page downloaded (the first file it saved), confirming the replacement;
   * returns what the page then says: the "Restored …" confirmation or the error.
   */
  async restoreDownloadedBackup(timeoutMs = 10_000): Promise<string> {
    await chooseRecordedDownload(this.page, 0, 'backup-file');
    return this.confirmRestore(timeoutMs);
  }

  /** Restores a backup file of this content, confirming the replacement; returns what the page then says. */
  async restoreBackup(name: string, content: string, timeoutMs = 10_000): Promise<string> {
    await this.chooseFile('backup-file', name, content);
    return this.confirmRestore(timeoutMs);
  }

  private async confirmRestore(timeoutMs: number): Promise<string> {
    await this.page.waitFor('[data-testid="restore-confirm-yes"]');
    await this.page.click('[data-testid="restore-confirm-yes"]');
    await this.page.waitFor('[data-testid="restore-done"], [data-testid="backup-error"]', timeoutMs);
    const done = await this.page.count('[data-testid="restore-done"]');
    return this.page.text(done > 0 ? '[data-testid="restore-done"]' : '[data-testid="backup-error"]');
  }

  /** Picks a file of these exact bytes (e.g. a CSV saved by Excel as Windows-1252). */
  async chooseFileBytes(testId: string, name: string, bytes: number[]): Promise<void> {
    await this.page.evaluate(
      (arg) => {
        const { id, fileName, data } = arg as { id: string; fileName: string; data: number[] };
        const input = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
        const transfer = new DataTransfer();
        transfer.items.add(new File([Uint8Array.from(data)], fileName, { type: 'text/csv' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { id: testId, fileName: name, data: bytes },
    );
  }

  /** The notice the import shows about how the file was read, in the preview or the report; null when none. */
  importNotice = (where: 'preview' | 'report'): Promise<string | null> =>
    this.page.evaluate(
      (sel) => document.querySelector(sel as string)?.textContent ?? null,
      where === 'preview' ? '[data-testid="import-encoding-notice"]' : '[data-testid="import-report-notice"]',
    );

  /** The first rows as the import preview shows them: one string per row. */
  importSampleRows = (): Promise<string[]> =>
    this.page.evaluate(() => [...document.querySelectorAll('[data-testid="import-sample"] tbody tr')].map((tr) => tr.textContent ?? ''));

  /**
   * Picks a file in a file input the way the chooser would: the driver has no file upload that works
   * in both browsers, so the page builds the File and sets it through a DataTransfer.
   */
  async chooseFile(testId: string, name: string, content: string): Promise<void> {
    await this.page.evaluate(
      (arg) => {
        const { id, fileName, text } = arg as { id: string; fileName: string; text: string };
        const input = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], fileName, { type: fileName.endsWith('.vcf') ? 'text/vcard' : 'text/csv' }));
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { id: testId, fileName: name, text: content },
    );
  }

  /** Chooses an import file and returns what the preview says it is ("HubSpot export recognised"). */
  async previewImport(name: string, content: string): Promise<{ source: string; rows: string }> {
    await this.chooseFile('import-file', name, content);
    await this.page.waitFor('[data-testid="import-preview"], [data-testid="import-error"]');
    if ((await this.page.count('[data-testid="import-error"]')) > 0) throw new Error(await this.page.text('[data-testid="import-error"]'));
    return { source: await this.page.text('[data-testid="import-source"]'), rows: await this.page.text('[data-testid="import-row-count"]') };
  }

  async mapColumn(column: string, field: string): Promise<void> {
    await this.page.select(`[data-column="${column}"]`, field);
  }

  /** Imports the previewed file; returns the report's three figures and the skipped rows' text. */
  async commitImport(): Promise<{ imported: string; merged: string; skipped: string; skippedRows: string }> {
    await this.page.click('[data-testid="import-commit"]');
    await this.page.waitFor('[data-testid="import-report"]');
    const text = (id: string) => this.page.evaluate((sel) => document.querySelector(sel as string)?.textContent ?? '', `[data-testid="${id}"]`);
    return { imported: await text('import-imported'), merged: await text('import-merged'), skipped: await text('import-skipped'), skippedRows: await text('import-skipped-rows') };
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

  /** The Diagnostics section: each logged site with its causes (data-code), and the bug report text. */
  async diagnostics(): Promise<{ sites: Record<string, string[]>; report: string }> {
    await this.page.waitFor('[data-testid="diagnostics-report"]');
    return this.page.evaluate(() => ({
      sites: Object.fromEntries(
        [...document.querySelectorAll('[data-testid="diagnostics-site"]')].map((li) => [
          li.getAttribute('data-site') ?? '',
          [...li.querySelectorAll('[data-code]')].map((p) => p.getAttribute('data-code') ?? ''),
        ]),
      ),
      report: (document.querySelector('[data-testid="diagnostics-report"]') as HTMLTextAreaElement).value,
    }));
  }

  /** Clicks "Copy for a bug report"; returns what the page then says (copied, or how to copy by hand). */
  async copyDiagnostics(): Promise<string> {
    await this.page.click('[data-testid="diagnostics-copy"]');
    await this.page.waitFor('[data-testid="diagnostics-status"], #diagnostics [data-testid="error"]');
    return this.page.evaluate(() => document.querySelector('[data-testid="diagnostics-status"], #diagnostics [data-testid="error"]')?.textContent ?? '');
  }
}
