/**
 * The site a content script runs on, from what the browser says about the sender (never from the
 * message): the hostname of a web page, else the kind of page ("file", "about:blank", "data").
 */
import type { Runtime } from 'webextension-polyfill';
import { parseUrl as parse } from '../shared/parse-url.ts';

export function siteOfSender(sender: Pick<Runtime.MessageSender, 'url'> & { origin?: string }): string {
  const url = parse(sender.url);
  if (url?.hostname && (url.protocol === 'http:' || url.protocol === 'https:')) return url.hostname;
  // about:blank and srcdoc frames inherit their creator's origin, which Chrome gives as `origin`.
  const origin = parse(sender.origin);
  if (origin?.hostname && (origin.protocol === 'http:' || origin.protocol === 'https:')) return origin.hostname;
  if (!url) return 'unknown';
  if (url.protocol === 'about:') return `about:${url.pathname}`;
  return url.protocol.replace(/:$/, '');
}
