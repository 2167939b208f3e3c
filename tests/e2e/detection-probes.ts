/**
 * What the end-to-end suites read from a web page, all from outside the content script: the marks
 * registered in CSS.highlights, the page's serialised DOM (without Callprep's card host), where a
 * marked number is on screen, Callprep's card host and frame, and the content script's own signals
 * (performance marks, see src/content/content-script.ts) to wait on instead of sleeping. Every probe
 * takes a TestFrame or TestPage of either driver.
 */
import { expect } from 'vitest';
import { pollUntil, waitUntil, DEFAULT_WAIT_MS, type TestBrowser, type TestFrame, type TestPage } from './support/driver.ts';

type Target = Pick<TestFrame, 'evaluate'>;

/** Appended to a page's URL: the content script then marks each time its scan queue runs empty. */
export const DEBUG_HASH = '#callprep-debug';
export const CARD_FRAME = 'src/ui/card/card.html';

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

const sorted = (texts: readonly string[]) => JSON.stringify([...texts].sort());

/** Polls until the marks are exactly `expected` (order-insensitive) or the time is up; returns the last seen, sorted. */
export async function waitForMarks(target: Target, expected: readonly string[], timeoutMs = DEFAULT_WAIT_MS): Promise<string[]> {
  const seen = await pollUntil(() => markedTexts(target), (marks) => sorted(marks) === sorted(expected), timeoutMs);
  // The caller's assertion says what differs; this says how far the content script got, for a run
  // that cannot be repeated (a failure seen once in CI).
  if (sorted(seen) !== sorted(expected)) console.warn(`[detection] marks still not as expected; the content script's marks: ${await contentScriptTrail(target)}`);
  return [...seen].sort();
}

/** Waits until each of `numbers` is marked, whatever else the page has marked too (a page of more numbers). */
export async function waitForMarked(target: Target, numbers: readonly string[]): Promise<void> {
  await waitUntil(() => markedTexts(target), (marks) => numbers.every((n) => marks.includes(n)), `${numbers.join(', ')} to be marked`);
}

/** The content script's performance marks so far (name@time detail), with the page's address and state. */
function contentScriptTrail(target: Target): Promise<string> {
  return target.evaluate(() => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('callprep:'));
    const trail = marks.map((m) => `${m.name.slice('callprep:'.length)}@${Math.round(m.startTime)}${(m as PerformanceMark).detail ? ` ${String((m as PerformanceMark).detail)}` : ''}`);
    return `${trail.join(', ') || 'none'} (${location.href}, ${document.readyState}, at ${Math.round(performance.now())} ms)`;
  });
}

export const pageHtml = (target: Target): Promise<string> => target.evaluate(readPageHtml);

/**
 * The detail of the content script's latest `callprep:<name>` mark if it was made after `since` (the
 * frame's clock; -1: at any time), else null. Details are JSON text (src/content/content-script.ts).
 */
function markDetailAfter<T>(target: Target, name: string, since = -1): Promise<T | null> {
  return target.evaluate(
    (arg) => {
      const [markName, after] = arg as [string, number];
      const last = performance.getEntriesByName(`callprep:${markName}`).at(-1) as PerformanceMark | undefined;
      return last && last.startTime > after ? (JSON.parse(last.detail as string) as unknown) : null;
    },
    [name, since],
  ) as Promise<T | null>;
}

/** The frame's clock (performance.now()), to wait for what the content script does after a moment. */
export const pageNow = (target: Target): Promise<number> => target.evaluate(() => performance.now());

/**
 * Waits until the content script's scan queue has run empty after `since` (the frame's clock; 0: at
 * any time), and returns what that scan reports. Needs DEBUG_HASH in the frame's URL. After an action
 * that changes the page's text, take `pageNow` first: the scan that follows the change ends later.
 */
export interface ScanIdle {
  textNodesRead: number;
  marks: number;
  /** Texts whose numbers the background found (src/content/remote-detect.ts). */
  detectedElsewhere: number;
}

export async function waitForScanIdle(target: Target, since = 0, timeoutMs = DEFAULT_WAIT_MS): Promise<ScanIdle> {
  const idle = () => markDetailAfter<ScanIdle>(target, 'scan-idle', since);
  return (await waitUntil(idle, Boolean, `the scan to go idle after ${Math.round(since)} ms (is ${DEBUG_HASH} in the URL?)`, timeoutMs))!;
}

