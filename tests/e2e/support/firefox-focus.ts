/**
 * Keeps the tab a test acts on in front, as it is for a user. Firefox throttles timers in background
 * tabs (to 1 s, then to a budget), so a card in a tab left behind — say after a dial link opened a
 * new one — saves its notes late or never within a test's wait. Chromium under Playwright does not
 * throttle like that, which is why only this driver needs it.
 */
import type { Browser, Page } from 'puppeteer-core';

export interface FrontTracker {
  /** Brings `page` to the front unless it is known to be there already. */
  front(page: Page): Promise<void>;
}

export function trackFrontTab(browser: Browser): FrontTracker {
  let current: Page | null = null;
  // Any new tab or window may have taken the front: check again on the next action.
  browser.on('targetcreated', () => (current = null));
  return {
    front: async (page) => {
      if (current === page) return;
      await page.bringToFront();
      current = page;
    },
  };
}
