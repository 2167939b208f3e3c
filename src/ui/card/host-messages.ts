/**
 * Talking to the page that hosts the card iframe (the content script): only its height and "close".
 * Messages go to the parent's origin when the browser tells us (Chromium's ancestorOrigins, else the
 * referrer's origin), so nothing is offered to whatever else might be framing us.
 */
import type { CardToHost } from '../../shared/card-frame.ts';
import { parseUrl } from '../../shared/parse-url.ts';

export function parentOrigin(loc: Location = location, referrer = document.referrer): string {
  const ancestors = (loc as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  const first = ancestors && ancestors.length > 0 ? ancestors.item(0) : null;
  if (first && first !== 'null') return first;
  const origin = parseUrl(referrer)?.origin;
  if (origin && origin !== 'null') return origin;
  // No referrer (e.g. a strict referrer policy): the message carries no data, so any origin may read it.
  return '*';
}

export function postToHost(message: CardToHost, target: Window = parent): void {
  if (target === window) return; // opened as a tab, not in a frame: nobody to tell
  target.postMessage(message, parentOrigin());
}

const beforeClose = new Set<() => Promise<unknown>>();

/**
 * Work to finish before the card goes away, e.g. notes typed a moment ago. A frame that is being
 * removed cannot be relied on to deliver a message (measured: Firefox ESR 153 lost the last
 * words typed when ✕ was pressed within the autosave delay), so closing waits for these first.
 */
export function onBeforeClose(finish: () => Promise<unknown>): () => void {
  beforeClose.add(finish);
  return () => beforeClose.delete(finish);
}

const CLOSE_WAIT_MS = 2000;

/** Asks the host page to remove the card; a card opened in its own tab (from the popup) closes the tab. */
export async function requestClose(): Promise<void> {
  const pending = Promise.allSettled([...beforeClose].map((finish) => finish()));
  await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS))]);
  if (parent === window) window.close();
  else postToHost({ callprep: 'card', kind: 'close' });
}

/**
 * Reports the content's height whenever it changes; returns the function that stops watching.
 * Nothing is reported while only the "Looking up…" line shows: the host keeps its initial size
 * instead of shrinking to one line and growing again a moment later.
 */
export function reportHeight(element: HTMLElement, ready = () => element.querySelector('.card-view') !== null): () => void {
  let last = -1;
  const send = () => {
    if (!ready()) return;
    const height = Math.ceil(element.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    postToHost({ callprep: 'card', kind: 'resize', height });
  };
  const observer = new ResizeObserver(send);
  observer.observe(element);
  send();
  return () => observer.disconnect();
}
