/**
 * Numbers on real-shaped pages are marked, exactly those, wherever they are (tables, late content,
 * re-rendered lists, open shadow roots, frames, numbers split by markup, the demo CRM page `npm start`
 * opens), never inside editable areas, and the page's DOM is byte-identical before and after. In
 * every browser under test.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import {
  DEBUG_HASH,
  markedTexts,
  pageHtml,
  waitForContentConfig,
  waitForMarks,
  waitForScanIdle,
} from './detection-probes.ts';
import { askBackground } from './pages/extension-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { waitUntil, type TestBrowser, type TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { FIXTURE_MOUNTS, startForSuite } from './support/suite.ts';

const SPLIT = ['+1 212 736 8410', '+44 20 7946 0958', '+49 (0)30\n  901820', '+33 1 42 68\n53 00', '+1 (617) 253-1000', '(312) 555-0147'];
/** The demo CRM page: its contact numbers, the rows that arrive 1.5 s after load too. */
const DEMO_ON_LOAD = ['(212) 736-8410', '212-555-0142', '1-888-416-2273 x210', '+44 20 7946 0958', '+49 30 901820', '+33 1 42 68 53 00', '+61 2 9374 4000', '+12127368410', '+44 20 7946 0958', '212.736.8410'];
const DEMO_LATE = ['+81 3 3224 9999', '+1 415-555-0100 x301', '(415) 555-0100 ext. 455', '(415) 392-0146'];
const SHOTS = 'artifacts/screenshots';
const WORLD_WRITING = ['＋８１ ３ ３５８１ １１８５', '+٩٦٦ ١١ ٤٦٤ ٢٧٣١', '+49 221 9463‑218', '+49 221 9463‑299', '+49 221 9463‑0', '(312) 555‑0129/x12', '617−555−0143'];
const CRM_TABLE = ['(212) 736-8410', '+1 415 555 0132', '+49 30 901820', '+44 20 7946 0958', '646-555-0199', '+33 1 42 68 53 00', '1-800-555-0199'];

