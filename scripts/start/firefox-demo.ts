/**
 * `npm start` with BROWSER=firefox: Firefox ESR over WebDriver BiDi with the add-on installed as a
 * temporary add-on, as the Firefox end-to-end tests run it. Its profile is fresh on every run.
 */
import { FIREFOX_PATH, launchFirefox } from '../../tests/e2e/support/firefox.ts';
import { gotoExtensionPage } from '../../tests/e2e/support/firefox-driver.ts';
import { DEMO_VIEWPORT, browserMissing, clickPoint, markCentre, samplesLoaded, waitForMarkCentre, sendLoadSamples, textNow, type DemoBrowser } from './demo-browser.ts';
import { connectThroughOptions } from './sync-demo.ts';

export const firefoxMissing = (): Promise<string | null> => browserMissing('Firefox', FIREFOX_PATH, 'firefox-esr', 'FIREFOX_PATH');

export async function launchFirefoxDemo(headless: boolean): Promise<DemoBrowser> {
  const firefox = await launchFirefox({ headless, viewport: headless ? DEMO_VIEWPORT : null });
  const { browser } = firefox;
  const closed = new Promise<void>((ok) => browser.on('disconnected', () => ok()));
  // The window's first tab does not get the default viewport over BiDi: use a tab of our own.
  const first = await browser.pages();
  const page = await browser.newPage();
  for (const blank of first) await blank.close();
  return {
    label: 'Firefox',
    loadSamples: async () => {
      const options = await browser.newPage();
      await gotoExtensionPage(options, firefox.extensionUrl('src/ui/options/options.html'));
      const reply = await options.evaluate(sendLoadSamples);
      await options.close();
      return samplesLoaded(reply);
    },
    connectSync: async (sync) => {
      const options = await browser.newPage();
      await gotoExtensionPage(options, firefox.extensionUrl('src/ui/options/options.html#sync'));
      return connectThroughOptions(
        {
          fill: (selector, value) => options.locator(selector).fill(value),
          click: (selector) => options.locator(selector).click(),
          select: async (selector, value) => void (await options.select(selector, value)),
          waitFor: async (selector, timeout) => void (await options.waitForSelector(selector, { timeout })),
          text: (selector) => options.evaluate(textNow, selector),
        },
        sync,
      );
    },
    openDemo: async (url) => {
      await page.goto(url);
      await page.bringToFront();
    },
    clickNumber: async (text) => {
      const { x, y } = clickPoint(await waitForMarkCentre((t) => page.evaluate(markCentre, t), text), text);
      await page.mouse.click(x, y);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    closed,
    close: firefox.close,
  };
}
