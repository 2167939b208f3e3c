/** Loads the lazy detector chunk once; every caller shares the one import. */
import { mayContainPhoneNumber } from '../detect/precheck.ts';
import { walkTextInView } from './view-walk.ts';

type Detector = typeof import('./detector.ts');

/** The detector chunk did not load (the extension was reloaded mid-way, or the browser refused it). */
export class DetectorLoadError extends Error {
  override name = 'DetectorLoadError';
}

let loading: Promise<Detector> | undefined;

export function loadDetector(): Promise<Detector> {
  loading ??= import('./detector.ts').then((detector) => {
    performance.mark('callprep:detector-loaded');
    return detector;
  }).catch((error: unknown) => {
    loading = undefined; // A failed load (extension reloaded mid-way) may be retried by a new instance.
    throw new DetectorLoadError(error instanceof Error ? error.message : String(error), { cause: error });
  });
  return loading;
}

/**
 * Starts loading without waiting for it. A failure here is left to the caller that awaits the
 * detector next (Scanner.detectPending), whose own load attempt fails the same way and reports it.
 */
export function preloadDetector(): void {
  loadDetector().catch(leftToTheNextAwait);
}

/**
 * At start, while the background is asked whether to run here: when the text on screen holds a
 * candidate, the detector starts loading now, so the first numbers are marked as soon as the answer
 * comes. A page without numbers on screen loads nothing.
 */
export function preloadForView(doc: Document): void {
  for (const text of walkTextInView(doc, { isVisible: () => true })) if (mayContainPhoneNumber(text.data)) return preloadDetector();
}

const leftToTheNextAwait = (error: DetectorLoadError): DetectorLoadError => error;

export type { Detector };
