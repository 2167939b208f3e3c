/**
 * The contract between the content script, which hosts the card iframe, and the card page inside it.
 * The card gets its number through the iframe URL (never customer data: the page could read that URL);
 * it talks back only by window.postMessage, which the host accepts only from the iframe's own window
 * and the extension's origin.
 */
export const CARD_PAGE_PATH = 'src/ui/card/card.html';

export interface CardParams {
  /** E.164 number that was clicked. */
  e164: string;
  /** The text as the page shows it, e.g. "(212) 736-8410". */
  raw: string;
  ext?: string;
  /** The page's title and a name shown next to the number, to prefill "create customer". */
  pageTitle?: string;
  nearbyName?: string;
}

export function cardParamsToQuery(params: CardParams): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, String(v).slice(0, 300));
  return q.toString();
}

export function cardParamsFromQuery(search: string): CardParams | null {
  const q = new URLSearchParams(search);
  const e164 = q.get('e164') ?? '';
  if (!/^\+[1-9]\d{6,14}$/.test(e164)) return null;
  const opt = (k: string) => q.get(k) || undefined;
  return { e164, raw: q.get('raw') || e164, ext: opt('ext'), pageTitle: opt('pageTitle'), nearbyName: opt('nearbyName') };
}

/** Messages from the card to its host. */
export type CardToHost =
  | { callprep: 'card'; kind: 'resize'; height: number }
  | { callprep: 'card'; kind: 'close' };

export function isCardToHost(data: unknown): data is CardToHost {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  if (m.callprep !== 'card') return false;
  if (m.kind === 'close') return true;
  return m.kind === 'resize' && typeof m.height === 'number' && Number.isFinite(m.height);
}