for (const [name, launch] of browsersUnderTest()) {
  describe(`detection in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]), { ...FIXTURE_MOUNTS, '/demo': 'demo' });

    /** Opens a fixture (with the scanner's idle marks on), keeping its DOM as the page built it before Callprep could scan. */
    async function open(fixture: string): Promise<{ page: TestPage; before: string }> {
      const page = await browser.newPage();
      await page.goto(server.url(`/fixtures/${fixture}${DEBUG_HASH}`), { waitUntil: 'domcontentloaded' });
      return { page, before: await pageHtml(page) };
    }

    describe('which numbers are marked', () => {
      test.each([
        // Dates, amounts, invoice and order numbers are left alone; hidden numbers are not marked.
        { fixture: 'crm-table.html', marked: CRM_TABLE },
        { fixture: 'shadow-dom.html', marked: ['(212) 736-8410', '+44 20 7946 0958', '+1 415 555 0132'] },
        { fixture: 'links.html', marked: ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000'] },
        { fixture: 'editable.html', marked: ['+1 415 555 0132'] },
        // One number read across inline elements and source line breaks; cells, flex columns and line breaks stay apart.
        { fixture: 'split-numbers.html', marked: SPLIT },
        // Issue 12: full-width and Arabic-Indic digits, non-breaking hyphens and minus signs, labels glued
        // to numbers, an extension after a slash; an imprint's IDs, a payment reference and a PO box are not.
        { fixture: 'world-writing.html', marked: WORLD_WRITING },
      ])('$fixture', async ({ fixture, marked }) => {
        const { page, before } = await open(fixture);
        expect(await waitForMarks(page, marked)).toEqual([...marked].sort());
        // Nothing more comes once the scan has run out of work.
        await waitForScanIdle(page);
        expect((await markedTexts(page)).sort()).toEqual([...marked].sort());
        expect(await pageHtml(page)).toBe(before);
        expect(page.errors).toEqual([]);
        // The marks under full-width, Arabic-Indic and dashed digits, to look at.
        if (fixture === 'world-writing.html') {
          await mkdir(SHOTS, { recursive: true });
          await page.screenshot(`${SHOTS}/${name}-world-writing.png`);
        }
        await page.close();
      });
    });

    test('the demo CRM page: each contact number, the late ones too, and none of its invoice numbers, dates, amounts or notes', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/demo/crm.html'));
      const expected = [...DEMO_ON_LOAD, ...DEMO_LATE];
      expect(await waitForMarks(page, expected)).toEqual([...expected].sort());
      expect(await page.count('#partners-rows tr')).toBe(DEMO_LATE.length);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('when one part of a number split by markup changes, its mark follows and the page is left as it is', async () => {
      const { page } = await open('split-numbers.html');
      expect(await waitForMarks(page, SPLIT)).toEqual([...SPLIT].sort());
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot(`${SHOTS}/${name}-detection-split-numbers.png`, { x: 0, y: 0, width: 640, height: 560 });
      await page.evaluate(() => (window as unknown as { changeBerlin(): void }).changeBerlin());
      const before = await pageHtml(page);
      const now = SPLIT.map((m) => m.replace('901820', '901821'));
      expect(await waitForMarks(page, now)).toEqual([...now].sort());
      expect(await markedTexts(page)).toHaveLength(SPLIT.length);
      expect(await pageHtml(page)).toBe(before);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('numbers hidden when the page loaded are marked once the page shows them (a folded section opened)', async () => {
      const { page } = await open('crm-table.html');
      expect(await waitForMarks(page, CRM_TABLE)).toEqual([...CRM_TABLE].sort());
      await waitForScanIdle(page);
      await page.evaluate(() => {
        document.querySelector('div[hidden]')!.removeAttribute('hidden');
        (document.querySelector('p[style]') as HTMLElement).style.display = 'block';
      });
      const shown = [...CRM_TABLE, '(718) 555-0123', '212.736.5000'];
      expect(await waitForMarks(page, shown)).toEqual([...shown].sort());
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('numbers that arrive after the first scan (a slow API) are marked', async () => {
      const { page } = await open('late-numbers.html');
      await waitForScanIdle(page);
      expect(await markedTexts(page)).toEqual([]);
      // The page's data arrives: what the page itself builds is the DOM to keep.
      const domWithData = await page.evaluate(() => {
        (window as unknown as { respond(): void }).respond();
        return new XMLSerializer().serializeToString(document.documentElement);
      });
      expect(await waitForMarks(page, ['(212) 736-8410', '+44 20 7946 0958'])).toEqual(['(212) 736-8410', '+44 20 7946 0958']);
      expect(await pageHtml(page)).toBe(domWithData);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a list rebuilt every 200 ms keeps exactly its shown numbers marked', async () => {
      const { page } = await open('rerender.html');
      // While it re-renders, stale marks are dropped: never more marks than numbers shown, after each render.
      const renders = () => page.evaluate(() => Number(document.getElementById('clock')!.textContent));
      for (let seen = await renders(), i = 0; i < 8; i++) {
        const last = seen;
        seen = await waitUntil(renders, (now) => now > last, 'the next render');
        expect((await markedTexts(page)).length).toBeLessThanOrEqual(3);
      }
      await page.evaluate(() => (window as unknown as { stopRendering(): void }).stopRendering());
      const shown = await page.evaluate(() => (window as unknown as { shownPhones(): string[] }).shownPhones());
      const before = await pageHtml(page);
      expect(await waitForMarks(page, shown)).toEqual([...shown].sort());
      expect(await pageHtml(page)).toBe(before);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('numbers inside an iframe are marked by the frame’s own content script', async () => {
      const { page } = await open('iframe-host.html');
      expect(await waitForMarks(page, ['(212) 736-8410'])).toEqual(['(212) 736-8410']);
      const inner = await page.frame('iframe-inner.html');
      expect(await waitForMarks(inner, ['+44 20 7946 0958'])).toEqual(['+44 20 7946 0958']);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('typing in editable areas works unchanged and what is typed is not marked', async () => {
      const { page } = await open('editable.html');
      expect(await waitForMarks(page, ['+1 415 555 0132'])).toEqual(['+1 415 555 0132']);
      await page.fill('#field', '+1 212 555 0147');
      await page.type('#notes', ' or 646-555-0199');
      await page.type('#editor', ' / 718 555 0123');
      // Then the page adds a number outside them. Once it is marked, Callprep has read every change made
      // before it, the typing included (one batch of changes is read before any of it is marked). Waiting
      // instead for a scan that ended after the editor's last change raced in Firefox, whose clock counts
      // whole milliseconds: a scan ending in the same millisecond as that change did not count as after it.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('p'), { textContent: 'Added later: +1 305 555 0182' })));
      expect(await waitForMarks(page, ['+1 415 555 0132', '+1 305 555 0182'])).toEqual(['+1 305 555 0182', '+1 415 555 0132']);
      expect(await page.inputValue('#field')).toBe('+1 212 555 0147');
      expect(await page.inputValue('#notes')).toBe('Call back on +44 20 7946 0958 or 646-555-0199');
      expect(await page.text('#editor')).toBe('Draft: reach Anna at +49 30 901820 / 718 555 0123');
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a site switched off in Callprep gets no marks; switched on again, it does', async () => {
      const ui = await browser.newPage();
      await ui.goto(browser.extensionUrl('src/ui/popup/popup.html'));
      // askBackground throws with the background's reason unless the switch was accepted.
      const setEnabled = (enabled: boolean) => askBackground(ui, 'site/set-enabled', { hostname: '127.0.0.1', enabled });
      await setEnabled(false);
      const { page } = await open('crm-table.html');
      expect(await waitForContentConfig(page)).toEqual({ running: false });
      expect(await markedTexts(page)).toEqual([]);
      await setEnabled(true);
      await page.reload();
      expect(await waitForMarks(page, CRM_TABLE)).toEqual([...CRM_TABLE].sort());
      expect(page.errors).toEqual([]);
      await page.close();
      await ui.close();
    });
  });
}
