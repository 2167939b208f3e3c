/**
 * The content script in every browser under test (Chromium and Firefox): the lazy detector chunk
 * loads, exactly the numbers are marked, the page's DOM stays as it was, and a click opens the card.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readMarkedTexts, readPageHtml } from './detection-probes.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestPage } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

const FIXTURES = [
  ['crm-table.html', ['(212) 736-8410', '+1 415 555 0132', '+49 30 901820', '+44 20 7946 0958', '646-555-0199', '+33 1 42 68 53 00', '1-800-555-0199']],
  ['shadow-dom.html', ['(212) 736-8410', '+44 20 7946 0958', '+1 415 555 0132']],
  ['editable.html', ['+1 415 555 0132']],
  ['split-numbers.html', ['+1 212 736 8410', '+44 20 7946 0958', '+49 (0)30\n  901820', '+33 1 42 68\n53 00', '+1 (617) 253-1000', '(312) 555-0147']],
  // Issue 12: full-width and Arabic-Indic digits, non-breaking hyphens and minus signs, labels glued
  // to numbers, an extension after a slash; an imprint's IDs, a payment reference and a PO box are not.
  [
    'world-writing.html',
    [
      '＋８１ ３ ３５８１ １１８５', '+٩٦٦ ١١ ٤٦٤ ٢٧٣١', '+49 221 9463‑218', '+49 221 9463‑299', '+49 221 9463‑0',
      '(312) 555‑0129/x12', '617−555−0143',
    ],
  ],
] as const;

async function marksSettle(page: TestPage, expected: readonly string[]): Promise<string[]> {
  const want = JSON.stringify([...expected].sort());
  let seen: string[] = [];
  for (let i = 0; i < 100 && JSON.stringify(seen) !== want; i++) {
    await new Promise((r) => setTimeout(r, 80));
    seen = (await page.evaluate(readMarkedTexts)).sort();
  }
  return seen;
}

for (const [name, launch] of browsersUnderTest()) {
  describe(`detection in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]));

    test.each(FIXTURES)('%s: exactly the numbers are marked, DOM unchanged', async (fixture, expected) => {
      const page = await browser.newPage();
      await page.goto(server.url(`/fixtures/${fixture}`));
      const before = await page.evaluate(readPageHtml);
      expect(await marksSettle(page, expected)).toEqual([...expected].sort());
      expect(await page.evaluate(readPageHtml)).toBe(before);
      expect(page.errors).toEqual([]);
      // The marks under full-width, Arabic-Indic and dashed digits, to look at (issue 12).
      if (fixture === 'world-writing.html') {
        await mkdir('artifacts/screenshots', { recursive: true });
        await page.screenshot(`artifacts/screenshots/${name}-world-writing.png`);
      }
      await page.close();
    });

    test('a click on a number opens the card for it; Escape closes it', async () => {
      const page = await browser.newPage();
      await page.goto(server.url('/fixtures/links.html'));
      await marksSettle(page, ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000']);
      const point = await page.evaluate(() => {
        const box = document.getElementById('plain')!.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      });
      await page.clickAt(point.x, point.y);
      const card = await page.frame('card.html');
      expect(new URL(card.url()).searchParams.get('e164')).toBe('+16172531000');
      expect(await page.count('callprep-card')).toBe(1);
      await page.press('Escape');
      for (let i = 0; i < 50 && (await page.count('callprep-card')) > 0; i++) await new Promise((r) => setTimeout(r, 50));
      expect(await page.count('callprep-card')).toBe(0);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
