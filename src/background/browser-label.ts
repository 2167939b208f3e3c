/** The browser and its version as a bug report wants it: "Firefox 140.12.0esr", "Chromium 156.0.7700.0". */
import browser from 'webextension-polyfill';

type Brand = { brand: string };

/** From the user agent (and, in Chromium, its brands): the fallback where getBrowserInfo is missing. */
export function browserFromUserAgent(ua: string, brands: readonly Brand[] = []): string {
  const firefox = /Firefox\/([\d.]+)/.exec(ua);
  if (firefox) return `Firefox ${firefox[1]}`;
  const edge = /Edg\/([\d.]+)/.exec(ua);
  if (edge) return `Edge ${edge[1]}`;
  const chrome = /Chrome\/([\d.]+)/.exec(ua);
  if (chrome) return `${brands.some((b) => b.brand === 'Google Chrome') ? 'Chrome' : 'Chromium'} ${chrome[1]}`;
  return ua.slice(0, 80) || 'unknown browser';
}

/** Firefox tells its full version (runtime.getBrowserInfo); Chromium only through the user agent. */
export async function currentBrowser(): Promise<string> {
  const runtime = browser.runtime as { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (typeof runtime.getBrowserInfo === 'function') {
    const info = await runtime.getBrowserInfo();
    return `${info.name} ${info.version}`;
  }
  const nav = navigator as Navigator & { userAgentData?: { brands?: Brand[] } };
  return browserFromUserAgent(nav.userAgent, nav.userAgentData?.brands);
}
