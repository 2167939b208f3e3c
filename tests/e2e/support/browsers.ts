/**
 * The browsers every journey runs in: Chromium over Playwright, Firefox over Puppeteer/WebDriver BiDi.
 * BROWSERS=chromium or BROWSERS=firefox narrows a run (browser-binaries.ts); the end-to-end config runs
 * each browser as a Vitest project of its own, the two side by side.
 */
import type { BrowserName, TestBrowser } from './driver.ts';
import { launchChromiumDriver } from './chromium-driver.ts';
import { launchFirefoxDriver } from './firefox-driver.ts';
import { wantedBrowsers } from './browser-binaries.ts';
import { reusedBrowser } from './browser-reuse.ts';

/** What every launcher takes: how the browser's system settings look to pages. */
export interface BrowserSettings {
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language ("de"): what its i18n picks the extension's messages by. */
  locale?: string;
  /** The pages' viewport; 1280 × 860 by default. */
  viewport?: { width: number; height: number };
}

type Launcher = (settings?: BrowserSettings) => Promise<TestBrowser>;

const LAUNCHERS: Partial<Record<BrowserName, Launcher>> = {
  chromium: launchChromiumDriver,
  firefox: launchFirefoxDriver,
};

export function registerBrowser(name: BrowserName, launch: () => Promise<TestBrowser>): void {
  LAUNCHERS[name] = launch;
}

/** The browsers under test, each launched with its UI in `locale` ("de"): the extension's messages follow it. */
export function browsersInLocale(locale: string): Array<[BrowserName, () => Promise<TestBrowser>]> {
  return browsersUnderTest().map(([name, launch]) => [name, () => launch({ locale })]);
}

/**
 * Each launcher hands out the browser the worker's previous suite file used, reset to a fresh
 * extension, when it was launched with the same settings (browser-reuse.ts).
 */
export function browsersUnderTest(): Array<[BrowserName, Launcher]> {
  const wanted = wantedBrowsers();
  return (Object.entries(LAUNCHERS) as Array<[BrowserName, Launcher]>)
    .filter(([name]) => wanted.includes(name))
    .map(([name, launch]) => [name, (settings) => reusedBrowser(`${name} ${JSON.stringify(settings ?? {})}`, () => launch(settings))]);
}
