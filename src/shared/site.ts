/**
 * What Callprep calls a site: the hostname of a web page (http or https). The per-site switch is
 * kept by it; browser pages, extension pages and local files have none.
 */
import { parseUrl } from './parse-url.ts';

export function hostnameOf(url: string | undefined): string | null {
  const parsed = parseUrl(url);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.hostname || null : null;
}

/**
 * The site of a frame as the browser reports it to the background (runtime.MessageSender): its URL,
 * else for a blob: URL the origin inside it, else (about:blank, about:srcdoc, data:) the origin the
 * browser gives the frame. Never anything the page wrote into a message.
 */
export function siteOfFrame(frame: { url?: string; origin?: string }): string {
  return hostnameOf(frame.url) ?? hostnameOf(blobOrigin(frame.url)) ?? hostnameOf(frame.origin) ?? '';
}

function blobOrigin(url: string | undefined): string | undefined {
  return url?.startsWith('blob:') ? parseUrl(url)?.origin : undefined;
}
