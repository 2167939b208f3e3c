/**
 * The keyboard shortcut that opens a number's card (Alt+Shift+K, manifest.json `commands`). No driver
 * can press a browser-level shortcut in a headless browser, so:
 * - Chromium: the command is fired in the service worker through its registered listener, exactly as
 *   the browser does on the keys; from there on it is the shipped path (background/commands.ts, the
 *   push to every frame, the content script of the frame the user is in).
 * - Firefox: its background is an event page BiDi cannot evaluate in, so the push the command's
 *   handler sends (to every frame of the active tab of the current window) is sent the same way from
 *   an extension page; the content side is the shipped one.
 */
import manifest from '../../../manifest.json' with { type: 'json' };
import { pushMessage } from '../../../src/shared/protocol/push.ts';
import { pageNow, waitForShortcutAnswer } from '../detection-probes.ts';
import type { TestBrowser, TestFrame, TestPage } from '../support/driver.ts';
import type { ExtensionApi } from './extension-page.ts';
import { OPTIONS_PATH } from './options-page.ts';

const OPEN_CARD_COMMAND = 'open-card' satisfies keyof typeof manifest.commands;

type TabsApi = { tabs: ExtensionApi['tabs'] & { query(filter: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, message: unknown): Promise<unknown> } };

export class OpenCardShortcut {
  private constructor(
    private readonly browser: TestBrowser,
    /** An extension page to send the push from where the command cannot be fired (Firefox). */
    private readonly extensionPage: TestPage | undefined,
  ) {}

  static async for(browser: TestBrowser): Promise<OpenCardShortcut> {
    if (browser.dispatchCommand) return new OpenCardShortcut(browser, undefined);
    const page = await browser.newPage();
    await page.goto(browser.extensionUrl(OPTIONS_PATH));
    return new OpenCardShortcut(browser, page);
  }

  /** Presses the shortcut with `page`'s tab in front, as the user's keys would be. */
  async press(page: TestPage): Promise<void> {
    await page.bringToFront();
    if (this.browser.dispatchCommand) return this.browser.dispatchCommand(OPEN_CARD_COMMAND);
    await this.extensionPage!.evaluate(async (push) => {
      const { tabs } = (globalThis as unknown as { browser: TabsApi }).browser;
      const [tab] = await tabs.query({ active: true, currentWindow: true });
      // No content script in the tab: nobody hears it, as with the real command (commands.ts).
      await tabs.sendMessage(tab!.id!, push).catch(() => undefined);
    }, pushMessage('card/open-at-selection'));
  }

  /**
   * Presses the shortcut and waits until `frame` (the frame the user is in) has answered it; returns
   * the E.164 number whose card it opened, or null when it opened none.
   */
  async pressAndAnswer(page: TestPage, frame: TestFrame = page): Promise<string | null> {
    const since = await pageNow(frame);
    await this.press(page);
    return waitForShortcutAnswer(frame, since);
  }
}
