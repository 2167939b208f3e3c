/**
 * The site a content script runs on, for the diagnostics log, from what the browser says about the
 * sender (never from the message): the site as shared/site.ts reads a frame, else the kind of page
 * ("file", "about:blank", "data"), so a problem on a page without a site is still logged by its kind.
 */
import type { Runtime } from 'webextension-polyfill';
import { parseUrl } from '../shared/parse-url.ts';
import { siteOfFrame } from '../shared/site.ts';

export function siteOfSender(sender: Pick<Runtime.MessageSender, 'url'> & { origin?: string }): string {
  const site = siteOfFrame(sender);
  if (site) return site;
  const url = parseUrl(sender.url);
  if (!url) return 'unknown';
  if (url.protocol === 'about:') return `about:${url.pathname}`;
  return url.protocol.replace(/:$/, '');
}
