/**
 * The card's first screen in a 900 px high window (issue 13): name, their local time and the
 * verdict, Call, open concerns, due commitments, the next follow-up and the last call are all on
 * screen in the card without scrolling it; the contact preferences and the account come below.
 * It opens clear of the clicked number and of its table row when the window has room (here: the
 * table ends at 1,135 px, and a 1,600 px window holds the card to its right).
 * Screenshots: artifacts/screenshots/<browser>-card-first-screen-900.png, -card-clear-of-row-*.png.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';
import { OptionsPage } from './pages/options-page.ts';
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
        const options = await OptionsPage.open(browser);
        expect(await options.loadSamples()).toMatch(/^Loaded \d+ customers/);
        crm = await browser.newPage();
        await crm.goto(server.url('/fixtures/crm-contact.html'));
      },
    );

    it('shows what a call needs without scrolling, the rest below', async () => {
      const card = await CardPage.openFor(crm, '(212) 736-8410');
      expect(await card.name()).toBe('Ada Lovelace');
      const screen = await card.firstScreen();
      expect(screen.scrolled).toBe(0);
      expect(screen.missing).toEqual([]);
      expect(screen.onScreen).toEqual(['customer-name', 'contact-local-time', 'good-time', 'call-button', 'concern', 'commitment', 'follow-up', 'last-call']);
      // The preferences behind the verdict start below the fold, not above what matters.
      expect(screen.factsTop).toBeGreaterThan(screen.lastCallBottom);
      await card.screenshot(`${SHOTS}/${name}-card-first-screen-900.png`);
      await card.close();
    });

    it.each(['1-888-416-2273', '(646) 555-0123'])('opens clear of the clicked number %s and of its table row', async (text) => {
      const card = await CardPage.openFor(crm, text);
      expect(await card.covers(text)).toEqual({ number: false, row: false });
      await crm.screenshot(`${SHOTS}/${name}-card-clear-of-row-${text.replace(/\D/g, '')}.png`);
      await card.close();
    });
  });
}
