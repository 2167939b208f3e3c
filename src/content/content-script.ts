/**
 * The content script's wiring, run by main.ts in every frame: claim the frame, ask whether to run,
 * then scan the page, follow its changes, and answer clicks on numbers.
 */
import { CardHost } from './card-host.ts';
import { aliveCheck, claimFrame } from './lifecycle.ts';
import { MarkStore } from './mark-store.ts';
import { loadContentConfig, type ContentConfig } from './page-config.ts';
import { PageWatcher } from './page-watcher.ts';
import { listenForClicks, listenForHover } from './pointer-input.ts';
import { Scanner } from './scanner.ts';

/** Performance marks (invisible to the page's DOM) for the benchmark and for profiling. */
const mark = (name: string, detail?: unknown) => performance.mark(`callprep:${name}`, detail === undefined ? undefined : { detail });

export async function runContentScript(): Promise<void> {
  mark('start');
  const controller = new AbortController();
  claimFrame(controller);
  const config = await loadContentConfig();
  mark('config');
  if (!config.enabled || controller.signal.aborted) return controller.abort();
  start(config, controller);
}

function start(config: ContentConfig, controller: AbortController): void {
  const { signal } = controller;
  const stillAlive = aliveCheck(controller);
  const debug = location.hash.includes('callprep-debug');
  const marks = new MarkStore();
  const shadowRoots = new Set<ShadowRoot>();
  let firstScan = true;
  const scanner: Scanner = new Scanner({
    marks,
    region: config.region,
    signal,
    onShadowRoot: (root) => (shadowRoots.add(root), watcher.watch(root)),
    onIdle: () => {
      if (firstScan) performance.measure('callprep:startup', 'callprep:start', mark('first-scan').name);
      firstScan = false;
      if (debug) mark('scan-idle', { textNodesRead: scanner.textNodesRead, marks: marks.size });
    },
  });
  const watcher = new PageWatcher(scanner, marks, signal, stillAlive);
  const card = new CardHost(signal);
  const liveShadowRoots = () => [...shadowRoots].filter((r) => r.host.isConnected || !shadowRoots.delete(r));
  const input = { marks, card, shadowRoots: liveShadowRoots, signal, stillAlive };
  listenForClicks(input);
  listenForHover(input);
  signal.addEventListener('abort', () => (marks.clear(), shadowRoots.clear()), { once: true });
  watcher.watch(document);
  scanner.enqueue(document);
}
