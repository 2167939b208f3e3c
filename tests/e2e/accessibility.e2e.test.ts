/**
 * Dark mode and accessibility in every browser under test, on every extension page (options, popup,
 * and the card in a page): each follows the system's colour scheme, axe-core finds no violation in
 * light or in dark, and Tab walks the controls in reading order with a visible focus ring.
 * Screenshots of the dark pages go to artifacts/screenshots/<browser>-dark-*.png.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestFrame } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { startForSuite } from './support/suite.ts';
import { CardPage } from './pages/card-page.ts';
import { OptionsPage } from './pages/options-page.ts';
import { PopupPage } from './pages/popup-page.ts';

const SHOTS = 'artifacts/screenshots';
const ADA = '(212) 736-8410';

/** "light" or "dark": how bright the page's background is painted. */
const paintedScheme = (frame: Pick<TestFrame, 'evaluate'>) =>
  frame.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return r + g + b > 3 * 128 ? 'light' : 'dark';
  });

/**
 * Presses Tab `stops` times on a page just opened and describes where the focus went: each stop
 * must be visible, named, ringed, and after the one before in reading order.
 */
async function tabWalk(frame: TestFrame, stops: number): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < stops; i++) {
    await frame.press('Tab');
    const problem = await frame.evaluate(() => {
      const w = window as unknown as { cpLastFocus?: Element };
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'the focus left the page';
      const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || el.getAttribute('title') || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || '';
      const before = w.cpLastFocus;
      w.cpLastFocus = el;
      if (box.width === 0 || box.height === 0) return `${what} has the focus but cannot be seen`;
      if (!name && !el.getAttribute('aria-labelledby')) return `${what} has no name`;
      if (style.boxShadow === 'none' && (style.outlineStyle === 'none' || style.outlineWidth === '0px')) return `${what} shows no focus ring`;
      if (before && before.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) return `${what} comes before the previous stop`;
      return null;
    });
    if (problem) problems.push(problem);
  }
  return problems;
}

for (const [name, launch] of browsersUnderTest()) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`${name} in ${scheme} mode`, () => {
      let browser: TestBrowser;
      let server: StaticServer;
      startForSuite(
        () => launch({ colorScheme: scheme }),
        async (b, s) => {
          browser = b;
          server = s;
          await mkdir(SHOTS, { recursive: true });
        },
      );
      const shot = (page: { screenshot(path: string): Promise<void> }, what: string) =>
        scheme === 'dark' ? page.screenshot(`${SHOTS}/${name}-dark-${what}.png`) : Promise.resolve();
      /** Painted in this scheme, no axe violation, and `stops` Tab presses in reading order. */
      const check = async (frame: TestFrame, stops: number) => {
        expect(await paintedScheme(frame)).toBe(scheme);
        expect(await axeViolations(frame)).toEqual([]);
        expect(await tabWalk(frame, stops)).toEqual([]);
      };

      it('options: follows the scheme, no axe violations, Tab goes in reading order', async () => {
        const options = await OptionsPage.open(browser);
        await options.loadSamples();
        // As a user arrives on it: with customers, and nothing focused yet.
        await options.reload();
        await check(options.page, 12);
        await shot(options.page, 'options');
        await options.page.close();
      });

      it('popup: follows the scheme, no axe violations, Tab goes in reading order', async () => {
        const popup = await PopupPage.open(browser);
        await popup.page.waitFor('[data-testid="search"]');
        await check(popup.page, 10);
        await shot(popup.page, 'popup');
        await popup.page.close();
      });

      it('card: follows the scheme, no axe violations, Tab goes in reading order', async () => {
        const page = await browser.newPage();
        await page.goto(server.url('/fixtures/crm-contact.html'));
        const card = await CardPage.openFor(page, ADA);
        await check(card.frame, 10);
        await shot(page, 'card');
        await page.close();
      });
    });
  }
}
