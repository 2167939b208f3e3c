/** Loads the lazy detector chunk once; every caller shares the one import. */
type Detector = typeof import('./detector.ts');

let loading: Promise<Detector> | undefined;

export function loadDetector(): Promise<Detector> {
  loading ??= import('./detector.ts').then((detector) => {
    performance.mark('callprep:detector-loaded');
    return detector;
  }).catch((error: unknown) => {
    loading = undefined; // A failed load (extension reloaded mid-way) may be retried by a new instance.
    throw error;
  });
  return loading;
}

export type { Detector };
