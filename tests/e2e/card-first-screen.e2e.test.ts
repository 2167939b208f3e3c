/**
 * The card's first screen in a 900 px high window (issue 13): name, their local time and the
 * verdict, Call, open concerns, due commitments, the next follow-up and the last call are all on
 * screen in the card without scrolling it; the contact preferences and the account come below.
 * It opens clear of the clicked number and of its table row when the window has room (here: the
 * table ends at 1,135 px, and a 1,600 px window holds the card to its right).
 * The user docks it at the right edge or drags it by its grip, and the next card on the site opens
 * there, also after a reload; "Beside the number" goes back to the number.
 * Screenshots: artifacts/screenshots/<browser>-card-first-screen-900.png, -card-clear-of-row-*.png,
 * -card-docked.png, -card-dragged.png.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './support/browsers.ts';
import { waitUntil, type TestBrowser, type TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite, startWithSamples } from './support/suite.ts';
import { CardPage } from './pages/card-page.ts';

const SHOTS = 'artifacts/screenshots';
/** A common laptop screen: 900 px high, wide enough beside the CRM's contact table for the card. */
const VIEWPORT = { width: 1600, height: 900 };

for (const [name, launch] of browsersUnderTest()) {
  describe(`the card's first screen at 900 px in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    let crm: TestPage;

    startForSuite(
      () => launch({ viewport: VIEWPORT }),
      async (b, s) => {
        [browser, server] = [b, s];
        await mkdir(SHOTS, { recursive: true });
        const started = await startWithSamples(browser, server);
        crm = started.crm;
        expect(started.loaded).toMatch(/^Loaded \d+ customers/);
      },
    );

    it('shows what a call needs without scrolling, the rest below', async () => {
      const card = await CardPage.openFor(crm, '(212) 736-8410');
      expect(await card.name()).toBe('Ada Lovelace');
      const screen = await card.firstScreen();
      // Taken before the checks, so a failing run shows what the user would have seen.
      await card.screenshot(`${SHOTS}/${name}-card-first-screen-900.png`);
      expect(screen.scrolled).toBe(0);
      expect(screen.missing).toEqual([]);
      expect(screen.onScreen).toEqual(['customer-name', 'contact-local-time', 'good-time', 'call-button', 'concern', 'commitment', 'follow-up', 'last-call']);
      // The preferences behind the verdict start below the fold, not above what matters.
      expect(screen.factsTop).toBeGreaterThan(screen.lastCallBottom);
      await card.close();
    });

    it.each(['1-888-416-2273', '(646) 555-0123'])('opens clear of the clicked number %s and of its table row', async (text) => {
      const card = await CardPage.openFor(crm, text);
      expect(await card.covers(text)).toEqual({ number: false, row: false });
      await crm.screenshot(`${SHOTS}/${name}-card-clear-of-row-${text.replace(/\D/g, '')}.png`);
      await card.close();
    });

    it('docks at the right edge or stays where it was dragged, for every card on the site, until put back beside the number', async () => {
      const rightEdge = (await crm.evaluate(() => document.documentElement.clientWidth)) - 8;
      const docked = (b: { right: number; top: number }) => Math.abs(b.right - rightEdge) < 2 && Math.abs(b.top - 8) < 2;
      let card = await CardPage.openFor(crm, '1-888-416-2273');
      expect(docked(await card.box())).toBe(false);
      await card.clickDockButton();
      await waitUntil(card.box, docked, 'the card to dock at the right edge');
      await crm.screenshot(`${SHOTS}/${name}-card-docked.png`);
      await card.close();

      // Another number, and the same page loaded again: the background kept the choice for the site.
      card = await CardPage.openFor(crm, '(212) 736-8410');
      expect(docked(await card.box())).toBe(true);
      await card.close();
      await crm.reload();
      card = await CardPage.openFor(crm, '+44 20 7946 0958');
      expect(await card.name()).toBe('Mary Ann Evans');
      expect(docked(await card.box())).toBe(true);

      await card.dragBy(-500, 60);
      const dragged = await card.box();
      await crm.screenshot(`${SHOTS}/${name}-card-dragged.png`);
      await card.close();
      card = await CardPage.openFor(crm, '1-888-416-2273');
      expect(await card.box()).toEqual(dragged);

      // Back beside the number: this card, and the next one.
      await card.clickDockButton();
      await waitUntil(card.box, (b) => b.left !== dragged.left || b.top !== dragged.top, 'the card to go back beside the number');
      expect(await card.covers('1-888-416-2273')).toEqual({ number: false, row: false });
      await card.close();
      card = await CardPage.openFor(crm, '(646) 555-0123');
      expect(await card.covers('(646) 555-0123')).toEqual({ number: false, row: false });
      expect(docked(await card.box())).toBe(false);
      await card.close();
    });
  });
}
