/**
 * The browser under test without Callprep, same binary, flags and viewport as the launchers in
 * chromium.ts and firefox.ts: what a page looks like when nothing marks it, for screenshot comparisons.
 */
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH } from './chromium.ts';
import type { BrowserName } from './driver.ts';
import { FIREFOX_PATH } from './firefox.ts';

const VIEWPORT = { width: 1280, height: 860 };

/** Chromium under test with no extension (playwright-core). */
export const launchPlainChromium = () =>
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'] });

/** Firefox under test with no extension (puppeteer-core); `protocolTimeout` for calls that run long (the bench's). */
export const launchPlainFirefox = (protocolTimeout?: number) =>
  puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, defaultViewport: VIEWPORT, protocolTimeout });

/** A viewport screenshot (PNG) of `url`. */
export async function screenshotWithoutExtension(name: BrowserName, url: string): Promise<Buffer> {
  if (name === 'chromium') {
    const browser = await launchPlainChromium();
    try {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(url);
      return await page.screenshot();
    } finally {
      await browser.close();
    }
  }
  const browser = await launchPlainFirefox();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    return Buffer.from(await page.screenshot());
  } finally {
    await browser.close();
  }
}

/** "Chromium 156.0.8078.108", "Mozilla Firefox 140.12.0esr": the binary under test, for the test log. */
export function browserVersion(name: BrowserName): string {
  const binary = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  const out = execFileSync(binary, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return out.trim().split('\n').pop()!.replace(/ built on .*/, '');
}
