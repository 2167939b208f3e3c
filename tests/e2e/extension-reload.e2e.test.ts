/**
 * Chromium: when the extension is reloaded or updated, the content script already in a page is cut off
 * from it, and Chromium injects no new one into that page. Nothing tells the old one (a DOM event would
 * be one any page can forge, issue 9): it notices by itself and takes its marks away.
 * Firefox runs no code at all of an unloaded add-on's content script (measured in Firefox ESR 153: the
 * marks of a removed add-on stay until the page reloads; installed again, its new script's marks
 * replace them), so there is nothing for the old one to do there.
 */
import { expect, test } from 'vitest';
import { LINKS_MARKED, markedTexts, pageHtml, waitForMarks } from './detection-probes.ts';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

let browser: ChromiumWithExtension;
let server: StaticServer;
startForSuite(launchChromium, (b, s) => void ([browser, server] = [b, s]));

test('after the extension reloads, the old content script takes its marks away with nothing happening on the page', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/fixtures/links.html'));
  expect(await waitForMarks(page, LINKS_MARKED)).toEqual([...LINKS_MARKED].sort());
  const before = await pageHtml(page);
  const worker = await browser.serviceWorker();
  // The worker goes away as it reloads: its evaluation may end without an answer.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await expect.poll(() => markedTexts(page), { timeout: 10_000 }).toEqual([]);
  expect(await pageHtml(page)).toBe(before);
  expect(errors).toEqual([]);
  await page.close();
});
