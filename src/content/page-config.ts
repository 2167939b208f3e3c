/**
 * Whether to run on this page and how to read national numbers. Asked when the frame starts, and
 * again whenever the background says the config changed (see content-script.ts). When the
 * background does not answer at start (starting up, being updated) the page is treated as enabled
 * with the region the browser and the page suggest: better a marked number than a silently dead
 * extension.
 */
import { resolveRegion } from '../shared/phone-region.ts';
import { askBackground, NoAnswerError, RefusedError } from './runtime.ts';

export interface ContentConfig {
  enabled: boolean;
  /** ISO region for national numbers, undefined when nothing suggests one (then only +… numbers). */
  region: string | undefined;
}

const CONFIG_TIMEOUT_MS = 2000;

const regionHints = (doc: Document) => ({ browserLanguages: [...navigator.languages], pageLang: doc.documentElement.lang || undefined });

/** The background's answer for this frame's site; rejects when it gives none. */
export async function askContentConfig(doc: Document = document): Promise<ContentConfig> {
  // No site in the request: the background answers for the site the browser says this frame shows.
  const config = await askBackground('page/config', {}, CONFIG_TIMEOUT_MS);
  return { enabled: config.enabled, region: resolveRegion({ ...regionHints(doc), setting: config.defaultCountry || undefined }) };
}

/** The background gave no config: not answering (starting, being updated) or failing to read it. */
const noConfig = (error: unknown): boolean => error instanceof NoAnswerError || error instanceof RefusedError;

/** At start: the background's answer, or the fallback above when it gives none. */
export async function loadContentConfig(doc: Document = document): Promise<ContentConfig> {
  try {
    return await askContentConfig(doc);
  } catch (error) {
    if (!noConfig(error)) throw error;
    return { enabled: true, region: resolveRegion(regionHints(doc)) };
  }
}

export const sameConfig = (a: ContentConfig, b: ContentConfig): boolean => a.enabled === b.enabled && a.region === b.region;

export interface PageConfigFollower {
  /** The first ask, at start (with the fallback); resolves with what it applied, if anything. */
  load(): Promise<ContentConfig | undefined>;
  /** Asks again after a "config changed" push; no answer leaves things as they are. */
  refresh(): Promise<void>;
}

/**
 * Keeps one run going while this frame's config says so: `start` gets a signal that aborts when the
 * site is switched off, when the region changes (then it starts again, so numbers are read anew),
 * or when `frame` aborts. Answers can cross (a push during the first ask): a late answer to an
 * earlier question never replaces a newer one.
 */
export function followPageConfig(
  frame: AbortSignal,
  start: (config: ContentConfig, run: AbortSignal) => void,
  ask: { first: () => Promise<ContentConfig>; again: () => Promise<ContentConfig> } = { first: loadContentConfig, again: askContentConfig },
): PageConfigFollower {
  let asked = 0;
  let answered = 0;
  let current: ContentConfig | undefined;
  let run: AbortController | undefined;

  const apply = (config: ContentConfig) => {
    if (frame.aborted || (current && sameConfig(current, config))) return;
    current = config;
    run?.abort();
    run = undefined;
    if (!config.enabled) return;
    const controller = new AbortController();
    frame.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
    run = controller;
    start(config, controller.signal);
  };
  const answer = async (question: () => Promise<ContentConfig>) => {
    const n = ++asked;
    const config = await question().catch((error: unknown) => {
      if (noConfig(error)) return undefined; // no answer to a refresh: keep what runs
      throw error;
    });
    if (!config || n < answered) return undefined;
    answered = n;
    apply(config);
    return config;
  };
  return { load: () => answer(ask.first), refresh: async () => void (await answer(ask.again)) };
}
