/**
 * TestBrowser over Playwright + Chromium.
 *
 * An input event whose handling removes the frame it went to (a click on ✕ or Escape in the card:
 * the card asks its host to go and the host removes the iframe) can lose its acknowledgement, and
 * DevTools then waits for it forever: Playwright's `click` or `keyboard.press` never returns.
 * Measured with Chromium 156 and Playwright 1.65: `keyboard.press('Escape')` in the card hung once
 * in 5 to 60 closes (the key-up, sent while the frame went), and a click on ✕ hung once in a full
 * run of the suite. So clicks in an out-of-process frame (the card, an extension page in a web page)
 * are sent through that frame's own DevTools session, which fails as the frame goes instead of
 * hanging, and `pressClosing` lets go of the key only once Playwright has seen the browser drop the
 * frame (150 closes in a row, none hung).
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchChromium, type ChromiumWithExtension, type LaunchOptions } from './chromium.ts';
import { clickOptions, DEFAULT_WAIT_MS, waitForFunctionIn, waitUntil, type TestBrowser, type TestFrame, type TestPage } from './driver.ts';

const pageOf = (frame: Frame | Page): Page => ('keyboard' in frame ? frame : frame.page());

/** The frame's own DevTools session when it runs in a process of its own, else null (it shares its page's). */
async function ownSession(frame: Frame): Promise<CDPSession | null> {
  if (!frame.parentFrame()) return null;
  return frame
    .page()
    .context()
    .newCDPSession(frame)
    .catch(() => null); // "This frame does not have a separate CDP session": same process as its parent
}

/** A user's click on the element, sent through the frame's own session (see the header). */
async function clickThroughOwnSession(frame: Frame, session: CDPSession, selector: string): Promise<void> {
  const element = frame.locator(selector);
  // Everything Playwright checks before a click (visible, stable, enabled, not covered), without clicking.
  await element.click({ trial: true });
  const { x, y } = await element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  const mouse = (type: 'mousePressed' | 'mouseReleased') => session.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1 });
  await session.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
  await mouse('mousePressed');
  await mouse('mouseReleased').catch((error: Error) => {
    // The click closed the frame (✕ in the card): its session went with it, which is no failure.
    if (!frame.isDetached()) throw error;
  });
}

function wrapFrame(frame: Frame | Page): TestFrame {
  const keyboard = () => pageOf(frame).keyboard;
  // Made on the first click only: many wrappers are made just to read a frame.
  let session: Promise<CDPSession | null> | undefined;
  const wrapped: TestFrame = {
    url: () => frame.url(),
    waitFor: async (selector, timeout = DEFAULT_WAIT_MS) => void (await frame.waitForSelector(selector, { state: 'visible', timeout })),
    click: async (selector) => {
      if ('mainFrame' in frame) return frame.click(selector);
      const own = await (session ??= ownSession(frame));
      if (own) await clickThroughOwnSession(frame, own, selector);
      else await frame.click(selector);
    },
    fill: async (selector, value) => {
      await frame.fill(selector, '');
      await frame.type(selector, value);
    },
    type: async (selector, text) => {
      await frame.focus(selector);
      // Control+End: the end of the whole value (End alone stops at the end of a wrapped line).
      await frame.press(selector, 'Control+End');
      await frame.type(selector, text);
    },
    select: async (selector, value) => void (await frame.selectOption(selector, value)),
    text: async (selector) => (await frame.textContent(selector)) ?? '',
    count: (selector) => frame.locator(selector).count(),
    evaluate: (fn, arg) => frame.evaluate(fn, arg) as never,
    waitForFunction: (fn, arg, timeout) => waitForFunctionIn(wrapped)(fn, arg, timeout),
    press: (key) => keyboard().press(key),
    pressClosing: async (key, timeout = DEFAULT_WAIT_MS) => {
      const mainFrame = 'mainFrame' in frame ? frame.mainFrame() : frame;
      await keyboard().down(key);
      try {
        await waitUntil(async () => mainFrame.isDetached(), Boolean, `the frame at ${mainFrame.url()} to go after ${key}`, timeout);
      } finally {
        await keyboard().up(key);
      }
    },
    focus: (selector) => frame.focus(selector),
    inputValue: (selector) => frame.inputValue(selector),
  };
  return wrapped;
}

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    ...wrapFrame(page),
    errors,
    goto: async (url, options) => void (await page.goto(url, { waitUntil: options?.waitUntil ?? 'load' })),
    reload: async () => void (await page.reload()),
    clickAt: async (x, y, options) => {
      const { modifiers, clickCount } = clickOptions(options);
      for (const m of modifiers) await page.keyboard.down(m);
      await page.mouse.click(x, y, { clickCount });
      for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
    },
    moveTo: (x, y) => page.mouse.move(x, y, { steps: 5 }),
    frame: async (part, timeout = DEFAULT_WAIT_MS) => {
      const found = await waitUntil(async () => page.frames().find((f) => f.url().includes(part)), Boolean, `a frame whose URL contains "${part}"`, timeout);
      return wrapFrame(found!);
    },
    bringToFront: () => page.bringToFront(),
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    close: () => page.close(),
  };
}

/** "HeadlessChrome/156.0.8078.108" → "Chromium 156.0.8078.108" */
async function versionOf(browser: ChromiumWithExtension): Promise<string> {
  const worker = await browser.serviceWorker();
  const product = await worker.evaluate(() => navigator.userAgent);
  const version = /Chrom(?:e|ium)\/([\d.]+)/.exec(product)?.[1];
  if (!version) throw new Error(`Cannot read the Chromium version from "${product}"`);
  return `Chromium ${version}`;
}

export async function launchChromiumDriver(options: LaunchOptions = {}): Promise<TestBrowser> {
  // A profile of our own unless given one, so a crashed browser can be started again on it.
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'callprep-chromium-')));
  let browser: ChromiumWithExtension = await launchChromium({ ...options, profile });
  // A browser kept for the next suite file (browser-reuse.ts) is never closed: its worker's exit
  // kills it (Playwright), and takes the profile folder away here.
  if (ownProfile) process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
  return {
    name: 'chromium',
    version: await versionOf(browser),
    newPage: async () => wrapPage(await browser.context.newPage()),
    onlyNewTab: async () => {
      const page = await browser.context.newPage();
      await Promise.all(browser.context.pages().filter((other) => other !== page).map((other) => other.close()));
      return wrapPage(page);
    },
    extensionUrl: (path) => browser.extensionUrl(path),
    dispatchCommand: async (command) => {
      const worker = await browser.serviceWorker();
      type Commands = { chrome: { commands: { onCommand: { dispatch(command: string): void } } } };
      await worker.evaluate((name) => (globalThis as unknown as Commands).chrome.commands.onCommand.dispatch(name), command);
    },
    crashAndRestart: async () => {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Browser.crash').catch(() => undefined); // the connection dies with the browser
      await browser.context.close().catch(() => undefined);
      browser = await launchChromium({ ...options, profile });
    },
    stopBackground: async () => {
      // Any page's DevTools session reaches the ServiceWorker domain of the whole browser.
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: async () => {
      await browser.close();
      if (ownProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
