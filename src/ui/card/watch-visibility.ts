/**
 * Feeds the card's VisibilityGate with what the card sees of itself (the host's verdicts come over
 * its line, host-messages.ts): its own IntersectionObserver v2 where the browser has it (Chromium:
 * `trackVisibility` says "not visible" when anything is drawn over the card, or it or an ancestor in
 * any frame is faded, filtered or warped), and whether its tab is in front. Firefox has no
 * IntersectionObserver v2: there the host's verdict stands.
 */
import type { VisibilityGate, VisibilitySource } from './visibility-gate.ts';

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * How often the card asks for a fresh reading. Chromium computes intersections when the card's own
 * frame renders, and a card nobody touches renders nothing when only the page around it changes:
 * measured in Chromium 156, a card stayed "not visible" after the page stopped hiding it, and a cover
 * the page draws would go unseen the same way. Observing again makes it compute now.
 */
export const VIEWER_REFRESH_MS = 200;

export const hasVisibilityObserver = (): boolean =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

export function visibilitySources(inPage: boolean): VisibilitySource[] {
  return [...(inPage ? (['host'] as const) : []), ...(hasVisibilityObserver() ? (['viewer'] as const) : []), 'tab'];
}

/** Starts reporting to `gate`; returns the function that stops. */
export function watchVisibility(gate: VisibilityGate, doc: Document): () => void {
  const tab = () => gate.report('tab', doc.visibilityState === 'visible');
  doc.addEventListener('visibilitychange', tab);
  tab();
  let observer: IntersectionObserver | undefined;
  let refresh: ReturnType<typeof setInterval> | undefined;
  if (hasVisibilityObserver()) {
    const target = doc.documentElement;
    // The smallest delay the API allows; `trackVisibility` is not in TypeScript's DOM types yet.
    const options = { trackVisibility: true, delay: 100 } as IntersectionObserverInit;
    const viewer = new IntersectionObserver((entries) => {
      const last = entries[entries.length - 1] as VisibilityEntry | undefined;
      if (last) gate.report('viewer', last.isVisible === true);
    }, options);
    viewer.observe(target);
    refresh = setInterval(() => (viewer.unobserve(target), viewer.observe(target)), VIEWER_REFRESH_MS);
    observer = viewer;
  }
  return () => {
    doc.removeEventListener('visibilitychange', tab);
    observer?.disconnect();
    clearInterval(refresh);
  };
}
