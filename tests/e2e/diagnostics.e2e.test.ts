/**
 * No silent failure, as a user meets it: on a page where Callprep's scan throws, or in a browser
 * without the Highlight API, the popup says "Callprep could not run on this page" and why, and the
 * options page lists it in its diagnostics log (site, cause, browser; no page text, no numbers),
 * ready to copy into a bug report. The faults come from a test-only copy of the build
 * (support/faulty-build.ts); the shipped build has no hook for them.
 */
import { describe, expect, test } from 'vitest';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { launchChromiumDriver } from './support/chromium-driver.ts';
import { waitUntil, type BrowserName, type TestBrowser } from './support/driver.ts';
import { buildWithFaults, withFault, type FaultyBuild } from './support/faulty-build.ts';
import { launchFirefoxDriver } from './support/firefox-driver.ts';
import { browserVersion } from './support/plain-browser.ts';
import type { StaticServer } from './support/static-server.ts';
import { crmContactUrl, startForSuite } from './support/suite.ts';

const SHOTS = 'artifacts/screenshots';
const launchers: Record<BrowserName, (dist: string) => Promise<TestBrowser>> = {
  chromium: (dist) => launchChromiumDriver({ dist }),
  firefox: (dist) => launchFirefoxDriver({ dist }),
};

for (const [name] of browsersUnderTest()) {
  describe(`pages where Callprep could not run, in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let build: FaultyBuild | undefined;
    const launch = async () => {
      build = await buildWithFaults(name === 'chromium' ? 'chrome' : 'firefox');
      const launched = await launchers[name](build.dist);
      return { ...launched, close: async () => (await launched.close(), await build?.remove()) };
    };
    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]));

    test('the popup says why on that page; the options page keeps it for a bug report, without page text', async () => {
      console.log(`[e2e] ${name}: ${browserVersion(name)}`);
      // A scan that throws on a CRM page served as 127.0.0.1 …
      const crm = await browser.newPage();
      await crm.goto(withFault(crmContactUrl(server), 'scan'));
      const popup = await PopupPage.open(browser, '127.0.0.1');
      // The popup reads the log when it opens; on a loaded machine the page may report after that, as
      // a user would reopen the popup, so does the test until the report is there.
      const problem = await waitUntil(
        async () => (await popup.pageProblem(500)) ?? (await popup.reload('127.0.0.1'), null),
        (text) => text !== null,
        'the popup to say why Callprep could not run',
      );
      expect(problem).toBe('Callprep could not run on this page: reading the page for phone numbers failed. Details');
      await popup.page.screenshot(`${SHOTS}/popup-could-not-run-${name}.png`);

      // … and a browser without the Highlight API on the same server named localhost (another site).
      const other = await browser.newPage();
      await other.goto(withFault(server.url('/fixtures/links.html').replace('127.0.0.1', 'localhost'), 'no-highlight'));
      await popup.reload('localhost');
      expect(await popup.pageProblem()).toBe(
        'Callprep could not run on this page: this browser cannot mark text on pages. Callprep needs Chrome 105 or Firefox 140 or newer. Details',
      );
      // A site where nothing went wrong says nothing.
      await popup.reload('crm.example.com');
      expect(await popup.pageProblem(1500)).toBeNull();

      const options = await OptionsPage.open(browser, '#diagnostics');
      const log = await options.diagnostics();
      expect(log.sites).toEqual({ localhost: ['marks-unsupported'], '127.0.0.1': ['scan-failed'] });
      const lines = log.report.split('\n');
      expect(lines[0]).toMatch(/^Callprep \d+\.\d+\.\d+, (Chromium|Firefox) \d+/);
      expect(lines.slice(1).map((l) => l.replace(/, last .*?\(/, ', last … ('))).toEqual([
        expect.stringMatching(/^localhost: marks-unsupported, once, last … \(.+\): MarksUnsupportedError: This browser has no Highlight$/),
        expect.stringMatching(/^127\.0\.0\.1: scan-failed, once, last … \(.+\): TypeError: StaticRange is broken here \(e2e fault\)$/),
      ]);
      // Nothing of the pages: no numbers, no names, no words from them.
      expect(log.report).not.toMatch(/736|8410|555|Lovelace|Ada|front desk/i);
      // Copied, or (a browser that keeps the clipboard from a test) told how to copy it by hand.
      expect(await options.copyDiagnostics()).toMatch(/^(Copied\. Paste it into your bug report\.|Could not copy\. Select the text below and copy it\.)$/);
      await options.screenshot(`${SHOTS}/options-diagnostics-${name}.png`, 'diagnostics');
      for (const page of [crm, other, popup.page, options.page]) await page.close();
    });
  });
}
