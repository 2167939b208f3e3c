/**
 * A number inside a small embedded frame (a 600 × 220 mail preview) opens its card in the tab's top
 * page, docked at the right edge and fully visible, not squeezed into the frame; Escape closes it and
 * leaves the top page as it was. A frame with room keeps the card beside the number, and so does a
 * small frame whose top page has Callprep switched off. In every browser under test.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { CARD_FRAME, cardHostCount, cardOpenedWith, markCentre, pageHtml, waitForMarks } from './detection-probes.ts';
import { CardPage } from './pages/card-page.ts';
import { askBackground } from './pages/extension-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { pollUntil, waitUntil, type TestBrowser, type TestFrame, type TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

const NUMBER = '+44 20 7946 0958';
const OFFICE = '+44 20 7946 0321';
const SCREENSHOTS = 'artifacts/screenshots';

type Rect = { left: number; top: number; right: number; bottom: number };
const hostRect = (frame: TestFrame) =>
  frame.evaluate(() => {
    const box = document.querySelector('callprep-card')?.getBoundingClientRect();
    return box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
  });
const viewportOf = (frame: TestFrame) => frame.evaluate(() => ({ width: document.documentElement.clientWidth, height: window.innerHeight }));

/** Clicks a number inside the preview frame, in top-page coordinates, as a user's mouse would. */
async function clickNumberInFrame(page: TestPage, inner: TestFrame, text = NUMBER): Promise<void> {
  await clickInFrame(page, await markCentre(inner, text));
}

/** Clicks the preview frame at a point of its own viewport. */
async function clickInFrame(page: TestPage, inFrame: { x: number; y: number }): Promise<void> {
  const frameBox = await page.evaluate(() => {
    const frame = document.getElementById('preview')!;
    const box = frame.getBoundingClientRect();
    return { x: box.left + frame.clientLeft, y: box.top + frame.clientTop };
  });
  await page.clickAt(frameBox.x + inFrame.x, frameBox.y + inFrame.y);
}

/** Polls until `frame` holds `expected` card hosts (or the time is up) and returns what it saw last. */
const cardsBecome = (frame: TestFrame, expected: number) => pollUntil(() => cardHostCount(frame), (n) => n === expected, 5000);

