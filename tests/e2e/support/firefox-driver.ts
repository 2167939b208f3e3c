/**
 * TestBrowser over Puppeteer + WebDriver BiDi (Firefox ESR), with the same semantics as chromium-driver.ts.
 *
 * Two Firefox/BiDi behaviours shape this file (measured with Firefox ESR 153, puppeteer-core 24.43):
 * - `page.goto` to a moz-extension:// page loads it but may never resolve (it rejects later with
 *   "Frame detached"), so extension pages are opened without awaiting and we poll `location.href`.
 * - Puppeteer never learns the URL of a moz-extension:// document: `frame.url()` stays "about:blank"
 *   for extension pages and for the card iframe (even though it lists the frame and can act in it,
 *   including inside the content script's closed shadow root). So frames are matched by evaluating
 *   `location.href` in each, and the wrappers remember the last URL they saw.
 */
import type { Browser, ElementHandle, Frame, KeyInput, Page } from 'puppeteer-core';
import { launchFirefox, type LaunchOptions } from './firefox.ts';
import { clickOptions, DEFAULT_WAIT_MS, waitForFunctionIn, waitUntil, type TestBrowser, type TestFrame, type TestPage } from './driver.ts';
import { pressKeys } from './firefox-keys.ts';
import { trackFrontTab, type FrontTracker } from './firefox-focus.ts';
import { clickInChildFrame } from './firefox-frame-click.ts';

/** The document's own URL, which Puppeteer does not track for extension pages. */
async function hrefOf(frame: Frame): Promise<string> {
  // A click may have removed the frame (the card's close button) or be navigating it: both are fine.
  if (frame.detached) return frame.url();
  try {
    return await frame.evaluate(() => location.href);
  } catch {
    return frame.url();
  }
}

/** Waits until the selector matches something, like Playwright's auto-waiting actions. */
async function element(frame: Frame, selector: string): Promise<ElementHandle<Element>> {
  const handle = await frame.waitForSelector(selector, { timeout: DEFAULT_WAIT_MS });
  if (!handle) throw new Error(`No element matches "${selector}"`);
  return handle;
}

/** The tab a frame lives in, and how to put that tab in front before acting as a user would. */
interface Tab {
  page: Page;
  front(): Promise<void>;
}

function wrapFrame(frame: Frame, tab: Tab, initialUrl: string): TestFrame {
  const { page, front } = tab;
  let lastUrl = initialUrl;
  const url = () => (lastUrl.startsWith('moz-extension:') ? lastUrl : frame.url());
  const remember = async () => void (lastUrl = await hrefOf(frame));
  const wrapped: TestFrame = {
    url,
    waitFor: async (selector, timeout = DEFAULT_WAIT_MS) => void (await frame.waitForSelector(selector, { visible: true, timeout })),
    click: async (selector) => {
      await front();
      const target = await element(frame, selector);
      if (frame.parentFrame()) await clickInChildFrame(page, target);
      else await target.click();
      await remember();
    },
    fill: async (selector, value) => {
      // Clear the way a user does (select all, delete), then type, so input events fire per key.
      await front();
      const field = await element(frame, selector);
      await field.focus();
      await field.evaluate((el) => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.select() : undefined));
      await page.keyboard.press('Backspace');
      await field.type(value);
    },
    type: async (selector, text) => {
      await front();
      const field = await element(frame, selector);
      await field.focus();
      // Control+End: the end of the whole value (End alone stops at the end of a wrapped line).
      await pressKeys(page.keyboard, 'Control+End');
      await field.type(text);
    },
    select: async (selector, value) => {
      await front();
      await element(frame, selector);
      await frame.select(selector, value);
    },
    text: async (selector) => (await element(frame, selector)).evaluate((el) => el.textContent ?? ''),
    count: (selector) => frame.$$eval(selector, (els) => els.length),
    // BiDi awaits only native Promises: callers wrap Dexie (or other thenables) in `async () => await …`.
    evaluate: (fn, arg) => frame.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    waitForFunction: (fn, arg, timeout) => waitForFunctionIn(wrapped)(fn, arg, timeout),
    press: async (key) => {
      await front();
      await pressKeys(page.keyboard, key);
    },
    pressClosing: async (key, timeout = DEFAULT_WAIT_MS) => {
      // Same order as in Chromium (chromium-driver.ts), so a test means the same in both browsers.
      await front();
      await page.keyboard.down(key as KeyInput);
      try {
        await waitUntil(async () => frame.detached, Boolean, `the frame at ${url()} to go after ${key}`, timeout);
      } finally {
        await page.keyboard.up(key as KeyInput);
      }
    },
    focus: async (selector) => {
      await front();
      await (await element(frame, selector)).focus();
    },
    inputValue: async (selector) =>
      (await element(frame, selector)).evaluate((el) => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el.value : '')),
  };
  return wrapped;
}

async function findFrame(tab: Tab, part: string, timeout: number): Promise<TestFrame> {
  const { page } = tab;
  const find = async () => {
    for (const frame of page.frames()) {
      const href = frame.url().includes(part) ? frame.url() : await hrefOf(frame);
      if (href.includes(part)) return wrapFrame(frame, tab, href);
    }
    return undefined;
  };
  return (await waitUntil(find, Boolean, `a frame whose URL contains "${part}"`, timeout))!;
}

