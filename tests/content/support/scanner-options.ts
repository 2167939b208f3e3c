/**
 * Scanner options for tests without layout (happy-dom): every element visible and laid out as a
 * block, white space folding, errors thrown at the test; `overrides` replace any of it.
 */
import type { MarkStore } from '../../../src/content/mark-store.ts';
import type { ScannerOptions } from '../../../src/content/scanner.ts';

export function scannerOptions(marks: MarkStore, overrides: Partial<ScannerOptions> = {}): ScannerOptions {
  return {
    marks,
    region: 'US',
    signal: new AbortController().signal,
    onShadowRoot: () => {},
    onError: (error) => {
      throw error;
    },
    createVisibilityCheck: () => () => true,
    displayOf: () => 'block',
    keepsWhiteSpace: () => false,
    ...overrides,
  };
}
