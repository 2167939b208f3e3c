/**
 * Launches Firefox ESR over WebDriver BiDi (puppeteer-core) with the built extension (dist/firefox)
 * installed as a temporary add-on, headless unless HEADLESS=0.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { resolve } from 'node:path';
import { FIREFOX_PATH } from './browser-binaries.ts';
import { writeLangpack } from './firefox-langpack.ts';
import { distOf } from '../../../scripts/build-output.ts';

export { FIREFOX_PATH };

/** The add-on id from the Firefox manifest (vite.config.ts → browser_specific_settings.gecko.id). */
export const GECKO_ID = 'callprep@callprep.app';
/**
 * Firefox gives every installed add-on a random per-profile UUID for its moz-extension:// origin;
 * pinning it through this pref lets tests (and `npm start`) know extension page URLs before install.
 */
export const FIXED_UUID = '6b1c7f52-3f0e-4c4a-9d7e-c411f0a11e55';

export interface FirefoxWithExtension {
  browser: Browser;
  /** moz-extension://FIXED_UUID/<path> */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export const firefoxExtensionUrl = (path: string): string => `moz-extension://${FIXED_UUID}/${path.replace(/^\//, '')}`;

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** null: pages follow the window size (a headed window a person uses). */
  viewport?: { width: number; height: number } | null;
  /** What `prefers-color-scheme` says in pages, the card's frame included; light by default. */
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language ("de"): what browser.i18n picks the extension's messages by. */
  locale?: string;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? process.env.HEADLESS !== '0',
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
    // Without it BiDi refuses to open moz-extension:// pages at all.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // A headless Firefox cannot show the prompt for an optional permission (the sync server's
      // origin, asked when connecting): grant it as a user clicking "Allow" would.
      'extensions.webextOptionalPermissionPrompts': false,
      // BiDi has no media emulation; this pref is what the system's dark mode sets (0 dark, 1 light).
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
    },
  });
  try {
    // Before Callprep, which settles on its language when it starts (firefox-langpack.ts says why).
    if (options.locale) await browser.installExtension(await writeLangpack(options.locale));
    await browser.installExtension(resolve(options.dist ?? distOf('firefox')));
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { browser, extensionUrl: firefoxExtensionUrl, close: () => browser.close() };
}