/** Opens a moz-extension:// page without trusting `page.goto` to settle (see the header). */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  // Going to the URL the page already shows (a reload): the old document answers "url, complete"
  // until the new one replaces it, so it is tagged and the wait is for a document without the tag.
  await page.evaluate(() => void ((window as unknown as { leaving?: boolean }).leaving = true)).catch(() => undefined);
  page.goto(url).catch(() => undefined);
  const state = () => page.evaluate(() => [location.href, document.readyState, (window as unknown as { leaving?: boolean }).leaving === true] as const);
  await waitUntil(state, ([href, readyState, leaving]) => href === url && readyState === 'complete' && !leaving, `${url} to open`, 15_000);
}

/**
 * Opens a web page. Now and then, with both suites running side by side on two cores, `page.goto`
 * times out ("Navigation timeout of 30000 ms exceeded") though nothing about the page is slow: the
 * page is then asked itself. A page at `url` that has loaded counts as opened; a tab still elsewhere
 * (seen: a fresh tab that never started the navigation) is sent there once more, and fails if that
 * times out too. Each is logged with what the tab showed.
 */
async function gotoWebPage(page: Page, url: string, waitUntil: 'load' | 'domcontentloaded', again = true): Promise<void> {
  try {
    await page.goto(url, { waitUntil });
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    const [href, readyState] = await page.evaluate(() => [location.href, document.readyState] as const);
    const loaded = href === url && readyState !== 'loading' && (waitUntil !== 'load' || readyState === 'complete');
    console.warn(`[e2e] firefox: the navigation to ${url} timed out; the tab showed ${href} (${readyState}): ${loaded ? 'going on' : again ? 'once more' : 'failing'}`);
    if (loaded) return;
    if (!again) throw error;
    await gotoWebPage(page, url, waitUntil, false);
  }
}

function wrapPage(page: Page, tracker: FrontTracker): TestPage {
  const tab: Tab = { page, front: () => tracker.front(page) };
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  let lastUrl = 'about:blank';
  const main = (): TestFrame => wrapFrame(page.mainFrame(), tab, lastUrl);
  return {
    url: () => (lastUrl.startsWith('moz-extension:') ? lastUrl : page.url()),
    waitFor: (selector, timeout) => main().waitFor(selector, timeout),
    click: async (selector) => {
      await main().click(selector);
      lastUrl = await hrefOf(page.mainFrame());
    },
    fill: (selector, value) => main().fill(selector, value),
    type: (selector, text) => main().type(selector, text),
    select: (selector, value) => main().select(selector, value),
    text: (selector) => main().text(selector),
    count: (selector) => main().count(selector),
    evaluate: (fn, arg) => main().evaluate(fn, arg),
    waitForFunction: (fn, arg, timeout) => main().waitForFunction(fn, arg, timeout),
    press: (key) => main().press(key),
    pressClosing: (key, timeout) => main().pressClosing(key, timeout),
    focus: (selector) => main().focus(selector),
    inputValue: (selector) => main().inputValue(selector),
    errors,
    goto: async (url, options) => {
      await tab.front();
      if (url.startsWith('moz-extension:')) await gotoExtensionPage(page, url);
      else await gotoWebPage(page, url, options?.waitUntil ?? 'load');
      lastUrl = url;
    },
    reload: async () => {
      await tab.front();
      if (lastUrl.startsWith('moz-extension:')) await gotoExtensionPage(page, lastUrl);
      else await page.reload();
    },
    clickAt: async (x, y, options) => {
      const { modifiers, clickCount } = clickOptions(options);
      await tab.front();
      for (const m of modifiers) await page.keyboard.down(m as KeyInput);
      await page.mouse.click(x, y, { count: clickCount });
      for (const m of [...modifiers].reverse()) await page.keyboard.up(m as KeyInput);
    },
    moveTo: async (x, y) => {
      await tab.front();
      await page.mouse.move(x, y, { steps: 5 });
    },
    drag: async (from, to) => {
      await tab.front();
      await page.mouse.move(from.x, from.y, { steps: 2 });
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 10 });
      await page.mouse.up();
    },
    frame: (part, timeout = DEFAULT_WAIT_MS) => findFrame(tab, part, timeout),
    bringToFront: () => tab.front(),
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    close: () => page.close(),
  };
}

/**
 * A new tab. After add-on notifications, Firefox ESR 140 takes its alerts window for the window to
 * open tabs in and refuses ("TabManager.getTabBrowser(...) is undefined"); Firefox ESR 153 does not.
 * Then the page opens in a new window of its own, which serves the tests the same.
 */
async function newTab(browser: Browser): Promise<Page> {
  try {
    return await browser.newPage();
  } catch (error) {
    if (!(error instanceof Error && /getTabBrowser/.test(error.message))) throw error;
    return await browser.newPage({ type: 'window' });
  }
}

export async function launchFirefoxDriver(options: LaunchOptions = {}): Promise<TestBrowser> {
  const firefox = await launchFirefox(options);
  const tracker = trackFrontTab(firefox.browser);
  // "firefox/153.7.0": the number BiDi reports (Debian's "esr" suffix is not part of it).
  const version = (await firefox.browser.version()).replace(/^firefox\//i, 'Firefox ');
  return {
    name: 'firefox',
    version,
    newPage: async () => wrapPage(await newTab(firefox.browser), tracker),
    onlyNewTab: async () => {
      const page = await newTab(firefox.browser);
      await Promise.all((await firefox.browser.pages()).filter((other) => other !== page).map((other) => other.close()));
      return wrapPage(page, tracker);
    },
    extensionUrl: firefox.extensionUrl,
    close: firefox.close,
  };
}
