/**
 * Step 7 of the journey: a follow-up fires a browser notification at its time, in every browser under
 * test; where the driver can stop the background (Chromium: an MV3 worker sleeps after 30 s idle),
 * it is stopped in between, so the alarm has to wake it.
 */
import { describe, expect, test } from 'vitest';
import { askBackground } from './pages/extension-page.ts';
import { OPTIONS_PATH } from './pages/options-page.ts';
import { browsersUnderTest } from './support/browsers.ts';
import { waitUntil, type TestBrowser, type TestPage } from './support/driver.ts';
import { startForSuite } from './support/suite.ts';

type NotificationEvent = { addListener(listener: (id: string) => void): void };
type Notifications = { notifications: { getAll(): Promise<Record<string, unknown>>; onShown?: NotificationEvent; onClosed: NotificationEvent } };

/**
 * From now on, the ids of the extension's notifications this page learns of: those on screen, and
 * those shown or closed since. Headless Firefox has no alert service: it closes a notification the
 * moment it is created (onClosed, never onShown, and getAll() stays empty), so there that is all
 * there is to see of it.
 */
async function watchNotifications(page: TestPage): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const g = globalThis as unknown as { browser?: Notifications; chrome: Notifications; callprepTestNotifications?: string[] };
    const seen: string[] = (g.callprepTestNotifications = []);
    const { notifications } = g.browser ?? g.chrome;
    for (const event of [notifications.onShown, notifications.onClosed]) event?.addListener((id) => seen.push(id));
  });
  return () =>
    page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: Notifications; chrome: Notifications; callprepTestNotifications: string[] };
      return [...Object.keys(await (g.browser ?? g.chrome).notifications.getAll()), ...g.callprepTestNotifications];
    });
}

for (const [name, launch] of browsersUnderTest()) {
  describe(`follow-up reminders in ${name}`, () => {
    let browser: TestBrowser;
    let page: TestPage;

    startForSuite(launch, async (b) => {
      browser = b;
      page = await browser.newPage();
      await page.goto(browser.extensionUrl(OPTIONS_PATH));
      await askBackground(page, 'data/load-samples', {});
    });

    test('a follow-up due in a few seconds shows a notification, also after the background was stopped', async () => {
      const notifications = await watchNotifications(page);
      const { call } = await askBackground<{ call: { id: string } }>(page, 'call/start', { e164: '+12127368410' });
      const closed = await askBackground<{ followUpId: string }>(page, 'call/finish', {
        callId: call.id,
        notes: 'Agreed to send the corrected invoice.',
        outcome: 'connected',
        followUp: { dueAt: Date.now() + 4_000, channel: 'email', note: 'Check the invoice arrived' },
      });
      await browser.stopBackground?.();

      const notificationId = `followup:${closed.followUpId}`;
      expect(await waitUntil(notifications, (ids) => ids.includes(notificationId), `notification ${notificationId}`, 30_000)).toContain(notificationId);

      // The reminder is remembered, so a restart does not fire it again.
      const pending = await askBackground<Array<{ followUp: { id: string; notifiedAt?: number } }>>(page, 'followup/list', {});
      expect(pending.find((item) => item.followUp.id === closed.followUpId)?.followUp.notifiedAt).toBeGreaterThan(0);
    });
  });
}
