/**
 * Clicking a marked number opens the card beside it (the gesture rules are in src/content/gesture.ts),
 * the page's own clicks still work, and Escape or a click outside closes the card, leaving the
 * page's DOM as it was.
 */
import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';
import { cardFrame, cardFrameUrl, cardHostCount, cardOpenedWith, markCentre, pageHtml, waitForMarks } from './detection-probes.ts';

let browser: ChromiumWithExtension;
let server: StaticServer;
let page: Page;
let errors: string[];
let before: string;

startForSuite(launchChromium, (b, s) => void ([browser, server] = [b, s]));
beforeEach(async () => {
  page = await browser.context.newPage();
  errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/fixtures/links.html'));
  before = await pageHtml(page);
  const marked = ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000'];
  expect(await waitForMarks(page, marked)).toEqual(marked.sort());
  return async () => {
    expect(errors).toEqual([]);
    await page.close();
  };
});

const pageClicks = () => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);

async function clickNumber(text: string, modifiers: Array<'Alt'> = []): Promise<void> {
  const { x, y } = await markCentre(page, text);
  for (const m of modifiers) await page.keyboard.down(m);
  await page.mouse.click(x, y);
  for (const m of modifiers) await page.keyboard.up(m);
}

test('a plain number opens the card for its E.164 number, with the name beside it', async () => {
  await clickNumber('+1 (617) 253-1000');
  const url = await cardFrameUrl(page);
  expect(url.protocol).toBe('chrome-extension:');
  expect(url.host).toBe(browser.extensionId);
  // The URL holds only the card's session; the number and page details went to the background.
  expect([...url.searchParams.keys()]).toEqual(['session']);
  expect(await cardOpenedWith(page)).toEqual({ e164: '+16172531000', raw: '+1 (617) 253-1000', nearbyName: 'Lucie Martin', pageTitle: 'Contact links' });
  expect(await cardHostCount(page)).toBe(1);
  // Beside the number, inside the viewport.
  const number = await markCentre(page, '+1 (617) 253-1000');
  const host = await page.evaluate(() => document.querySelector('callprep-card')!.getBoundingClientRect().toJSON() as DOMRect);
  expect(host.left).toBeGreaterThan(number.x);
  expect(host.right).toBeLessThanOrEqual(1280);
  expect(await pageHtml(page)).toBe(before);
});

test('a click the page itself dispatches on a number does not open the card', async () => {
  const { x, y } = await markCentre(page, '+1 (617) 253-1000');
  await page.evaluate(([cx, cy]) => {
    const target = document.elementFromPoint(cx!, cy!)!;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: cx, clientY: cy }));
  }, [x, y]);
  await page.waitForTimeout(300);
  expect(await cardHostCount(page)).toBe(0);
  // The user's own click on the same spot still does.
  await page.mouse.click(x, y);
  expect((await cardOpenedWith(page)).e164).toBe('+16172531000');
});

test('a tel: link opens the card instead of dialling', async () => {
  await clickNumber('Call the front desk');
  expect((await cardOpenedWith(page)).e164).toBe('+12127368410');
  expect(page.url()).toBe(server.url('/fixtures/links.html'));
});

test('a number inside a page link runs the page’s handler; Alt+click opens the card', async () => {
  await clickNumber('(312) 555-0147');
  expect(await pageClicks()).toBe(1);
  expect(await cardHostCount(page)).toBe(0);
  await clickNumber('(312) 555-0147', ['Alt']);
  expect((await cardOpenedWith(page)).e164).toBe('+13125550147');
  expect(await pageClicks()).toBe(1);
});

test.each([
  ['Escape', () => page.keyboard.press('Escape')],
  // Far left of the page: the card itself opens to the right of the number.
  ['a click outside', () => page.mouse.click(4, 4)],
])('%s closes the card and the page is as it was', async (_name, close) => {
  await clickNumber('+1 (617) 253-1000');
  await cardFrameUrl(page);
  await close();
  await expect.poll(() => cardHostCount(page)).toBe(0);
  await expect.poll(() => page.frames().some((f) => f.url().includes('card.html'))).toBe(false);
  expect(await pageHtml(page)).toBe(before);
});

test('one card at a time: a second number replaces the first', async () => {
  await clickNumber('+1 (617) 253-1000');
  await cardFrameUrl(page);
  await clickNumber('Call the front desk');
  await expect.poll(async () => (await cardOpenedWith(page).catch(() => null))?.e164).toBe('+12127368410');
  expect(await cardHostCount(page)).toBe(1);
});

test('what the page posts does nothing: a forged close or resize; the card closes over its own line', async () => {
  await clickNumber('+1 (617) 253-1000');
  const card = await cardFrame(page);
  await card.waitForSelector('[data-actions="ready"]');
  const hostHeight = () => page.evaluate(() => Math.round(document.querySelector('callprep-card')!.getBoundingClientRect().height));
  const heightBefore = await hostHeight();
  await page.evaluate(() => {
    window.postMessage({ callprep: 'card', kind: 'close' }, '*');
    window.postMessage({ callprep: 'card', kind: 'resize', height: 200 }, '*');
  });
  // Not even from the card's own window: the host listens only to the port it handed over.
  await card.evaluate(() => window.parent.postMessage({ callprep: 'card', kind: 'close' }, '*'));
  await page.waitForTimeout(200);
  expect(await cardHostCount(page)).toBe(1);
  expect(await hostHeight()).toBe(heightBefore);
  await card.click('[data-testid="close"]');
  await expect.poll(() => cardHostCount(page)).toBe(0);
});
