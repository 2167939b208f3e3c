/**
 * Which site the popup's switch is for: the active tab's hostname. A `?site=` query parameter wins,
 * so the popup can be opened as an ordinary tab (end-to-end tests, screenshots) and still have a site.
 */
import browser from 'webextension-polyfill';
import { hostnameOf } from '../../shared/site.ts';

export function siteFromQuery(search: string): string | null {
  const site = new URLSearchParams(search).get('site')?.trim().toLowerCase();
  return site && /^[a-z0-9.-]{1,253}$/.test(site) ? site : null;
}

export async function activeSite(search: string = location.search): Promise<string | null> {
  const override = siteFromQuery(search);
  if (override) return override;
  // With activeTab, the URL is visible only when the popup was opened from the toolbar on that tab.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return hostnameOf(tab?.url);
}

/** The active tab's id; none when `?site=` stands in for it (the popup is then a tab of its own). */
export async function activeTabId(search: string = location.search): Promise<number | undefined> {
  if (siteFromQuery(search)) return undefined;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
