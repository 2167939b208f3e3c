/**
 * Firefox: the built add-on installs, its pages open, its content script may run on web pages, and the
 * card iframe (extension origin, closed shadow root) can be found and driven by the Firefox driver.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readMarkedTexts } from './detection-probes.ts';
import { launchFirefoxDriver } from './support/firefox-driver.ts';
import { FIXED_UUID, GECKO_ID } from './support/firefox.ts';
import { startStaticServer, type StaticServer } from './support/static-server.ts';
import type { TestBrowser } from './support/driver.ts';
import type WebExt from 'webextension-polyfill';

const wanted = (process.env.BROWSERS ?? 'firefox').split(',').includes('firefox');

describe.runIf(wanted)('Firefox smoke', () => {
  let browser: TestBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ '/fixtures': 'tests/e2e/fixtures' });
    browser = await launchFirefoxDriver();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('extension pages open at the pinned moz-extension origin', async () => {
    const page = await browser.newPage();
    const url = browser.extensionUrl('src/ui/options/options.html');
    await page.goto(url);
    expect(url).toBe(`moz-extension://${FIXED_UUID}/src/ui/options/options.html`);
    expect(page.url()).toBe(url);
    const identity = await page.evaluate(() => ({
      title: document.title,
      id: (globalThis as unknown as { browser: WebExt.Browser }).browser.runtime.id,
    }));
    expect(identity.title).toMatch(/^Callprep/);
    expect(identity.id).toBe(GECKO_ID);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('the add-on holds host access for web pages, so its content script runs there', async () => {
    // Firefox treats MV3 host access as optional; from Firefox 127 the content_scripts matches are
    // granted at install. Without the grant the content script would silently not run.
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('src/ui/options/options.html'));
    const granted = await page.evaluate(async (origin) => {
      // Runs in the page, where `browser` is the WebExtension API (here it names the TestBrowser).
      const api = (globalThis as unknown as { browser: WebExt.Browser }).browser;
      return await api.permissions.contains({ origins: [`${origin}/*`] });
    }, server.origin);
    expect(granted).toBe(true);
    await page.close();
  });

  test('the content script marks the number on a served page, and nothing else', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/fixtures/firefox-smoke.html'));
    const marked = () => page.evaluate(readMarkedTexts);
    const deadline = Date.now() + 10_000;
    while ((await marked()).length === 0 && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
    expect(await marked()).toEqual(['(212) 736-8410']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  test('alarms and notifications work from the add-on', async () => {
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl('src/ui/options/options.html'));
    const result = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: WebExt.Browser }).browser;
      await api.alarms.create('callprep-smoke', { when: Date.now() + 60_000 });
      const alarm = await api.alarms.get('callprep-smoke');
      const cleared = await api.alarms.clear('callprep-smoke');
      const id = await api.notifications.create('callprep-smoke', { type: 'basic', title: 'Callprep', message: 'Smoke test', iconUrl: '/public/icons/icon-48.png' });
      await api.notifications.clear(id);
      return { alarm: alarm?.name, cleared, id };
    });
    expect(result).toEqual({ alarm: 'callprep-smoke', cleared: true, id: 'callprep-smoke' });
    await page.close();
  });

  test('the card iframe inside a closed shadow root is found and can be driven', async () => {
    const page = await browser.newPage();
    const card = browser.extensionUrl('src/ui/card/card.html');
    await page.goto(server.url(`/fixtures/firefox-smoke.html?card=${encodeURIComponent(card)}`));
    const frame = await page.frame('src/ui/card/card.html');
    expect(frame.url()).toBe(card);
    expect(await frame.evaluate(() => location.origin)).toBe(`moz-extension://${FIXED_UUID}`);
    expect(await frame.count('#app')).toBe(1);
    // The host page cannot see into the card: the shadow root is closed and the origin differs.
    expect(await page.evaluate(() => document.querySelector('iframe'))).toBeNull();
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