for (const [name, launch] of browsersUnderTest()) {
  describe(`card for a number in an embedded frame (${name})`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let ui: TestPage;
    startForSuite(launch, async (b, s) => {
      [browser, server] = [b, s];
      ui = await browser.newPage();
      await ui.goto(browser.extensionUrl('src/ui/options/options.html'));
      // Mary Ann Evans (+44 20 7946 0958) is a sample customer: the card shows her file.
      await askBackground(ui, 'data/load-samples', {});
    });

    async function openHost(): Promise<{ page: TestPage; inner: TestFrame }> {
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/small-frame-host.html'));
      const inner = await page.frame('small-frame-inner.html');
      expect(await waitForMarks(inner, [NUMBER, OFFICE])).toEqual([NUMBER, OFFICE].sort());
      return { page, inner };
    }

    test('a 600 × 220 frame: the card opens in the top page, docked right and fully visible; Escape closes it', async () => {
      const { page, inner } = await openHost();
      const before = await pageHtml(page);
      const innerDom = await pageHtml(inner);
      const clicked = Date.now();
      await clickNumberInFrame(page, inner);
      const card = await CardPage.opened(page);
      expect(await card.view()).toBe('file');
      const shownMs = Date.now() - clicked;
      // The card URL holds only its session; it was opened with what the frame would have opened its
      // own card with: the number, its text, the frame's title.
      expect([...new URL(card.frame.url()).searchParams.keys()]).toEqual(['session']);
      expect(await card.openedWith()).toEqual({ e164: '+442079460958', raw: NUMBER, pageTitle: 'Message preview' });
      expect(await card.name()).toContain('Mary Ann Evans');
      // The host is in the top document, none in the frame.
      expect(await cardHostCount(page)).toBe(1);
      expect(await cardHostCount(inner)).toBe(0);

      const view = await viewportOf(page);
      const box = (await hostRect(page)) as Rect;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(view.width);
      expect(box.bottom).toBeLessThanOrEqual(view.height);
      // Docked: 8 px from the right edge and from the top.
      expect(Math.round(view.width - box.right)).toBe(8);
      expect(Math.round(box.top)).toBe(8);
      expect(box.right - box.left).toBe(380);
      await mkdir(SCREENSHOTS, { recursive: true });
      await page.screenshot(`${SCREENSHOTS}/card-from-small-frame-${name}.png`);
      console.info(`[${name}] card docked in the top page at ${Math.round(box.left)},${Math.round(box.top)} (${Math.round(box.right - box.left)} × ${Math.round(box.bottom - box.top)}), customer shown ${shownMs} ms after the click`);

      await card.frame.pressClosing('Escape');
      expect(await cardHostCount(page)).toBe(0);
      expect(await pageHtml(page)).toBe(before);
      expect(await pageHtml(inner)).toBe(innerDom);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a second number replaces the docked card; a click elsewhere in the frame, or in the top page, closes it', async () => {
      const { page, inner } = await openHost();
      const cardE164 = async () => (await cardOpenedWith(page)).e164;
      await clickNumberInFrame(page, inner);
      await (await page.frame(CARD_FRAME)).waitFor('[data-testid="view-file"]');
      await clickNumberInFrame(page, inner, OFFICE);
      expect(await waitUntil(cardE164, (n) => n === '+442079460321', 'the second card')).toBe('+442079460321');
      expect(await page.count('callprep-card')).toBe(1);

      // "Hello," at the top left of the preview: inside the frame, outside the card.
      const hello = await inner.evaluate(() => {
        const box = document.querySelector('p')!.getBoundingClientRect();
        return { x: box.left + 10, y: box.top + box.height / 2 };
      });
      await clickInFrame(page, hello);
      expect(await cardsBecome(page, 0)).toBe(0);

      await clickNumberInFrame(page, inner);
      expect(await cardsBecome(page, 1)).toBe(1);
      await page.clickAt(20, 200); // the message list, left of the card
      expect(await cardsBecome(page, 0)).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a frame with room (resized to fill most of the page) keeps the card inside the frame, beside the number', async () => {
      const { page, inner } = await openHost();
      await page.evaluate(() => {
        const frame = document.getElementById('preview') as HTMLIFrameElement;
        frame.width = '900';
        frame.height = '700';
      });
      expect(await inner.evaluate(() => [window.innerWidth, window.innerHeight])).toEqual([900, 700]);
      await clickNumberInFrame(page, inner);
      expect(await cardsBecome(inner, 1)).toBe(1);
      expect(await page.count('callprep-card')).toBe(0);
      const number = await markCentre(inner, NUMBER);
      const box = (await hostRect(inner)) as Rect;
      expect(box.left).toBeGreaterThan(number.x);
      expect(box.right).toBeLessThanOrEqual(900);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a small frame whose top page has Callprep switched off opens the card itself, as before', async () => {
      await askBackground(ui, 'site/set-enabled', { hostname: '127.0.0.1', enabled: false });
      try {
        const page = await browser.newPage();
        await page.goto(server.url('/fixtures/small-frame-host.html'));
        // The frame from another host name, which stays switched on.
        await page.evaluate((src) => void ((document.getElementById('preview') as HTMLIFrameElement).src = String(src)), `${server.url('/fixtures/small-frame-inner.html').replace('127.0.0.1', 'localhost')}`);
        const inner = await page.frame('localhost');
        expect(await waitForMarks(inner, [NUMBER, OFFICE])).toEqual([NUMBER, OFFICE].sort());
        await clickNumberInFrame(page, inner);
        expect(await cardsBecome(inner, 1)).toBe(1);
        expect(await page.count('callprep-card')).toBe(0);
        await page.close();
      } finally {
        await askBackground(ui, 'site/set-enabled', { hostname: '127.0.0.1', enabled: true });
      }
    });
  });
}
