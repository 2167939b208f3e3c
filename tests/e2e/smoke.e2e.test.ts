import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';

let browser: ChromiumWithExtension;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

test('the built extension loads in Chromium and its service worker starts', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const worker = await browser.serviceWorker();
  expect(worker.url()).toContain(browser.extensionId);
});