/** Waits until the content script knows whether it runs in the frame (site switched on or off), and returns that. */
export async function waitForContentConfig(target: Target, timeoutMs = DEFAULT_WAIT_MS): Promise<{ running: boolean }> {
  const config = () => markDetailAfter<{ running: boolean }>(target, 'config');
  return (await waitUntil(config, Boolean, 'the content script to read its settings', timeoutMs))!;
}

/**
 * Waits until the frame has answered a keyboard shortcut pressed after `since` (the frame's clock),
 * and returns the E.164 number whose card it opened, or null when it opened none.
 */
export async function waitForShortcutAnswer(target: Target, since: number, timeoutMs = DEFAULT_WAIT_MS): Promise<string | null> {
  const answer = () => markDetailAfter<{ opened: string | null }>(target, 'shortcut', since);
  return (await waitUntil(answer, Boolean, 'the frame to answer the shortcut', timeoutMs))!.opened;
}

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

/** Card hosts in the document, shown or prepared unseen while the pointer rests on a number (prewarm). */
export const cardHostsInDocument = (target: Target): Promise<number> => target.evaluate(() => document.querySelectorAll('callprep-card').length);

/** Cards shown on the page; one prepared unseen while the pointer rests on a number (prewarm) has no box and does not count. */
export const cardHostCount = (target: Target): Promise<number> =>
  target.evaluate(() => [...document.querySelectorAll('callprep-card')].filter((host) => host.getClientRects().length > 0).length);

/** The card iframe's URL, once it exists (the host's shadow root is closed; frames are not): it holds only the card's session. */
export async function cardFrameUrl(page: Pick<TestPage, 'frame'>, timeoutMs = 5000): Promise<URL> {
  return new URL((await page.frame(CARD_FRAME, timeoutMs)).url());
}

/** What the card was opened with (src/shared/card-frame.ts CardParams). */
export interface OpenedWith {
  e164: string;
  raw: string;
  ext?: string;
  pageTitle?: string;
  nearbyName?: string;
  nearbyCompany?: string;
}

/**
 * Runs in the card's frame: the number and page details it was opened with. The card's URL holds
 * only its session token; the frame the session is bound to may claim it again and be told them.
 */
export async function readCardParams(): Promise<OpenedWith> {
  type Reply = { ok: boolean; data?: { params: OpenedWith }; error?: string };
  type Api = { runtime: { sendMessage(message: unknown): Promise<Reply> } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const token = new URLSearchParams(location.search).get('session');
  const reply = await (g.browser ?? g.chrome).runtime.sendMessage({ callprep: 1, type: 'card/claim-session', data: { token } });
  if (!reply?.ok || !reply.data) throw new Error(`The card has no session: ${reply?.error ?? 'no answer'}`);
  return reply.data.params;
}

/** What the open card was opened with: its number and the page details (see readCardParams). */
export async function cardOpenedWith(page: Pick<TestPage, 'frame'>, timeoutMs = 5000): Promise<OpenedWith> {
  const frame = await page.frame(CARD_FRAME, timeoutMs);
  // Firefox can name the card's URL a moment before its document has the extension's APIs.
  await frame.waitForFunction(() => {
    const g = globalThis as unknown as { browser?: { runtime?: unknown }; chrome?: { runtime?: unknown } };
    return Boolean((g.browser ?? g.chrome)?.runtime);
  }, undefined, timeoutMs);
  return frame.evaluate(readCardParams);
}

/** What links.html (tests/e2e/fixtures) has marked once Callprep has read it. */
export const LINKS_MARKED = ['Call the front desk', '(312) 555-0147', '+1 (617) 253-1000'];

/** A new tab on links.html (at `url`) with its numbers marked; closePage-style checks read page.errors. */
export async function openLinksPage(browser: TestBrowser, url: string): Promise<TestPage> {
  const page = await browser.newPage();
  await page.goto(url);
  expect(await waitForMarks(page, LINKS_MARKED)).toEqual([...LINKS_MARKED].sort());
  return page;
}
