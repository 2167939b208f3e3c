/**
 * Dark mode and accessibility in every browser under test, on every extension page (options, popup,
 * and the card in a page): each follows the system's colour scheme, axe-core finds no violation in
 * light or in dark, and Tab walks every control of each page, the whole order, in reading order with a
 * visible focus ring.
 * Screenshots of the dark pages go to artifacts/screenshots/<browser>-dark-*.png.
 */
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { browsersUnderTest } from './support/browsers.ts';
import type { TestBrowser, TestFrame } from './support/driver.ts';
import type { StaticServer } from './support/static-server.ts';
import { openCrmContact, openOptionsWithSamples, startForSuite } from './support/suite.ts';
import { CardPage } from './pages/card-page.ts';
import { PopupPage } from './pages/popup-page.ts';

const SHOTS = 'artifacts/screenshots';
const ADA = '(212) 736-8410';

/** "light" or "dark": how bright the page's background is painted. */
const paintedScheme = (frame: Pick<TestFrame, 'evaluate'>) =>
  frame.evaluate(() => {
    const [r = 0, g = 0, b = 0] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return r + g + b > 3 * 128 ? 'light' : 'dark';
  });

/** Enough for the longest page (the options page with sample data has well under 100 controls). */
const MAX_STOPS = 300;

/**
 * Walks the page's whole Tab order, from a page just opened until the focus leaves the page or comes
 * back to the first stop: each stop must be visible, named and ringed; then the order must be every
 * control a keyboard user can reach, in reading order (the page's document order: no positive
 * tabindex), none skipped and none visited twice. Returns what is wrong, and how many stops there were.
 */
async function tabWalk(frame: TestFrame): Promise<{ problems: string[]; stops: number; visited: string[] }> {
  const problems: string[] = [];
  await frame.evaluate(() => void ((window as unknown as { cpVisited?: Element[] }).cpVisited = []));
  for (let i = 0; i < MAX_STOPS; i++) {
    await frame.press('Tab');
    const step = await frame.evaluate(() => {
      const w = window as unknown as { cpVisited: Element[] };
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { done: true, problem: null };
      if (el === w.cpVisited[0]) return { done: true, problem: null };
      // A date or time input is one control with a stop per part (day, month, year): one control in the order.
      if (el === w.cpVisited.at(-1)) return { done: false, problem: null };
      const what = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || el.getAttribute('title') || (el as HTMLInputElement).labels?.[0]?.textContent?.trim() || '';
      w.cpVisited.push(el);
      if (box.width === 0 || box.height === 0) return { done: false, problem: `${what} has the focus but cannot be seen` };
      if (!name && !el.getAttribute('aria-labelledby')) return { done: false, problem: `${what} has no name` };
      if (style.boxShadow === 'none' && (style.outlineStyle === 'none' || style.outlineWidth === '0px')) return { done: false, problem: `${what} shows no focus ring` };
      return { done: false, problem: null };
    });
    if (step.problem) problems.push(step.problem);
    if (step.done) break;
  }
  const order = await frame.evaluate(() => {
    const visited = (window as unknown as { cpVisited: Element[] }).cpVisited;
    const describe = (el: Element) => {
      const h = el as HTMLElement;
      const text = (h.getAttribute('aria-label') ?? h.textContent ?? (h as HTMLInputElement).value ?? '').trim().replace(/\s+/g, ' ').slice(0, 30);
      return `${el.tagName.toLowerCase()}${h.dataset.testid ? `[${h.dataset.testid}]` : ''} "${text}"`;
    };
    // Every control Tab must reach, in document order: focusable, not taken out of the order, shown,
    // not disabled or inert; of a radio group only its checked radio (or the first one) is a stop.
    const candidates = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]')];
    const reachable = candidates.filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
      if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
      if (el.closest('details:not([open])') && !(el.tagName === 'SUMMARY' && el.parentElement?.tagName === 'DETAILS' && el.parentElement.querySelector('summary') === el)) return false;
      if (el.getClientRects().length === 0 || getComputedStyle(el).visibility === 'hidden') return false;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)];
        return el === (group.find((r) => r.checked) ?? group[0]);
      }
      return true;
    });
    return { visited: visited.map(describe), expected: reachable.map(describe) };
  });
  // The walk ends by leaving the page: the controls met on the way are the whole order.
  expect(order.visited.length).toBeLessThan(MAX_STOPS);
  return { problems: [...problems, ...(order.visited.join('\n') === order.expected.join('\n') ? [] : [`Tab order:\n${order.visited.join('\n')}\nreading order:\n${order.expected.join('\n')}`])], stops: order.visited.length, visited: order.visited };
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
      /** Painted in this scheme, no axe violation, and the whole Tab order is the reading order (at least `least` stops). */
      const check = async (frame: TestFrame, least: number) => {
        expect(await paintedScheme(frame)).toBe(scheme);
        expect(await axeViolations(frame)).toEqual([]);
        const walk = await tabWalk(frame);
        expect(walk.problems).toEqual([]);
        expect(walk.stops, walk.visited.join('\n')).toBeGreaterThanOrEqual(least);
      };

      it('options: follows the scheme, no axe violations, Tab goes in reading order', async () => {
        const { options } = await openOptionsWithSamples(browser);
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
        const page = await openCrmContact(browser, server);
        const card = await CardPage.openFor(page, ADA);
        await check(card.frame, 10);
        await shot(page, 'card');
        // The question before a customer is deleted (red on red) reads in both schemes, and takes the focus.
        await card.frame.click('[data-testid="delete-customer"]');
        await card.frame.waitFor('[data-testid="delete-customer-question"]');
        await card.frame.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'delete-customer-question');
        expect(await axeViolations(card.frame)).toEqual([]);
        await card.screenshot(`${SHOTS}/${name}-${scheme}-card-delete-question.png`);
        await card.frame.click('[data-testid="delete-customer-cancel"]');
        await card.frame.waitFor('[data-testid="delete-customer"]');
        await page.close();
      });
    });
  }
}
