/**
 * What drawing marks needs from the browser: the CSS Custom Highlight API (see
 * shared/browser-minimums.ts), StaticRange and constructed stylesheets. The manifests keep older browsers out, but a
 * browser can still lack one (a Firefox with dom.customHighlightAPI.enabled switched off, a Chromium
 * fork): the frame then reports it instead of failing on its first number.
 */
type Globals = {
  Highlight?: unknown;
  StaticRange?: unknown;
  CSS?: { highlights?: { set?: unknown } };
  CSSStyleSheet?: { prototype?: { replaceSync?: unknown } };
};

/** The names of the missing APIs; empty when marks can be drawn. */
export function missingMarkApis(g: Globals = globalThis as Globals): string[] {
  const missing: string[] = [];
  if (typeof g.Highlight !== 'function') missing.push('Highlight');
  if (typeof g.CSS?.highlights?.set !== 'function') missing.push('CSS.highlights');
  if (typeof g.StaticRange !== 'function') missing.push('StaticRange');
  if (typeof g.CSSStyleSheet?.prototype?.replaceSync !== 'function') missing.push('CSSStyleSheet.replaceSync');
  return missing;
}

export class MarksUnsupportedError extends Error {
  override name = 'MarksUnsupportedError';
  constructor(missing: string[]) {
    super(`This browser has no ${missing.join(', ')}`);
  }
}
