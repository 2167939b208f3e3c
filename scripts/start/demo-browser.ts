/** What `npm start` needs from a browser running the built extension, whichever browser it is. */
import { access } from 'node:fs/promises';
import type { RecordCounts } from '../../src/shared/protocol/backup.ts';
import type { Reply } from '../../src/shared/protocol/index.ts';
import type { SyncDemo } from './sync-demo.ts';

/** The headless window: wide enough for the demo page's two columns and the card beside a number. */
export const DEMO_VIEWPORT = { width: 1400, height: 900 };

export interface DemoBrowser {
  /** "Chromium" or "Firefox", for the messages printed to the terminal. */
  label: string;
  /** Adds the sample customers through the extension itself, as its options page would. */
  loadSamples(): Promise<RecordCounts>;
  /** Connects to the local team server from the options page (SYNC=1); returns the sync status shown. */
  connectSync(sync: SyncDemo): Promise<string>;
  openDemo(url: string): Promise<void>;
  /** Clicks the first marked number on the demo page, as a user would, so its card opens. */
  clickNumber(text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Resolves when the person closes the browser window. */
  closed: Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs inside an extension page: asks the background to load the samples. A native `async`
 * function, because Firefox's WebDriver BiDi awaits only native Promises.
 */
export async function sendLoadSamples(): Promise<Reply<'data/load-samples'>> {
  type Runtime = { sendMessage(message: unknown): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome)?.runtime;
  if (!runtime) return { ok: false, error: 'This page has no extension API: it is not an extension page.' };
  return (await runtime.sendMessage({ callprep: 1, type: 'data/load-samples', data: {} })) as Reply<'data/load-samples'>;
}

/**
 * Runs inside the demo page: the viewport centre of the marked number whose text is `text`, scrolled
 * to the middle. Callprep paints only the numbers near the view (src/content/near-view.ts): one not
 * painted yet is scrolled to, and null returned, so a later call finds it (see waitForMarkCentre).
 */
export function markCentre(text: string): { x: number; y: number } | null {
  for (const range of CSS.highlights.get('callprep-phone') ?? []) {
    const { startContainer, startOffset, endContainer, endOffset } = range as StaticRange;
    if (startContainer.textContent?.slice(startOffset, endOffset) !== text) continue;
    const live = document.createRange();
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
    live.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = live.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.includes(text)) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    break;
  }
  return null;
}

/** markCentre(text) in the page, asked again until the number is marked (10 s at most: then null). */
export async function waitForMarkCentre(evaluate: (text: string) => Promise<{ x: number; y: number } | null>, text: string): Promise<{ x: number; y: number } | null> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const centre = await evaluate(text);
    if (centre || Date.now() > deadline) return centre;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function countsLine(counts: RecordCounts): string {
  return `${counts.customers} customers, ${counts.calls} past calls, ${counts.followUps} follow-ups, ${counts.concerns} concerns, ${counts.commitments} commitments`;
}

/** The counts a sample load answered, or the background's reason for refusing. */
export function samplesLoaded(reply: Reply<'data/load-samples'>): RecordCounts {
  if (!reply.ok) throw new Error(`Loading the sample customers failed: ${reply.error}`);
  return reply.data;
}

/** Where to click for `text`, or why the demo cannot. */
export function clickPoint(centre: { x: number; y: number } | null, text: string): { x: number; y: number } {
  if (!centre) throw new Error(`The number "${text}" is not marked on the demo page.`);
  return centre;
}

/** A message saying how to install the browser, when its executable is not there. */
export async function browserMissing(name: string, path: string, aptPackage: string, envVar: string): Promise<string | null> {
  try {
    await access(path);
    return null;
  } catch {
    return `${name} was not found at ${path}. Install it with:\n  sudo apt-get install -y ${aptPackage}\n(or point ${envVar} at another ${name} build).`;
  }
}

/** Runs inside a page: the text of the first element matching `selector`, "" when there is none (no waiting). */
export const textNow = (selector: string): string => document.querySelector(selector)?.textContent ?? '';
