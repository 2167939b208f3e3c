/**
 * Step 7 of the journey: a follow-up fires a browser notification at its time, also when the
 * background service worker was stopped in between (MV3 workers sleep after 30 s idle). Chromium
 * only: stopping the worker needs the DevTools protocol.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { askBackground } from './pages/extension-page.ts';
import { launchChromium, type ChromiumWithExtension } from './support/chromium.ts';

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').includes('chromium');

type Chromeish = { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } };

describe.runIf(wanted)('follow-up reminders (chromium)', () => {
  let browser: ChromiumWithExtension;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('src/ui/options/options.html'));
    await askBackground(page, 'data/load-samples', {});
  });
  afterAll(async () => browser?.close());

  test('a follow-up due in a few seconds shows a notification even though the worker was stopped', async () => {
    const { call } = await askBackground<{ call: { id: string } }>(page, 'call/start', { e164: '+12127368410' });
    const closed = await askBackground<{ followUpId: string }>(page, 'call/finish', {
      callId: call.id,
      notes: 'Agreed to send the corrected invoice.',
      outcome: 'connected',
      followUp: { dueAt: Date.now() + 4_000, channel: 'email', note: 'Check the invoice arrived' },
    });

    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    const notificationId = `followup:${closed.followUpId}`;
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as Chromeish).chrome.notifications.getAll()), { timeout: 30_000, interval: 500 })
      .toHaveProperty([notificationId]);

    // The reminder is remembered, so a restart does not fire it again.
    const pending = await askBackground<Array<{ followUp: { id: string; notifiedAt?: number } }>>(page, 'followup/list', {});
    expect(pending.find((item) => item.followUp.id === closed.followUpId)?.followUp.notifiedAt).toBeGreaterThan(0);
  });
});
