/**
 * Issue 12, "the card opens at once", in every browser under test: while the pointer rests on a
 * number, its card is prepared out of sight (src/content/card-host.ts), and the click only shows it,
 * with the customer's file. Resting alone shows nothing, the prepared card is the one the click shows
 * (never a second one), and one the user never clicks goes away. The times are the benchmark's.
 */
import { describe, expect, test } from 'vitest';
import { cardHostsInDocument, markCentre, waitForMarked } from './detection-probes.ts';
import { CardPage } from './pages/card-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { waitUntil, type TestBrowser, type TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { openCrmContact, openOptionsWithSamples, startForSuite } from './support/suite.ts';

const ADA = '(212) 736-8410';
const OTHER = '(646) 555-0123';

/** Cards the user can see: a host shown in the top layer. */
const shownCards = (page: TestPage) => page.evaluate(() => [...document.querySelectorAll('callprep-card')].filter((h) => h.matches(':popover-open') && h.checkVisibility()).length);

for (const [name, launch] of browsersUnderTest()) {
  describe(`the card prepared while the pointer rests in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    startForSuite(launch, async (b, s) => {
      [browser, server] = [b, s];
      expect((await openOptionsWithSamples(browser)).loaded).toMatch(/^Loaded \d+ customers/);
    });

    test('resting on a number prepares its card unseen; the click shows that card with the customer', async () => {
      const page = await openCrmContact(browser, server);
      // The page has more numbers than these two: wait for these, not for exactly these.
      await waitForMarked(page, [ADA, OTHER]);
      const ada = await markCentre(page, ADA);
      await page.moveTo(ada.x, ada.y);
      // Prepared: its host is in the document, but nothing shows before the click.
      await waitUntil(() => cardHostsInDocument(page), (n) => n === 1, 'the card to be prepared');
      expect(await shownCards(page)).toBe(0);

      await page.clickAt(ada.x, ada.y);
      const card = await CardPage.opened(page);
      expect(await card.view()).toBe('file');
      expect(await card.frame.text('body')).toContain('Ada Lovelace');
      await card.waitUntilActionable();
      // The prepared card is the one shown: no second card behind it.
      expect(await cardHostsInDocument(page)).toBe(1);
      expect(await shownCards(page)).toBe(1);
      await card.close();

      // Resting on another number and moving away without a click: nothing ever shows, and the
      // prepared card goes again.
      const other = await markCentre(page, OTHER);
      await page.moveTo(other.x, other.y);
      await waitUntil(() => cardHostsInDocument(page), (n) => n === 1, 'the other card to be prepared');
      await page.moveTo(5, 5);
      expect(await shownCards(page)).toBe(0);
      await waitUntil(() => cardHostsInDocument(page), (n) => n === 0, 'the unused card to go', 15_000);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
