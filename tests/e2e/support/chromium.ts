/** Launches Debian's Chromium with the built extension loaded (dist/chrome), headless unless HEADLESS=0. */
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH } from './browser-binaries.ts';
import { distOf } from '../../../scripts/build-output.ts';

export { CHROMIUM_PATH };

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}


export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  /** A profile folder to keep between runs (`npm start`); by default a fresh one, deleted on close. */
  profile?: string;
  /** null: the page follows the window size (a headed window a person uses). */
  viewport?: { width: number; height: number } | null;
  /** What `prefers-color-scheme` says in pages, the card's frame included; light by default. */
  colorScheme?: 'light' | 'dark';
  /** The browser's UI language ("de"): what chrome.i18n picks the extension's messages by. */
  locale?: string;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  const dist = resolve(options.dist ?? distOf('chrome'));
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'callprep-chromium-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? process.env.HEADLESS !== '0',
    viewport: options.viewport === undefined ? { width: 1280, height: 860 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    // On Linux, Chromium takes its UI language from LANGUAGE; --lang and `locale` set what pages see.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
    args: [
      ...(options.locale ? [`--lang=${options.locale}`] : []),
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // The newest: after its worker was stopped and started again the old one may still be listed a moment.
  const serviceWorker = async () => context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    serviceWorker,
    close: async () => {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}
