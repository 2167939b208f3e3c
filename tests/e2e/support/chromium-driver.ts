/** TestBrowser over Playwright + Chromium. */
import type { Frame, Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type ChromiumWithExtension } from './chromium.ts';
import type { TestBrowser, TestFrame, TestPage } from './driver.ts';

function wrapFrame(frame: Frame | Page): TestFrame {
  return {
    url: () => frame.url(),
    waitFor: async (selector, timeout = 10_000) => void (await frame.waitForSelector(selector, { state: 'visible', timeout })),
    click: (selector) => frame.click(selector),
    fill: async (selector, value) => {
      await frame.fill(selector, '');
      await frame.type(selector, value);
    },
    type: async (selector, text) => {
      await frame.focus(selector);
      await frame.press(selector, 'End');
      await frame.type(selector, text);
    },
    select: async (selector, value) => void (await frame.selectOption(selector, value)),
    text: async (selector) => (await frame.textContent(selector)) ?? '',
    count: (selector) => frame.locator(selector).count(),
    evaluate: (fn, arg) => frame.evaluate(fn, arg) as never,
    press: (key) => (('keyboard' in frame ? frame.keyboard.press(key) : frame.page().keyboard.press(key)) as Promise<void>),
  };
}

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    ...wrapFrame(page),
    errors,
    goto: async (url) => void (await page.goto(url)),
    clickAt: async (x, y, modifiers = []) => {
      for (const m of modifiers) await page.keyboard.down(m);
      await page.mouse.click(x, y);
      for (const m of modifiers) await page.keyboard.up(m);
    },
    frame: async (part, timeout = 10_000) => {
      const deadline = Date.now() + timeout;
      for (;;) {
        const found = page.frames().find((f) => f.url().includes(part));
        if (found) return wrapFrame(found);
        if (Date.now() > deadline) throw new Error(`No frame whose URL contains "${part}"`);
        await page.waitForTimeout(50);
      }
    },
    screenshot: async (path, clip) => void (await page.screenshot({ path, clip })),
    close: () => page.close(),
  };
}

export async function launchChromiumDriver(): Promise<TestBrowser> {
  // A profile of our own, so a crashed browser can be started again on it.
  const profile = await mkdtemp(join(tmpdir(), 'callprep-chromium-'));
  let browser: ChromiumWithExtension = await launchChromium({ profile });
  return {
    name: 'chromium',
    newPage: async () => wrapPage(await browser.context.newPage()),
    extensionUrl: (path) => browser.extensionUrl(path),
    crashAndRestart: async () => {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Browser.crash').catch(() => undefined); // the connection dies with the browser
      await browser.context.close().catch(() => undefined);
      browser = await launchChromium({ profile });
    },
    stopBackground: async () => {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
