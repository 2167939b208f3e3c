/**
 * Settings that change marking apply at once in pages already open, in every browser under test:
 * the per-site switch in the popup removes and brings back the marks (in the page and in its frame),
 * and a new default country re-reads the page's national numbers, all without a reload.
 */
import { describe, expect, test } from 'vitest';
import { waitForMarks } from './detection-probes.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestFrame, TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

const MAIN = ['(212) 736-8410'];
const INNER = ['+44 20 7946 0958'];
const READ_AS_US = ['(212) 736-8410', '+44 20 7946 0958'];
const READ_AS_DE = ['030 901820', '+44 20 7946 0958'];

/** A flag in the page's own window: still there afterwards means the page was not reloaded. */
const flagPage = (page: TestPage) => page.evaluate(() => void ((window as unknown as { notReloaded?: boolean }).notReloaded = true));
const stillSamePage = (page: TestPage) => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

/** Waits for the marks to read `expected`; `ms` is the time since `since` (the user's action), for the report. */
async function marksAfter(since: number, frame: TestFrame, expected: string[]): Promise<{ marks: string[]; ms: number }> {
  const marks = await waitForMarks(frame, expected);
  return { marks, ms: Date.now() - since };
}

for (const [name, launch] of browsersUnderTest()) {
  describe(`settings apply at once in open tabs (${name})`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]));

    test('switching the site off in the popup removes the marks in the open page and its frame; on again brings them back', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/iframe-host.html'));
      const inner = await page.frame('iframe-inner.html');
      expect(await waitForMarks(page, MAIN)).toEqual(MAIN);
      expect(await waitForMarks(inner, INNER)).toEqual(INNER);
      await flagPage(page);

      const popup = await PopupPage.open(browser, new URL(server.origin).hostname);
      expect(await popup.siteEnabled()).toBe(true);
      const switchedOff = Date.now();
      await popup.toggleSite();
      const off = await marksAfter(switchedOff, page, []);
      expect(await popup.siteEnabled()).toBe(false);
      expect(off.marks).toEqual([]);
      expect(await waitForMarks(inner, [])).toEqual([]);

      const switchedOn = Date.now();
      await popup.toggleSite();
      const on = await marksAfter(switchedOn, page, MAIN);
      expect(await popup.siteEnabled()).toBe(true);
      expect(on.marks).toEqual(MAIN);
      expect(await waitForMarks(inner, INNER)).toEqual(INNER);
      console.info(`[${name}] marks gone ${off.ms} ms after the click on the switch, back ${on.ms} ms after the next click`);

      expect(await stillSamePage(page)).toBe(true);
      expect(page.errors).toEqual([]);
      await popup.page.close();
      await page.close();
    });

    test('a new default country in the options re-reads the open page: its national numbers are marked', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/national-numbers.html'));
      // Automatic: the browser's language (en-US) reads national numbers as American.
      expect(await waitForMarks(page, READ_AS_US)).toEqual([...READ_AS_US].sort());
      await flagPage(page);

      const options = await OptionsPage.open(browser);
      const chosen = Date.now();
      await options.page.select('[data-testid="default-country"]', 'DE');
      const de = await marksAfter(chosen, page, READ_AS_DE);
      expect(de.marks).toEqual([...READ_AS_DE].sort());

      await options.page.select('[data-testid="default-country"]', '');
      expect(await waitForMarks(page, READ_AS_US)).toEqual([...READ_AS_US].sort());
      console.info(`[${name}] national numbers re-read ${de.ms} ms after the country was chosen`);

      expect(await stillSamePage(page)).toBe(true);
      expect(page.errors).toEqual([]);
      await options.page.close();
      await page.close();
    });
  });
}
