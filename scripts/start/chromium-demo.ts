/** `npm start` in Debian's Chromium, with a profile kept in .callprep-profile/chromium between runs. */
import { resolve } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../../tests/e2e/support/chromium.ts';
import { DEMO_VIEWPORT, browserMissing, clickPoint, markCentre, samplesLoaded, waitForMarkCentre, sendLoadSamples, textNow, type DemoBrowser } from './demo-browser.ts';
import { connectThroughOptions } from './sync-demo.ts';

export const CHROMIUM_PROFILE = resolve('.callprep-profile/chromium');

export const chromiumMissing = (): Promise<string | null> => browserMissing('Chromium', CHROMIUM_PATH, 'chromium', 'CHROMIUM_PATH');

/** `dist` and `profile`: SYNC=1 runs a copy of the build that holds the server's origin, in a profile of its own. */
export async function launchChromiumDemo(headless: boolean, build: { dist?: string; profile?: string } = {}): Promise<DemoBrowser> {
  const chromium = await launchChromium({ headless, profile: build.profile ?? CHROMIUM_PROFILE, viewport: headless ? DEMO_VIEWPORT : null, ...(build.dist ? { dist: build.dist } : {}) });
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
    connectSync: async (sync) => {
      const options = await context.newPage();
      await options.goto(chromium.extensionUrl('src/ui/options/options.html#sync'));
      return connectThroughOptions(
        {
          fill: (selector, value) => options.fill(selector, value),
          click: (selector) => options.click(selector),
          select: async (selector, value) => void (await options.selectOption(selector, value)),
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
    screenshot: async (path) => void (await page.screenshot({ path })),
    closed,
    close: chromium.close,
  };
}
