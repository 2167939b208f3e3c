/** The popup's surroundings in the real extension: tabs, the runtime URL, the system clock and zone. */
import browser from 'webextension-polyfill';
import { activeSite, activeTabId } from './active-site.ts';
import { userTimeZone } from '../../shared/time/zone.ts';
import type { PopupEnv } from './popup-env.ts';

export function browserPopupEnv(): PopupEnv {
  return {
    now: Date.now,
    timeZone: userTimeZone(),
    activeSite: () => activeSite(location.search),
    activeTabId: () => activeTabId(location.search),
    close: () => {
      if (!new URLSearchParams(location.search).has('site')) window.close();
    },
    openPage: (path) => {
      void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => {
        // From the toolbar the popup would stay over the new tab; opened as a tab (tests) it stays put.
        if (!new URLSearchParams(location.search).has('site')) window.close();
      });
    },
  };
}
