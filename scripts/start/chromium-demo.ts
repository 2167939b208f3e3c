/** `npm start` in Debian's Chromium, with a profile kept in .callprep-profile/chromium between runs. */
import { resolve } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../../tests/e2e/support/chromium.ts';
import { DEMO_VIEWPORT, browserMissing, clickPoint, markCentre, samplesLoaded, sendLoadSamples, type DemoBrowser } from './demo-browser.ts';

export const CHROMIUM_PROFILE = resolve('.callprep-profile/chromium');

export const chromiumMissing = (): Promise<string | null> => browserMissing('Chromium', CHROMIUM_PATH, 'chromium', 'CHROMIUM_PATH');

export async function launchChromiumDemo(headless: boolean): Promise<DemoBrowser> {
  const chromium = await launchChromium({ headless, profile: CHROMIUM_PROFILE, viewport: headless ? DEMO_VIEWPORT : null });
  const { context } = chromium;
  const closed = new Promise<void>((ok) => context.on('close', () => ok()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    label: 'Chromium',
    loadSamples: async () => {
      const options = await context.newPage();
      await options.goto(chromium.extensionUrl('src/ui/options/options.html'));
      const reply = await options.evaluate(sendLoadSamples);
      await options.close();
      return samplesLoaded(reply);
    },
    openDemo: async (url) => {
      await page.goto(url);
      await page.bringToFront();
    },
    clickNumber: async (text) => {
      const { x, y } = clickPoint(await page.evaluate(markCentre, text), text);
      await page.mouse.click(x, y);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    closed,
    close: chromium.close,
  };
}
