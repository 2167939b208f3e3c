/**
 * Marks a person can see, in every browser under test: a screenshot of the page with Callprep and one
 * of the same page in the same browser without it differ across each number's box (on a light and on
 * a dark page, a number split by markup as one unbroken mark), and nowhere else; the number under the
 * pointer looks different again; a click opens its card. Screenshots: artifacts/screenshots/marks-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cardOpenedWith, readMarkedTexts } from './detection-probes.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestPage } from './support/driver.ts';
import { diffInBox, type Box, type BoxDiff } from './support/pixels.ts';
import { browserVersion, screenshotWithoutExtension } from './support/plain-browser.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';

const SHOTS = 'artifacts/screenshots';
const NUMBERS = ['light-plain', 'light-split', 'dark-plain', 'dark-split'] as const;
const WORDS = ['light-words', 'dark-words'] as const;
const MARKED = ['(212) 736-8410', '(212) 736-8410', '+49 30 901820', '+49 30 901820'].sort();

async function marksShown(page: TestPage): Promise<string[]> {
  let seen: string[] = [];
  for (let i = 0; i < 100 && JSON.stringify(seen) !== JSON.stringify(MARKED); i++) {
    await new Promise((r) => setTimeout(r, 80));
    seen = (await page.evaluate(readMarkedTexts)).sort();
  }
  return seen;
}

const boxesOf = (page: TestPage, ids: readonly string[]): Promise<Record<string, Box>> =>
  page.evaluate((list) => {
    const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const id of list as string[]) {
      const r = document.getElementById(id)!.getBoundingClientRect();
      out[id] = { x: r.left, y: r.top, width: r.width, height: r.height };
    }
    return out;
  }, ids);

async function shoot(page: TestPage, path: string): Promise<Buffer> {
  await page.screenshot(path);
  return readFileSync(path);
}

const rounded = (d: BoxDiff) => ({ changed: +d.changedShare.toFixed(2), mean: Math.round(d.meanChange), gaps: d.untouchedColumns });

for (const [name, launch] of browsersUnderTest()) {
  describe(`marks you can see in ${name}`, () => {
    let browser: TestBrowser;
    let server: StaticServer;
    startForSuite(launch, (b, s) => void ([browser, server] = [b, s]));

    test('each number is painted on light and dark, split ones in one piece, the rest untouched; hover shows; a click opens the card', async () => {
      console.log(`[e2e] ${name}: ${browserVersion(name)}`);
      mkdirSync(SHOTS, { recursive: true });
      const url = server.url('/fixtures/marks-visible.html');
      const page = await browser.newPage();
      await page.goto(url);
      expect(await marksShown(page)).toEqual(MARKED);
      const boxes = await boxesOf(page, [...NUMBERS, ...WORDS]);
      const marked = await shoot(page, `${SHOTS}/marks-${name}.png`);
      const without = await screenshotWithoutExtension(name, url);

      const diffs = Object.fromEntries(NUMBERS.map((id) => [id, diffInBox(marked, without, boxes[id]!)]));
      console.log(`[e2e] ${name} marks vs. no extension:`, JSON.stringify(Object.fromEntries(NUMBERS.map((id) => [id, rounded(diffs[id]!)]))));
      for (const id of NUMBERS) {
        // Most of the box is tinted, clearly (not a faint wash), and no column of it is left out.
        expect.soft(diffs[id]!.changedShare, `${id}: share of the box painted`).toBeGreaterThan(0.5);
        expect.soft(diffs[id]!.meanChange, `${id}: how strongly (a faint 9 % tint changes white by about 22)`).toBeGreaterThan(35);
        expect.soft(diffs[id]!.untouchedColumns, `${id}: columns without mark`).toBe(0);
      }
      for (const id of WORDS) expect.soft(diffInBox(marked, without, boxes[id]!).changedShare, `${id}: words beside a number`).toBe(0);

      // The pointer on a number (a click moves it there): that number looks different again, and its card opens.
      const box = boxes['light-plain']!;
      await page.clickAt(box.x + box.width / 2, box.y + box.height / 2);
      expect((await cardOpenedWith(page)).e164).toBe('+12127368410');
      const hovered = await shoot(page, `${SHOTS}/marks-${name}-hover.png`);
      const hover = diffInBox(hovered, marked, box);
      console.log(`[e2e] ${name} hover vs. mark:`, JSON.stringify(rounded(hover)));
      expect(hover.changedShare, 'hovered number differs from the plain mark').toBeGreaterThan(0.3);
      expect(page.errors).toEqual([]);
      await page.close();
    });

    test('a page that replaces its stylesheets while loading still shows the marks', async () => {
      const url = server.url('/fixtures/marks-visible.html?own-sheets');
      const page = await browser.newPage();
      await page.goto(url);
      expect(await marksShown(page)).toEqual(MARKED);
      expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(2);
      const boxes = await boxesOf(page, NUMBERS);
      const marked = await shoot(page, `${SHOTS}/marks-${name}-own-sheets.png`);
      const without = await screenshotWithoutExtension(name, url);
      for (const id of NUMBERS) expect.soft(diffInBox(marked, without, boxes[id]!).changedShare, `${id}: share of the box painted`).toBeGreaterThan(0.5);
      expect(page.errors).toEqual([]);
      await page.close();
    });
  });
}
