/**
 * The browsers every journey runs in: Chromium over Playwright, Firefox over Puppeteer/WebDriver BiDi.
 * BROWSERS=chromium or BROWSERS=firefox narrows a run (browser-binaries.ts); the end-to-end config runs
 * each browser as a Vitest project of its own, the two side by side.
 */
import type { BrowserName, TestBrowser } from './driver.ts';
import { launchChromiumDriver } from './chromium-driver.ts';
import { launchFirefoxDriver } from './firefox-driver.ts';
import { wantedBrowsers } from './browser-binaries.ts';

const LAUNCHERS: Partial<Record<BrowserName, () => Promise<TestBrowser>>> = {
  chromium: launchChromiumDriver,
  firefox: launchFirefoxDriver,
};

export function registerBrowser(name: BrowserName, launch: () => Promise<TestBrowser>): void {
  LAUNCHERS[name] = launch;
}

/** The browsers under test, each launched with its UI in `locale` ("de"): the extension's messages follow it. */
export function browsersInLocale(locale: string): Array<[BrowserName, () => Promise<TestBrowser>]> {
  const launchers: Record<BrowserName, () => Promise<TestBrowser>> = {
    chromium: () => launchChromiumDriver({ locale }),
    firefox: () => launchFirefoxDriver({ locale }),
  };
  const wanted = wantedBrowsers();
  return (Object.entries(launchers) as Array<[BrowserName, () => Promise<TestBrowser>]>).filter(([name]) => wanted.includes(name));
}

export function browsersUnderTest(): Array<[BrowserName, () => Promise<TestBrowser>]> {
  const wanted = wantedBrowsers();
  return (Object.entries(LAUNCHERS) as Array<[BrowserName, () => Promise<TestBrowser>]>).filter(([name]) => wanted.includes(name));
}
