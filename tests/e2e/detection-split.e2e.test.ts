/**
 * A number split by inline markup ("<span>+44</span> <span>20</span> <span>7946 0958</span>") is one
 * number to the user: a click on any part opens its card, and when one part changes the mark follows.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';
import { cardOpenedWith, markedTexts, pageHtml, waitForMarks } from './detection-probes.ts';

const MARKED = ['+1 212 736 8410', '+44 20 7946 0958', '+49 (0)30\n  901820', '+33 1 42 68\n53 00', '+1 (617) 253-1000', '(312) 555-0147'];

let browser: ChromiumWithExtension;
let server: StaticServer;
let page: Page;
let errors: string[];

startForSuite(launchChromium, (b, s) => void ([browser, server] = [b, s]));
beforeEach(async () => {
  page = await browser.context.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/fixtures/split-numbers.html'));
  expect(await waitForMarks(page, MARKED)).toEqual([...MARKED].sort());
  return async () => {
    expect(errors).toEqual([]);
    await page.close();
  };
});

/** Centre of the part of the page's text that reads `text` (a whole text node's trimmed data). */
async function centreOfText(text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = node.nodeValue ?? '';
      const start = data.indexOf(wanted);
      if (start < 0) continue;
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, start + wanted.length);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

test.each([
  { part: '7946 0958', e164: '+442079460958', raw: '+44 20 7946 0958' },
  { part: '+44', e164: '+442079460958', raw: '+44 20 7946 0958' },
  { part: '+1', e164: '+12127368410', raw: '+1 212 736 8410' },
])('a click on "$part" opens the card for the whole number', async ({ part, e164, raw }) => {
  const { x, y } = await centreOfText(part);
  await page.mouse.click(x, y);
  expect(await cardOpenedWith(page)).toMatchObject({ e164, raw });
});


test('when one part of a split number changes, its mark follows and the page is left as it is', async () => {
  await mkdir('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: 'artifacts/screenshots/detection-split-numbers.png', clip: { x: 0, y: 0, width: 640, height: 560 } });
  await page.evaluate(() => (window as unknown as { changeBerlin(): void }).changeBerlin());
  const before = await pageHtml(page);
  const now = MARKED.map((m) => m.replace('901820', '901821'));
  expect(await waitForMarks(page, now)).toEqual([...now].sort());
  expect(await markedTexts(page)).toHaveLength(MARKED.length);
  expect(await pageHtml(page)).toBe(before);
});
