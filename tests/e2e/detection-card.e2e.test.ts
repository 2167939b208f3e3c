/**
 * Clicking a marked number opens the card beside it (the gesture rules are in src/content/gesture.ts),
 * also a click on any part of a number split by markup, the page's own clicks still work, and Escape
 * or a click outside closes the card, leaving the page's DOM as it was. In every browser under test.
 */
import { describe, expect, test } from 'vitest';
import { CARD_FRAME, cardFrameUrl, cardHostCount, cardOpenedWith, markCentre, pageHtml, waitForMarked, waitForMarks } from './detection-probes.ts';
import { CardPage } from './pages/card-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { waitUntil, type TestBrowser, type TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

const LINKS = ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000'];

for (const [name, launch] of browsersUnderTest()) {
  describe(`the card beside a clicked number, in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let page: TestPage;
    let before: string;

    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]));

    /** The links page, marked; its DOM as the page built it. closePage() checks it had no errors. */
    async function openLinks(): Promise<void> {
      page = await browser.newPage();
      await page.goto(server.url('/fixtures/links.html'));
      before = await pageHtml(page);
      expect(await waitForMarks(page, LINKS)).toEqual([...LINKS].sort());
    }

    async function closePage(): Promise<void> {
      expect(page.errors).toEqual([]);
      await page.close();
    }

    const pageClicks = () => page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks);
    const noCard = async () => (await cardHostCount(page)) === 0 && !(await page.frame(CARD_FRAME, 0).then(() => true, () => false));

    async function clickNumber(text: string, modifiers: string[] = []): Promise<void> {
      const { x, y } = await markCentre(page, text);
      await page.clickAt(x, y, { modifiers });
    }

    test('a plain number opens the card for its E.164 number, with the name beside it', async () => {
      await openLinks();
      await clickNumber('+1 (617) 253-1000');
      const url = await cardFrameUrl(page);
      expect(`${url.protocol}//${url.host}/`).toBe(browser.extensionUrl(''));
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
      await closePage();
    });

    test('a click the page itself dispatches on a number does not open the card', async () => {
      await openLinks();
      const { x, y } = await markCentre(page, '+1 (617) 253-1000');
      // The click handler decides while the event is dispatched: the count right after it is final.
      const hostsAfterPageClick = await page.evaluate((at) => {
        const [cx, cy] = at as [number, number];
        const target = document.elementFromPoint(cx, cy)!;
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: cx, clientY: cy }));
        return document.querySelectorAll('callprep-card').length;
      }, [x, y]);
      expect(hostsAfterPageClick).toBe(0);
      // The user's own click on the same spot still does.
      await page.clickAt(x, y);
      expect((await cardOpenedWith(page)).e164).toBe('+16172531000');
      await closePage();
    });

    test('a tel: link opens the card instead of dialling', async () => {
      await openLinks();
      await clickNumber('Call the front desk');
      expect((await cardOpenedWith(page)).e164).toBe('+12127368410');
      expect(page.url()).toBe(server.url('/fixtures/links.html'));
      await closePage();
    });

    test('a number inside a page link runs the page’s handler; Alt+click opens the card', async () => {
      await openLinks();
      // Both decide while the click is dispatched, so the counts right after the click are final.
      await clickNumber('(312) 555-0147');
      expect(await pageClicks()).toBe(1);
      expect(await cardHostCount(page)).toBe(0);
      await clickNumber('(312) 555-0147', ['Alt']);
      expect((await cardOpenedWith(page)).e164).toBe('+13125550147');
      expect(await pageClicks()).toBe(1);
      await closePage();
    });

    test.each([
      // The card takes the focus once loaded, so Escape is pressed in it, as a user would.
      ['Escape', (card: CardPage) => card.frame.pressClosing('Escape')],
      // Far left of the page: the card itself opens to the right of the number.
      ['a click outside', () => page.clickAt(4, 4)],
    ])('%s closes the card and the page is as it was', async (_name, close) => {
      await openLinks();
      await clickNumber('+1 (617) 253-1000');
      const card = await CardPage.opened(page);
      await card.frame.waitForFunction(() => document.hasFocus());
      await close(card);
      await waitUntil(noCard, Boolean, 'the card and its frame to go');
      expect(await pageHtml(page)).toBe(before);
      await closePage();
    });

    /** Centre of the first text node's piece that reads `text`; run in the page. */
    function centreOfText(wanted: unknown): { x: number; y: number } {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = (node.nodeValue ?? '').indexOf(String(wanted));
        if (start < 0) continue;
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, start + String(wanted).length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`"${String(wanted)}" is not on the page`);
    }

    test.each([
      { part: '7946 0958', e164: '+442079460958', raw: '+44 20 7946 0958' },
      { part: '+44', e164: '+442079460958', raw: '+44 20 7946 0958' },
      { part: '+1', e164: '+12127368410', raw: '+1 212 736 8410' },
    ])('a click on "$part" of a number split by markup opens the card for the whole number', async ({ part, e164, raw }) => {
      page = await browser.newPage();
      await page.goto(server.url('/fixtures/split-numbers.html'));
      await waitForMarked(page, [raw]);
      const point = await page.evaluate(centreOfText, part);
      await page.clickAt(point.x, point.y);
      expect(await cardOpenedWith(page)).toMatchObject({ e164, raw });
      await closePage();
    });

    test('one card at a time: a second number replaces the first', async () => {
      await openLinks();
      await clickNumber('+1 (617) 253-1000');
      await cardFrameUrl(page);
      await clickNumber('Call the front desk');
      // The first card's frame may still be there, or going, when the second one's is asked.
      const e164 = async () => (await cardOpenedWith(page)).e164;
      expect(await waitUntil(e164, (n) => n === '+12127368410', 'the second card')).toBe('+12127368410');
      expect(await cardHostCount(page)).toBe(1);
      await closePage();
    });

    test('what the page posts does nothing: a forged close or resize, even from the card’s own window; the card closes over its own line', async () => {
      await openLinks();
      await clickNumber('+1 (617) 253-1000');
      const card = await CardPage.opened(page);
      const hostHeight = () => page.evaluate(() => Math.round(document.querySelector('callprep-card')!.getBoundingClientRect().height));
      const heightBefore = await hostHeight();
      // The page posts what a card might, then a message of its own: when that one arrives, every
      // listener on the window (the content script's too) has had the two before it.
      await page.evaluate(
        () =>
          new Promise<void>((done) => {
            addEventListener('message', (e) => e.data === 'test: after' && done());
            window.postMessage({ callprep: 'card', kind: 'close' }, '*');
            window.postMessage({ callprep: 'card', kind: 'resize', height: 200 }, '*');
            window.postMessage('test: after', '*');
          }),
      );
      // Not even from the card's own window: the host listens only to the port it handed over.
      type Heard = { testCardAfter?: Promise<void> };
      await page.evaluate(() => {
        (window as Heard).testCardAfter = new Promise<void>((done) => addEventListener('message', (e) => e.data === 'test: card after' && done()));
      });
      await card.frame.evaluate(() => {
        window.parent.postMessage({ callprep: 'card', kind: 'close' }, '*');
        window.parent.postMessage('test: card after', '*');
      });
      await page.evaluate(() => (window as Heard).testCardAfter);
      expect(await cardHostCount(page)).toBe(1);
      expect(await hostHeight()).toBe(heightBefore);
      await card.frame.click('[data-testid="close"]');
      await waitUntil(noCard, Boolean, 'the card to close');
      await closePage();
    });
  });
}
