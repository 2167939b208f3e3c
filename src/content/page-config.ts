/**
 * Whether to run on this page and how to read national numbers. Asked once per frame. When the
 * background does not answer (starting up, being updated) the page is treated as enabled with the
 * region the browser and the page suggest: better a marked number than a silently dead extension.
 */
import { resolveRegion } from '../detect/region.ts';
import { askBackground } from './runtime.ts';

export interface ContentConfig {
  enabled: boolean;
  /** ISO region for national numbers, undefined when nothing suggests one (then only +… numbers). */
  region: string | undefined;
}

const CONFIG_TIMEOUT_MS = 2000;

export async function loadContentConfig(doc: Document = document): Promise<ContentConfig> {
  const hints = { browserLanguages: [...navigator.languages], pageLang: doc.documentElement.lang || undefined };
  try {
    const config = await askBackground('page/config', { hostname: location.hostname }, CONFIG_TIMEOUT_MS);
    return { enabled: config.enabled, region: resolveRegion({ ...hints, setting: config.defaultCountry || undefined }) };
  } catch {
    return { enabled: true, region: resolveRegion(hints) };
  }
}
