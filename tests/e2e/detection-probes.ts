/**
 * What the detection suites read from a page, all from outside the content script: the marks
 * registered in CSS.highlights, the page's serialised DOM (without Callprep's card host), and where
 * a marked number is on screen.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { readCardParams, type OpenedWith } from './pages/card-page.ts';

type Target = Page | Frame;

/**
 * The text of every marked number, in document order of registration. A plain function, run in the
 * page by either driver (`page.evaluate(readMarkedTexts)`); a number split by markup spans several
 * text nodes, so it is read through a Range.
 */
export function readMarkedTexts(): string[] {
  return [...(CSS.highlights.get('callprep-phone') ?? [])].map((r) => {
    const range = new Range();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
}

/** The page's DOM as text, without Callprep's card host (the one element it may add); run in the page. */
export function readPageHtml(): string {
  const copy = document.documentElement.cloneNode(true) as Element;
  for (const host of copy.querySelectorAll('callprep-card')) host.remove();
  return new XMLSerializer().serializeToString(copy);
}

export const markedTexts = (target: Target): Promise<string[]> => target.evaluate(readMarkedTexts);

/** Polls until the marks are exactly `expected` (order-insensitive) or the time is up; returns the last seen. */
export async function waitForMarks(target: Target, expected: string[], timeoutMs = 8000): Promise<string[]> {
  const want = JSON.stringify([...expected].sort());
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = (await markedTexts(target)).sort();
    if (JSON.stringify(seen) === want || Date.now() > deadline) return seen;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const pageHtml = (target: Target): Promise<string> => target.evaluate(readPageHtml);

/** Centre of the marked number whose text is `text`, in viewport coordinates. */
export async function markCentre(target: Target, text: string): Promise<{ x: number; y: number }> {
  const point = await target.evaluate((wanted) => {
    for (const r of CSS.highlights.get('callprep-phone') ?? []) {
      const range = new Range();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== wanted) continue;
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not marked`);
  return point;
}

export const cardHostCount = (page: Page): Promise<number> => page.evaluate(() => document.querySelectorAll('callprep-card').length);

/** The card iframe, once it exists (the host's shadow root is closed; frames are not). */
export async function cardFrame(page: Page, timeoutMs = 5000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().includes('/src/ui/card/card.html'));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('No card iframe appeared');
    await page.waitForTimeout(50);
  }
}

/** The card iframe's URL (it carries only the card's session token). */
export const cardFrameUrl = async (page: Page, timeoutMs?: number): Promise<URL> => new URL((await cardFrame(page, timeoutMs)).url());

/** What the open card was opened with: its number and the page details (see readCardParams). */
export const cardOpenedWith = async (page: Page): Promise<OpenedWith> => (await cardFrame(page)).evaluate(readCardParams);

/** What links.html (tests/e2e/fixtures) has marked once Callprep has read it. */
export const LINKS_MARKED = ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000'];

/** A new tab on links.html (at `url`) with its numbers marked, and the errors the page reports. */
export async function openLinksPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  if (JSON.stringify(await waitForMarks(page, LINKS_MARKED)) !== JSON.stringify([...LINKS_MARKED].sort())) throw new Error('links.html was not marked as expected');
  return { page, errors };
}
