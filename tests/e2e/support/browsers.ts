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

export function browsersUnderTest(): Array<[BrowserName, () => Promise<TestBrowser>]> {
  const wanted = wantedBrowsers();
  return (Object.entries(LAUNCHERS) as Array<[BrowserName, () => Promise<TestBrowser>]>).filter(([name]) => wanted.includes(name));
}
